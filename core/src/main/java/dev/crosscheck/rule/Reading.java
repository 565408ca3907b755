package dev.crosscheck.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.text.Span;

/**
 * One side of a {@link Divergence}: what some reports say, and where they say it.
 *
 * @param label how the side reads, for people ("nearly five hours", "gird")
 * @param evidence the spans that say it, at least one, in report order
 */
public record Reading(String label, ImmutableList<Span> evidence) {

  /**
   * Validates the reading.
   *
   * @param label how the side reads, for people ("nearly five hours", "gird")
   * @param evidence the spans that say it, at least one, in report order
   * @throws IllegalArgumentException when there is no evidence
   */
  public Reading {
    requireNonNull(label, "label");
    requireNonNull(evidence, "evidence");
    checkArgument(!evidence.isEmpty(), "a reading needs evidence");
  }

  /**
   * The ids of the reports that say it, in order, without repeats.
   *
   * @return the report ids in the order their evidence first appears
   */
  public ImmutableList<String> reportIds() {
    return evidence.stream().map(Span::reportId).distinct().collect(ImmutableList.toImmutableList());
  }
}
