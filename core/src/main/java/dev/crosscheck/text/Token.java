package dev.crosscheck.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One token of a {@link Document}, with its offsets into the report's original text and a normalised
 * form. The normalised form is what comparisons use: lower case, typographic variants folded
 * ("U.S." and "US" both {@code us}, curly and straight apostrophes alike).
 *
 * @param index the token's position in {@link Document#tokens()}
 * @param start first character in the original text, inclusive
 * @param end end in the original text, exclusive
 * @param norm the normalised form; never empty
 * @param kind what sort of token it is
 */
public record Token(int index, int start, int end, String norm, Kind kind) {

  /** What sort of token a token is. */
  public enum Kind {
    /** Letters, possibly with inner apostrophes or periods ("don't", "U.S."). */
    WORD,
    /** Digits, possibly with separators and decimals ("10,000", "4.5"), or a fraction ("½", "1/2"). */
    NUMBER,
    /** A quotation mark of any style: " “ ” „ « » and ‘ ’ where they are not apostrophes. */
    QUOTE,
    /** An ellipsis, "..." or "…", marking an omission. */
    ELLIPSIS,
    /** Any other punctuation or symbol ($, %, dashes, brackets, sentence marks). */
    PUNCTUATION
  }

  /**
   * Validates the token.
   *
   * @param index the token's position in {@link Document#tokens()}
   * @param start first character in the original text, inclusive
   * @param end end in the original text, exclusive
   * @param norm the normalised form; never empty
   * @param kind what sort of token it is
   * @throws IllegalArgumentException when the index or start is negative, the range is empty or
   *     {@code norm} is empty
   */
  public Token {
    requireNonNull(norm, "norm");
    requireNonNull(kind, "kind");
    checkArgument(index >= 0 && start >= 0 && end > start, "bad token %s [%s,%s)", index, start, end);
    checkArgument(!norm.isEmpty(), "empty normalised form");
  }

  /**
   * The original characters of this token in {@code text}.
   *
   * @param text the original text of the report the token was read from
   * @return the characters from {@code start} to {@code end}, as written
   * @throws IndexOutOfBoundsException when the text ends before {@code end}
   */
  public String surface(String text) {
    return text.substring(start, end);
  }

  /**
   * Whether this is a word or a number, i.e. it carries content rather than punctuation.
   *
   * @return true for {@link Kind#WORD} and {@link Kind#NUMBER}
   */
  public boolean isWordLike() {
    return kind == Kind.WORD || kind == Kind.NUMBER;
  }
}
