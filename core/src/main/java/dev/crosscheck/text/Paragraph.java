package dev.crosscheck.text;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One paragraph (a block of text between line breaks) of a {@link Document} that survived cleaning.
 *
 * @param index the paragraph's position in {@link Document#paragraphs()}
 * @param start first character, inclusive
 * @param end end, exclusive
 */
public record Paragraph(int index, int start, int end) {

  /**
   * Validates the range.
   *
   * @param index the paragraph's position in {@link Document#paragraphs()}
   * @param start first character, inclusive
   * @param end end, exclusive
   * @throws IllegalArgumentException when the index or start is negative or the range is empty
   */
  public Paragraph {
    checkArgument(index >= 0, "negative index");
    checkArgument(start >= 0 && end > start, "bad paragraph range [%s,%s)", start, end);
  }
}
