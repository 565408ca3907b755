package dev.crosscheck.examples.ages;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.crosscheck.fact.Fact;
import dev.crosscheck.text.Span;

/**
 * A person's age as a report gives it beside their name: "Smith, 47", "Jo Smith (47)", "Smith,
 * aged 47". A fact of a kind Crosscheck's core does not read, added by {@link AgeKind}.
 *
 * @param span the name and the age, as written
 * @param text the characters of {@code span}
 * @param sentence the index of the sentence that states it
 * @param person the name as written ("Jo Smith")
 * @param years the age in years
 */
public record Age(Span span, String text, int sentence, String person, int years) implements Fact {

  /** Validates the record. */
  public Age {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
    requireNonNull(person, "person");
  }

  @Override
  public String type() {
    return AgeKind.NAME;
  }

  /** The last word of the name: what two reports share when they name one person. */
  public String surname() {
    String[] words = person.split(" ");
    return words[words.length - 1];
  }

  @Override
  public ImmutableMap<String, Object> attributes() {
    return ImmutableMap.of("person", person, "years", years);
  }
}
