package dev.crosscheck.rule.standard;

import dev.crosscheck.rule.Reading;
import dev.crosscheck.rule.RuleContext;
import java.util.List;
import java.util.stream.Collectors;

/** Builds the one-line messages of the standard rules. */
final class Messages {
  private Messages() {}

  /** "Topic: reading one (000, 003) vs reading two (001, 002)". */
  static String describe(RuleContext context, String topic, List<Reading> readings) {
    return topic + ": " + readings.stream()
        .map(r -> r.label() + " (" + r.reportIds().stream().map(context::label).collect(Collectors.joining(", ")) + ")")
        .collect(Collectors.joining(" vs "));
  }

  /** A label in typographic quotes, for a quoted word or phrase. */
  static String quoted(String s) {
    return "“" + s + "”";
  }
}
