package dev.crosscheck.fact;

import dev.crosscheck.text.Calendar;
import java.util.Arrays;
import java.util.Locale;

/**
 * The original characters of one sentence cut into words, digit groups and single symbols, for the
 * quantity readers: a documented refinement of {@link dev.crosscheck.text.Document}'s tokens (tested
 * on every corpus report by {@code QuantityTokensRefinementTest}). Each token lies inside one
 * document token ("U.S." is read as U . S .; "Oct." as Oct and .; "..." as three dots) or joins
 * whole adjacent ones (digit groups split by spaces, "40 000", are one figure here and two document
 * tokens); the one exception is a figure glued to letters ("v4.2.4", one document word), read here
 * from its first digit. Invisible format characters (soft hyphen, zero-width space, direction
 * marks) are skipped in both. The rules: a word is a run of letters (with inner
 * apostrophes, "Korea's", "o'clock"), a digit group is ASCII digits with thousands commas (or
 * spaces: "40 000") and one decimal point ("10,000", "1,200.5", ".75"), anything else that is not white space is a one-character
 * symbol. Offsets are absolute positions in the report's text. Built in one pass, linear in the
 * sentence's length.
 */
final class QuantityTokens {

  /** What a token is made of. */
  enum Kind {
    WORD,
    DIGITS,
    SYMBOL
  }

  private static final Kind[] KINDS = Kind.values();

  private final String text;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private byte[] kinds = new byte[16];
  private int size;

  private QuantityTokens(String text) {
    this.text = text;
  }

