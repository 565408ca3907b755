package dev.crosscheck.text;

import java.util.List;

/**
 * Splits one paragraph into tokens with exact offsets and normalised forms. A single forward pass: each
 * character is looked at a bounded number of times, so the cost is linear in the paragraph's length.
 *
 * <p>The rules, in short: words keep inner apostrophes ("don't") but give up a possessive "'s" as a
 * token of its own; dotted acronyms ("U.S.", "a.m.") and known abbreviations ("Mr.", "Sept.") keep their
 * periods, which the normalised form drops; hyphens split compounds; numbers keep their thousands
 * separators, decimals and fractions ("10,000", "4.5", "1/2"); quotation marks, ellipses and dashes are
 * tokens of their own.
 */
final class Tokenizer {

  /** What a token can do to the sentence it ends. */
  enum Ending {
    /** Ends nothing. */
    NONE,
    /** An abbreviation that never ends a sentence ("Mr."). */
    TITLE,
    /** An abbreviation or initial that ends a sentence only before a typical opener ("U.S. The"). */
    AMBIGUOUS,
    /** An ellipsis: ends a sentence before a capitalised word. */
    ELLIPSIS,
    /** A full stop, question or exclamation mark. */
    FULL
  }

  /** A token before it gets its index in the document. */
  record Draft(int start, int end, String norm, Token.Kind kind, Ending ending) {}

  /** How far past an abbreviation's period to look for the digit of "No. 1". */
  private static final int DIGIT_LOOKAHEAD = 3;

  private Tokenizer() {}

  /** Appends the tokens of {@code text[from, to)} to {@code out}. */
  static void tokenize(String text, int from, int to, List<Draft> out) {
    int i = from;
    while (i < to) {
      int cp = Chars.codePointAt(text, i, to);
      if (Chars.isSpace(cp)) {
        i += Character.charCount(cp);
      } else if (Character.isLetter(cp)) {
        i = word(text, i, to, out);
      } else if (Character.isDigit(cp)) {
        i = number(text, i, to, out);
      } else {
        i = symbol(text, from, i, to, cp, out);
      }
    }
  }

  private static int word(String text, int start, int to, List<Draft> out) {
    int acronymEnd = acronymEnd(text, start, to);
    if (acronymEnd > 0) {
      StringBuilder norm = new StringBuilder(acronymEnd - start);
      for (int k = start; k < acronymEnd; k++) {
        char c = text.charAt(k);
        if (c != '.') {
          norm.append(Character.toLowerCase(c));
        }
      }
      Ending ending = text.charAt(acronymEnd - 1) == '.' ? Ending.AMBIGUOUS : Ending.NONE;
      out.add(new Draft(start, acronymEnd, norm.toString(), Token.Kind.WORD, ending));
      if (isPossessive(text, acronymEnd, to)) {
        out.add(new Draft(acronymEnd, acronymEnd + 2, "'s", Token.Kind.WORD, Ending.NONE));
        return acronymEnd + 2;
      }
      return acronymEnd;
    }
    StringBuilder norm = new StringBuilder();
    int j = start;
    while (j < to) {
      int cp = Chars.codePointAt(text, j, to);
      int width = Character.charCount(cp);
      if (cp == '\u02BC' && isPossessive(text, j, to)) {
        break;
      }
      if (Chars.isWordChar(cp)) {
        appendLower(norm, cp == '\u02BC' ? '\'' : cp);
        j += width;
      } else if (Character.getType(cp) == Character.FORMAT
          && cp != '\u200B'
          && j + width < to
          && Chars.isWordChar(Chars.codePointAt(text, j + width, to))) {
        // a soft hyphen or zero-width joiner inside a word is invisible: keep the word whole (a
        // zero-width space, though, separates words)
        j += width;
      } else if (Chars.isApostrophe(cp)
          && j + 1 < to
          && Character.isLetter(Chars.codePointAt(text, j + 1, to))
          && !isPossessive(text, j, to)) {
        norm.append('\'');
        j++;
      } else {
        break;
      }
    }
    if (isPossessive(text, j, to)) {
      out.add(new Draft(start, j, norm.toString(), Token.Kind.WORD, Ending.NONE));
      out.add(new Draft(j, j + 2, "'s", Token.Kind.WORD, Ending.NONE));
      return j + 2;
    }
    if (j < to && text.charAt(j) == '.' && (j + 1 >= to || text.charAt(j + 1) != '.') && j - start <= 8) {
      Abbreviations.Kind kind = abbreviation(text, start, j, to);
      if (kind != null) {
        Ending ending = kind == Abbreviations.Kind.TITLE ? Ending.TITLE : Ending.AMBIGUOUS;
        out.add(new Draft(start, j + 1, norm.toString(), Token.Kind.WORD, ending));
        return j + 1;
      }
    }
    out.add(new Draft(start, j, norm.toString(), Token.Kind.WORD, Ending.NONE));
    return j;
  }

