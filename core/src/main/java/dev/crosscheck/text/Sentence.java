package dev.crosscheck.text;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One sentence of a {@link Document}: its character range in the original text and its range of tokens.
 *
 * @param index the sentence's position in {@link Document#sentences()}
 * @param start first character, inclusive
 * @param end end, exclusive
 * @param paragraph index of the paragraph that holds it
 * @param firstToken index of its first token in {@link Document#tokens()}
 * @param endToken index one past its last token
 */
public record Sentence(int index, int start, int end, int paragraph, int firstToken, int endToken) {

  /**
   * Validates the ranges.
   *
   * @param index the sentence's position in {@link Document#sentences()}
   * @param start first character, inclusive
   * @param end end, exclusive
   * @param paragraph index of the paragraph that holds it
   * @param firstToken index of its first token in {@link Document#tokens()}
   * @param endToken index one past its last token
   * @throws IllegalArgumentException when an index or {@code start} is negative, the character range
   *     is empty or the token range is reversed
   */
  public Sentence {
    checkArgument(index >= 0 && paragraph >= 0, "negative index");
    checkArgument(start >= 0 && end > start, "bad sentence range [%s,%s)", start, end);
    checkArgument(firstToken >= 0 && endToken >= firstToken, "bad token range [%s,%s)", firstToken, endToken);
  }

  /**
   * Whether the character offset lies inside this sentence.
   *
   * @param offset a character offset into the report's original text
   * @return true when {@code start <= offset < end}
   */
  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }
}
