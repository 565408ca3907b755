package dev.crosscheck.fact;

import dev.crosscheck.text.Span;

/**
 * Something a report states that can be compared across reports: a {@link Quantity}, a
 * {@link Quotation}, a {@link DateMention}. Facts are immutable and carry the span of their evidence.
 */
public sealed interface Fact permits Quantity, Quotation, DateMention {

  /** The characters that state the fact. */
  Span span();

  /** The original characters of {@link #span()}. */
  String text();

  /** Index of the sentence (in its {@link dev.crosscheck.text.Document}) where the fact is stated. */
  int sentence();

  /** The fact's type as named in JSON output: {@code quantity}, {@code quotation}, {@code date}. */
  String type();
}
