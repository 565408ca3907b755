package dev.crosscheck.text;

/** Character classes shared by the cleaner, the tokenizer and the sentence splitter. */
final class Chars {

  private Chars() {}

  /**
   * The code point at {@code i}, never pairing a surrogate across {@code limit}: a paragraph's end must
   * not reach into the next region.
   */
  static int codePointAt(String text, int i, int limit) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(text.charAt(i + 1))) {
      return Character.toCodePoint(c, text.charAt(i + 1));
    }
    return c;
  }

  /** A line break: paragraphs are the blocks between these. */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
        || c == '\u2029';
  }

  /**
   * Blank for trimming and tokenizing: white space, no-break spaces, and invisible format characters
   * (zero-width space, byte order mark) that web pages leave between words.
   */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
  }

  /** A combining mark, which belongs to the letter before it. */
  static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** A character that can continue a word: a letter, a decimal digit or a combining mark. */
  static boolean isWordChar(int cp) {
    return Character.isLetter(cp) || Character.isDigit(cp) || isMark(cp);
  }

  /** A character that can be an apostrophe inside a word ("don't", "Russia’s"). */
  static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
  }

  /** A quotation mark of any style, double or single. */
  static boolean isQuote(int cp) {
    return isDoubleQuote(cp) || isSingleQuote(cp);
  }

  /** A double quotation mark: " “ ” „ ‟ « » and the full-width ". */
  static boolean isDoubleQuote(int cp) {
    return cp == '"' || cp == '\u201C' || cp == '\u201D' || cp == '\u201E' || cp == '\u201F' || cp == '\u00AB'
        || cp == '\u00BB' || cp == '\uFF02' || cp == '\u301D' || cp == '\u301E';
  }

  /** A single quotation mark: ' ‘ ’ ‚ ‛ ‹ ›. */
  static boolean isSingleQuote(int cp) {
    return cp == '\'' || cp == '\u2018' || cp == '\u2019' || cp == '\u201A' || cp == '\u201B' || cp == '\u2039'
        || cp == '\u203A';
  }

  /** A dash or a hyphen other than the ASCII hyphen-minus. */
  static boolean isDash(int cp) {
    return (cp >= '\u2010' && cp <= '\u2015') || cp == '\u2212' || cp == '\u2E3A' || cp == '\u2E3B'
        || cp == '\uFE58' || cp == '\uFE63' || cp == '\uFF0D';
  }

  /** A mark that ends a sentence outright. */
  static boolean isTerminal(int cp) {
    return cp == '.' || cp == '!' || cp == '?' || cp == '\u203C' || cp == '\u2047' || cp == '\u2048'
        || cp == '\u2049' || cp == '\u3002' || cp == '\uFF01' || cp == '\uFF1F';
  }

  /** The fraction a vulgar fraction character stands for ("½" is "1/2"), or {@code null}. */
  static String vulgarFraction(int cp) {
    switch (cp) {
      case '\u00BC': return "1/4";
      case '\u00BD': return "1/2";
      case '\u00BE': return "3/4";
      case '\u2150': return "1/7";
      case '\u2151': return "1/9";
      case '\u2152': return "1/10";
      case '\u2153': return "1/3";
      case '\u2154': return "2/3";
      case '\u2155': return "1/5";
      case '\u2156': return "2/5";
      case '\u2157': return "3/5";
      case '\u2158': return "4/5";
      case '\u2159': return "1/6";
      case '\u215A': return "5/6";
      case '\u215B': return "1/8";
      case '\u215C': return "3/8";
      case '\u215D': return "5/8";
      case '\u215E': return "7/8";
      default: return null;
    }
  }
}
