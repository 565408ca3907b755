package dev.crosscheck.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.text.Span;

/**
 * A fact on which reports diverge: which rule found it, how serious it is, a message for people and
 * the readings that disagree, each with its evidence.
 *
 * @param ruleId the id of the rule that found it ({@code quantity-mismatch})
 * @param kind what sort of fact it is about ({@code quantity}, {@code quotation}, {@code attribution},
 *     {@code date}, {@code name}, or a kind of a user's rule)
 * @param severity conflict or variant
 * @param message one line a journalist understands
 * @param readings at least two sides, each with its evidence
 */
public record Divergence(
    String ruleId, String kind, Severity severity, String message, ImmutableList<Reading> readings) {

  /**
   * Validates the divergence.
   *
   * @param ruleId the id of the rule that found it ({@code quantity-mismatch})
   * @param kind what sort of fact it is about ({@code quantity}, {@code quotation}, ...)
   * @param severity conflict or variant
   * @param message one line a journalist understands
   * @param readings at least two sides, each with its evidence
   * @throws IllegalArgumentException when there are fewer than two readings
   */
  public Divergence {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(kind, "kind");
    requireNonNull(severity, "severity");
    requireNonNull(message, "message");
    requireNonNull(readings, "readings");
    checkArgument(readings.size() >= 2, "a divergence needs at least two readings");
  }

  /**
   * Every evidence span of every reading, in reading order.
   *
   * @return the first reading's spans, then the second's, and so on; repeats are kept
   */
  public ImmutableList<Span> evidence() {
    return readings.stream().flatMap(r -> r.evidence().stream()).collect(ImmutableList.toImmutableList());
  }

  /**
   * The ids of the reports concerned, without repeats.
   *
   * @return the report ids in the order their evidence first appears in {@link #evidence()}
   */
  public ImmutableList<String> reportIds() {
    return evidence().stream().map(Span::reportId).distinct().collect(ImmutableList.toImmutableList());
  }
}