  /** The tokens of {@code text} between {@code start} (inclusive) and {@code end} (exclusive). */
  static QuantityTokens of(String text, int start, int end) {
    QuantityTokens t = new QuantityTokens(text);
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
        // soft hyphens, zero-width spaces and direction marks are no tokens, as in Document
        i++;
      } else if (isAsciiDigit(c)
          || (c == '.' && i + 1 < end && isAsciiDigit(text.charAt(i + 1)) && leadingDotAllowed(text, i, start))) {
        int j = digitsEnd(text, i, end);
        t.add(i, j, Kind.DIGITS);
        i = j;
      } else if (Character.isLetter(c)) {
        int j = wordEnd(text, i, end);
        t.add(i, j, Kind.WORD);
        i = j;
      } else {
        int j = i + Character.charCount(text.codePointAt(i));
        t.add(i, Math.min(j, end), Kind.SYMBOL);
        i = j;
      }
    }
    return t;
  }

  /** Whether a '.' at {@code i} may start a number (".75"): at the start, after a space, sign or bracket. */
  private static boolean leadingDotAllowed(String text, int i, int start) {
    if (i == start) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p) || Character.isSpaceChar(p) || "-−($€£~".indexOf(p) >= 0;
  }

  private static int digitsEnd(String text, int i, int end) {
    int j = i;
    while (j < end && isAsciiDigit(text.charAt(j))) {
      j++;
    }
    // Thousands commas only after a lead group of one to three digits, and only in groups of exactly
    // three: "1,3" and "12345,678" are not one number. The same for thin and non-breaking spaces
    // ("40 000"), and for a plain space unless the number is the day after a month's name
    // ("April 25 300 people" is a day and an amount).
    if (j - i <= 3 && j > i) {
      int lead = j;
      while (j + 3 < end && text.charAt(j) == ','
          && isAsciiDigit(text.charAt(j + 1)) && isAsciiDigit(text.charAt(j + 2))
          && isAsciiDigit(text.charAt(j + 3))
          && !(j + 4 < end && isAsciiDigit(text.charAt(j + 4)))) {
        j += 4;
      }
      if (j == lead) {
        // whether a plain space may group is looked up once, so that a long run of groups does not
        // scan back over the word before it each time
        Boolean plainSpace = null;
        while (j + 3 < end && isGroupSpace(text.charAt(j))
            && isAsciiDigit(text.charAt(j + 1)) && isAsciiDigit(text.charAt(j + 2))
            && isAsciiDigit(text.charAt(j + 3))
            && !(j + 4 < end && (isAsciiDigit(text.charAt(j + 4)) || Character.isLetter(text.charAt(j + 4))))) {
          if (text.charAt(j) == ' ') {
            if (plainSpace == null) {
              plainSpace = !afterMonthOrNumber(text, i);
            }
            if (!plainSpace) {
              break;
            }
          }
          j += 4;
        }
      }
    }
    if (j + 1 < end && text.charAt(j) == '.' && isAsciiDigit(text.charAt(j + 1))) {
      j += 2;
      while (j < end && isAsciiDigit(text.charAt(j))) {
        j++;
      }
    }
    return j;
  }

  private static boolean isGroupSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009';
  }


  /** Whether the word or number before position {@code i} is a month's name or another number. */
  private static boolean afterMonthOrNumber(String text, int i) {
    int k = i - 1;
    while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '.')) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    if (isAsciiDigit(text.charAt(k))) {
      return true;
    }
    int e = k + 1;
    while (k >= 0 && Character.isLetter(text.charAt(k))) {
      k--;
    }
    return Calendar.month(text.substring(k + 1, e)).isPresent();
  }

  private static int wordEnd(String text, int i, int end) {
    int j = i + 1;
    while (j < end) {
      char ch = text.charAt(j);
      if (Character.isLetter(ch) || Character.getType(ch) == Character.NON_SPACING_MARK) {
        j++;
      } else if ((ch == '\'' || ch == '’') && j + 1 < end && Character.isLetter(text.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void add(int start, int end, Kind kind) {
    if (size == starts.length) {
      int n = size * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      kinds = Arrays.copyOf(kinds, n);
    }
    starts[size] = start;
    ends[size] = end;
    kinds[size] = (byte) kind.ordinal();
    size++;
  }

  /** The number of tokens. */
  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  Kind kind(int i) {
    return KINDS[kinds[i]];
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kinds[i] == Kind.WORD.ordinal();
  }

  boolean isDigits(int i) {
    return i >= 0 && i < size && kinds[i] == Kind.DIGITS.ordinal();
  }

  /** Whether token {@code i} exists and is the one symbol character {@code c}. */
  boolean isSymbol(int i, char c) {
    return i >= 0 && i < size && kinds[i] == Kind.SYMBOL.ordinal() && text.charAt(starts[i]) == c;
  }

  /** Whether token {@code i} exists and is a symbol among {@code chars}. */
  boolean isSymbolIn(int i, String chars) {
    return i >= 0 && i < size && kinds[i] == Kind.SYMBOL.ordinal()
        && ends[i] - starts[i] == 1 && chars.indexOf(text.charAt(starts[i])) >= 0;
  }

  /** Whether token {@code i} follows token {@code i - 1} with no space between (false for the first). */
  boolean attached(int i) {
    return i > 0 && i < size && starts[i] == ends[i - 1];
  }

  /** The original characters of token {@code i}. */
  String text(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** Token {@code i} in lower case, or "" when out of range. */
  String lower(int i) {
    return i >= 0 && i < size ? text(i).toLowerCase(Locale.ROOT) : "";
  }

  /** Whether token {@code i} is a word spelled {@code word}, ignoring case. */
  boolean isWord(int i, String word) {
    return isWord(i) && ends[i] - starts[i] == word.length() && text.regionMatches(true, starts[i], word, 0, word.length());
  }

  /** Whether token {@code i} is a word that starts with a capital letter. */
  boolean capitalized(int i) {
    return isWord(i) && Character.isUpperCase(text.charAt(starts[i]));
  }

  /**
   * Tokens {@code from} to {@code to} (exclusive) as one string, a single space where the original had
   * white space and nothing where the tokens touch: "per cent", "km/h", "US$", "-odd". Null when the
   * range is out of bounds.
   */
  String key(int from, int to) {
    if (from < 0 || to > size || from >= to) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from && !attached(k)) {
        b.append(' ');
      }
      b.append(text, starts[k], ends[k]);
    }
    return b.toString();
  }
}
