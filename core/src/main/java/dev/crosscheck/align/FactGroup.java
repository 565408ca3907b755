package dev.crosscheck.align;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import dev.crosscheck.fact.Fact;
import dev.crosscheck.text.Span;

/**
 * Facts from different reports that state the same thing (the meeting's duration, one quotation).
 *
 * @param topic a short label for what the facts are about ("Meeting duration"), for messages
 * @param facts the facts, in report order then text order; from at least two reports
 * @param <F> the type of the facts
 */
public record FactGroup<F extends Fact>(String topic, ImmutableList<F> facts) {

  /** Validates the group. */
  public FactGroup {
    requireNonNull(topic, "topic");
    requireNonNull(facts, "facts");
    checkArgument(!facts.isEmpty(), "empty group");
  }

  /** The facts by report id, report order kept. */
  public ImmutableListMultimap<String, F> byReport() {
    return Multimaps.index(facts, f -> f.span().reportId());
  }

  /** The ids of the reports with a fact in the group, in order, without repeats. */
  public ImmutableList<String> reportIds() {
    return facts.stream().map(f -> f.span().reportId()).distinct().collect(ImmutableList.toImmutableList());
  }

  /** The evidence spans of all facts. */
  public ImmutableList<Span> spans() {
    return facts.stream().map(Fact::span).collect(ImmutableList.toImmutableList());
  }
}
