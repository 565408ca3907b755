package dev.crosscheck.fact;

import com.google.common.collect.ImmutableMap;
import dev.crosscheck.text.Span;

/**
 * Something a report states that can be compared across reports: a {@link Quantity}, a
 * {@link Quotation}, a {@link DateMention}, or a fact of a kind a user's jar adds
 * ({@code dev.crosscheck.align.FactKind}). Facts are immutable and carry the span of their evidence.
 */
public interface Fact {

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
   * The fact's type as named in JSON output: {@code quantity}, {@code quotation}, {@code date}, or
   * the name of the kind that found it.
   *
   * @return the name of its kind
   */
  String type();

  /**
   * What the fact states, for output that does not know its class ({@code facts}, JSON): names to
   * values that are strings, numbers or booleans, in a fixed order; the names {@code type},
   * {@code start}, {@code end}, {@code text} and {@code sentence} are every fact's and may not be used
   * (the checker refuses them). The built-in kinds are written field by field and need not override
   * this.
   *
   * @return the fact's values by name; empty by default
   */
  default ImmutableMap<String, Object> attributes() {
    return ImmutableMap.of();
  }
}