  /** The kind of abbreviation the word {@code text[start, end)} is before its period, or null. */
  private static Abbreviations.Kind abbreviation(String text, int start, int end, int to) {
    int first = Chars.codePointAt(text, start, to);
    if (start + Character.charCount(first) == end && Character.isUpperCase(first)) {
      return Abbreviations.Kind.AMBIGUOUS; // an initial: "Donald J. Trump"
    }
    int k = end + 1;
    while (k < to && k <= end + DIGIT_LOOKAHEAD && Chars.isSpace(text.charAt(k))) {
      k++;
    }
    boolean beforeDigit = k < to && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '#');
    return Abbreviations.kindOf(text.substring(start, end), beforeDigit);
  }

  /**
   * The end of a dotted acronym ("U.S.", "a.m.", "U.S" without its last period) starting at
   * {@code start}, or 0 when there is none there. Every part is a single letter.
   */
  private static int acronymEnd(String text, int start, int to) {
    int j = start;
    int letters = 0;
    while (j + 1 < to && isSingleLetterAt(text, j, to) && text.charAt(j + 1) == '.') {
      letters++;
      j += 2;
    }
    if (letters == 0) {
      return 0;
    }
    if (j < to && isSingleLetterAt(text, j, to)) {
      letters++;
      j++; // "U.S" without the last period
    }
    return letters >= 2 ? j : 0;
  }

  /** A BMP letter at {@code i} that is not followed by another word character. */
  private static boolean isSingleLetterAt(String text, int i, int to) {
    char c = text.charAt(i);
    if (!Character.isLetter(c)) {
      return false;
    }
    return i + 1 >= to || !Chars.isWordChar(Chars.codePointAt(text, i + 1, to));
  }

  /** An apostrophe at {@code i} followed by "s" and the end of the word: a possessive (or "it's"). */
  private static boolean isPossessive(String text, int i, int to) {
    if (i + 1 >= to || !Chars.isApostrophe(text.charAt(i))) {
      return false;
    }
    char s = text.charAt(i + 1);
    if (s != 's' && s != 'S') {
      return false;
    }
    return i + 2 >= to || !Chars.isWordChar(Chars.codePointAt(text, i + 2, to));
  }

  private static int number(String text, int start, int to, List<Draft> out) {
    int j = digits(text, start, to);
    boolean grouped = false;
    while (j + 3 < to && text.charAt(j) == ',' && isDigitRun(text, j + 1, 3, to)) {
      j += 4;
      grouped = true;
    }
    if (j + 1 < to && text.charAt(j) == '.' && Character.isDigit(Chars.codePointAt(text, j + 1, to))) {
      j = digits(text, j + 1, to);
    } else if (!grouped) {
      while (j + 1 < to
          && (text.charAt(j) == '/' || text.charAt(j) == '\u2044')
          && Character.isDigit(Chars.codePointAt(text, j + 1, to))) {
        j = digits(text, j + 1, to);
      }
    }
    j = ordinalSuffixEnd(text, j, to);
    StringBuilder norm = new StringBuilder(j - start);
    for (int k = start; k < j; ) {
      int cp = Chars.codePointAt(text, k, to);
      if (Character.isDigit(cp)) {
        norm.append((char) ('0' + Character.digit(cp, 10)));
      } else if (cp == '\u2044') {
        norm.append('/');
      } else if (cp != ',') {
        appendLower(norm, cp);
      }
      k += Character.charCount(cp);
    }
    out.add(new Draft(start, j, norm.toString(), Token.Kind.NUMBER, Ending.NONE));
    return j;
  }

  /** Past "st", "nd", "rd", "th" or "s" right after a number ("10th", "1990s"), else {@code j}. */
  private static int ordinalSuffixEnd(String text, int j, int to) {
    int k = j;
    while (k < to && k - j < 3 && Character.isLetter(text.charAt(k))) {
      k++;
    }
    if (k == j || (k < to && Chars.isWordChar(Chars.codePointAt(text, k, to)))) {
      return j;
    }
    String suffix = text.substring(j, k);
    switch (suffix) {
      case "st": case "nd": case "rd": case "th": case "s": case "ST": case "ND": case "RD": case "TH":
        return k;
      default:
        return j;
    }
  }

  private static int digits(String text, int i, int to) {
    while (i < to) {
      int cp = Chars.codePointAt(text, i, to);
      if (!Character.isDigit(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** Exactly {@code n} ASCII-or-other decimal digits at {@code i}, and no further digit after them. */
  private static boolean isDigitRun(String text, int i, int n, int to) {
    if (i + n > to) {
      return false;
    }
    for (int k = i; k < i + n; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return i + n >= to || !Character.isDigit(text.charAt(i + n));
  }

  private static int symbol(String text, int from, int i, int to, int cp, List<Draft> out) {
    int width = Character.charCount(cp);
    if (cp == '.') {
      int k = i;
      while (k < to && text.charAt(k) == '.') {
        k++;
      }
      if (k - i >= 3) {
        out.add(new Draft(i, k, "...", Token.Kind.ELLIPSIS, Ending.ELLIPSIS));
        return k;
      }
      boolean leadingDecimal = k - i == 1 && k < to && Character.isDigit(text.charAt(k))
          && (i == from || !Chars.isWordChar(text.charAt(i - 1)));
      if (leadingDecimal) {
        int end = digits(text, k, to);
        out.add(new Draft(i, end, "0" + text.substring(i, end), Token.Kind.NUMBER, Ending.NONE));
        return end;
      }
      out.add(new Draft(i, i + 1, ".", Token.Kind.PUNCTUATION, Ending.FULL));
      return i + 1;
    }
    if (cp == '\u2026') {
      out.add(new Draft(i, i + 1, "...", Token.Kind.ELLIPSIS, Ending.ELLIPSIS));
      return i + 1;
    }
    if (cp == '-') {
      int k = i;
      while (k < to && text.charAt(k) == '-') {
        k++;
      }
      out.add(new Draft(i, k, "-", Token.Kind.PUNCTUATION, Ending.NONE));
      return k;
    }
    if (Chars.isDash(cp)) {
      out.add(new Draft(i, i + 1, "-", Token.Kind.PUNCTUATION, Ending.NONE));
      return i + 1;
    }
    if (Chars.isQuote(cp)) {
      String norm = Chars.isDoubleQuote(cp) ? "\"" : "'";
      out.add(new Draft(i, i + 1, norm, Token.Kind.QUOTE, Ending.NONE));
      return i + 1;
    }
    String fraction = Chars.vulgarFraction(cp);
    if (fraction != null) {
      out.add(new Draft(i, i + 1, fraction, Token.Kind.NUMBER, Ending.NONE));
      return i + 1;
    }
    Ending ending = Chars.isTerminal(cp) ? Ending.FULL : Ending.NONE;
    out.add(new Draft(i, i + width, text.substring(i, i + width), Token.Kind.PUNCTUATION, ending));
    return i + width;
  }

  private static void appendLower(StringBuilder sb, int cp) {
    sb.appendCodePoint(Character.toLowerCase(cp));
  }
}
