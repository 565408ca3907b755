package dev.crosscheck.fact;

import dev.crosscheck.text.Span;

/**
 * Something a report states that can be compared across reports: a {@link Quantity}, a
 * {@link Quotation}, a {@link DateMention}. Facts are immutable and carry the span of their evidence.
 */
public sealed interface Fact permits Quantity, Quotation, DateMention {

  /**
   * The characters that state the fact.
   *
   * @return the evidence, in the report's original text
   */
  Span span();

  /**
   * The original characters of {@link #span()}.
   *
   * @return the evidence as written
   */
  String text();

  /**
   * Index of the sentence (in its {@link dev.crosscheck.text.Document}) where the fact is stated.
   *
   * @return a position in {@link dev.crosscheck.text.Document#sentences()}
   */
  int sentence();

  /**
   * The fact's type as named in JSON output: {@code quantity}, {@code quotation}, {@code date}.
   *
   * @return one of those three names
   */
  String type();
}
