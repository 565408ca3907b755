package dev.crosscheck.align;

import dev.crosscheck.fact.Fact;

/**
 * Receives what alignment decided about each pair of facts it looked at: how alike they were and
 * what kept them apart, or that they aligned. This is how a user learns why a divergence was not
 * reported ({@code Crosscheck.explain}). Called from the aligning thread, facts in span order.
 */
@FunctionalInterface
public interface AlignmentTrace {
  /** A trace that keeps nothing. */
  AlignmentTrace NONE = (a, b, similarity, outcome) -> {};

  /**
   * One pair and its outcome.
   *
   * @param a the fact whose span comes first
   * @param b the other, from another report
   * @param similarity how alike their contexts were, or {@link Double#NaN} when they were not scored
   * @param outcome what was decided, in words ("aligned", "similarity below the threshold 0.25", ...)
   */
  void pair(Fact a, Fact b, double similarity, String outcome);
}
