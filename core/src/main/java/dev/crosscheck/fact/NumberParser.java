package dev.crosscheck.fact;

import com.google.common.collect.ImmutableMap;

/**
 * Reads one numeral from a run of {@link QuantityTokens}: digits ("10,000", "4.5"), words ("three",
 * "twenty-five", "two hundred and six", "a dozen"), fractions ("4 1/2", "4½", "two and a half", "a
 * quarter", "two-thirds") and scales ("1.2 million", "$1.2bn", "half a million", "3m"). Context
 * (hedges, units, dates, times, identifiers) is the caller's business.
 *
 * <p>The granularity is the place of the last significant digit of what was written: "3" is 1,
 * "4.5" is 0.1, "10,000" is 10,000, "1.2 million" is 100,000, "4 1/2" and "two and a half" are 0.5,
 * "half a million" is 500,000 (the coarser wording reads coarser), "a dozen" and "two dozen" are 12.
 * Each call looks at a bounded number of tokens after the first one, except a chain of number
 * words, which it consumes.
 */
final class NumberParser {

  /**
   * A numeral as read: the tokens it covers (inclusive), its value and granularity.
   *
   * @param digits written with at least one digit
   * @param scale the scale word or abbreviation that ends it ("million": 1e6, "bn": 1e9, "hundred":
   *     100), or 1; "between two and three million" carries the million over to the two
   * @param ordinal an ordinal ("twenty-first"): covers tokens to step over, not a quantity
   */
  record Reading(
      int first, int last, double value, double granularity, boolean digits, double scale, boolean ordinal) {

    /** Whether a scale word or abbreviation multiplied it. */
    boolean scaled() {
      return scale != 1;
    }
  }

  private static final ImmutableMap<String, Integer> SMALL =
      ImmutableMap.<String, Integer>builder()
          .put("zero", 0).put("one", 1).put("two", 2).put("three", 3).put("four", 4)
          .put("five", 5).put("six", 6).put("seven", 7).put("eight", 8).put("nine", 9)
          .put("ten", 10).put("eleven", 11).put("twelve", 12).put("thirteen", 13)
          .put("fourteen", 14).put("fifteen", 15).put("sixteen", 16).put("seventeen", 17)
          .put("eighteen", 18).put("nineteen", 19)
          .buildOrThrow();

  private static final ImmutableMap<String, Integer> TENS =
      ImmutableMap.<String, Integer>builder()
          .put("twenty", 20).put("thirty", 30).put("forty", 40).put("fifty", 50)
          .put("sixty", 60).put("seventy", 70).put("eighty", 80).put("ninety", 90)
          .buildOrThrow();

  private static final ImmutableMap<String, Long> SCALES =
      ImmutableMap.of("thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L,
          "trillion", 1_000_000_000_000L);

  /** Scale abbreviations that may follow digits with or without a space ("1.2bn", "3 mln"). */
  private static final ImmutableMap<String, Long> SCALE_ABBREVIATIONS =
      ImmutableMap.of("bn", 1_000_000_000L, "bln", 1_000_000_000L, "mn", 1_000_000L,
          "mln", 1_000_000L, "tn", 1_000_000_000_000L);

  /** Singular fraction words and their denominators ("a quarter", "one third of"). */
  private static final ImmutableMap<String, Integer> FRACTION =
      ImmutableMap.<String, Integer>builder()
          .put("half", 2).put("third", 3).put("quarter", 4).put("fourth", 4).put("fifth", 5)
          .put("sixth", 6).put("seventh", 7).put("eighth", 8).put("ninth", 9).put("tenth", 10)
          .buildOrThrow();

  /** Plural fraction words ("two thirds", "three-quarters"). */
  private static final ImmutableMap<String, Integer> FRACTIONS =
      ImmutableMap.<String, Integer>builder()
          .put("halves", 2).put("thirds", 3).put("quarters", 4).put("fourths", 4).put("fifths", 5)
          .put("sixths", 6).put("sevenths", 7).put("eighths", 8).put("ninths", 9).put("tenths", 10)
          .buildOrThrow();

  /** Ordinal words that end a hyphenated ordinal ("twenty-first"). */
  private static final ImmutableMap<String, Integer> ORDINALS =
      ImmutableMap.<String, Integer>builder()
          .put("first", 1).put("second", 2).put("third", 3).put("fourth", 4).put("fifth", 5)
          .put("sixth", 6).put("seventh", 7).put("eighth", 8).put("ninth", 9)
          .buildOrThrow();

  /** Vulgar fraction characters and their values as {numerator, denominator}. */
  private static final ImmutableMap<Character, int[]> VULGAR =
      ImmutableMap.<Character, int[]>builder()
          .put('½', new int[] {1, 2}).put('⅓', new int[] {1, 3}).put('⅔', new int[] {2, 3})
          .put('¼', new int[] {1, 4}).put('¾', new int[] {3, 4}).put('⅕', new int[] {1, 5})
          .put('⅛', new int[] {1, 8}).put('⅜', new int[] {3, 8}).put('⅝', new int[] {5, 8})
          .put('⅞', new int[] {7, 8})
          .buildOrThrow();

  /** Denominators a written fraction "n/d" may have; "9/11" and "24/7" are names, not numbers. */
  private static final String DENOMINATORS = ",2,3,4,5,6,8,10,12,16,32,100,";

  /** Words after "10m" that make the "m" a metre ("a 10m wall" is read as a million walls otherwise). */
  private static final String METRE_WORDS =
      ",high,tall,long,wide,deep,away,above,below,sprint,race,hurdles,freestyle,dash,run,swim,"
          + "dive,diving,platform,yacht,mark,from,of,off,in,at,under,over,";

  /** The length of the longest word that can start a numeral ("seventeen"). */
  static final int LONGEST_WORD = 9;

  /** The longest plain digit run read as a number; longer runs are identifiers, and stay finite. */
  static final int MAX_DIGITS = 15;

  private NumberParser() {}

  /** Whether the lower-case word is a cardinal number word ("three", "twenty", "hundred"). */
  static boolean isNumberWord(String lower) {
    return SMALL.containsKey(lower) || TENS.containsKey(lower) || lower.equals("hundred")
        || SCALES.containsKey(lower) || lower.equals("dozen");
  }

  /** Whether token {@code i} is a vulgar fraction character ("½"). */
  static boolean isVulgar(QuantityTokens t, int i) {
    return t.kind(i) == QuantityTokens.Kind.SYMBOL && t.end(i) - t.start(i) == 1
        && VULGAR.containsKey(t.text(i).charAt(0));
  }

  /**
   * The numeral that starts at token {@code i}, or null. {@code money}: a currency sign stands
   * before it, so "m" and "b" after the digits are millions and billions.
   */
  static Reading read(QuantityTokens t, int i, boolean money) {
    switch (t.kind(i)) {
      case DIGITS:
        return readDigits(t, i, money);
      case SYMBOL:
        if (isVulgar(t, i)) {
          int[] f = VULGAR.get(t.text(i).charAt(0));
          return new Reading(i, i, (double) f[0] / f[1], 1.0 / f[1], true, 1, false);
        }
        return null;
      default:
        return readWords(t, i);
    }
  }

  private static Reading readDigits(QuantityTokens t, int i, boolean money) {
    String raw = t.text(i);
    String s = raw.replace(",", "");
    int dot = s.indexOf('.');
    if ((dot < 0 ? s.length() : dot) > MAX_DIGITS) {
      return null;
    }
    double value = Double.parseDouble(s);
    double g = dot >= 0 ? Math.pow(10, -(s.length() - dot - 1)) : Math.pow(10, trailingZeros(s));
    int last = i;
    if (dot < 0 && raw.indexOf(',') < 0 && t.isSymbol(i + 1, '/') && t.attached(i + 1)) {
      // "1/2" standing alone; the caller has already refused "4/26/2019" and the like.
      int den = fractionDenominator(t, i);
      if (den <= 0) {
        return null;
      }
      return new Reading(i, i + 2, value / den, 1.0 / den, true, 1, false);
    }
    if (dot < 0) {
      int den;
      if (t.isDigits(i + 1) && !t.attached(i + 1) && (den = fractionDenominator(t, i + 1)) > 0
          && !(t.isSymbol(i + 4, '/') && t.attached(i + 4))) {
        value += Double.parseDouble(t.text(i + 1)) / den;
        g = 1.0 / den;
        last = i + 3;
      } else if (i + 1 < t.size() && t.attached(i + 1) && isVulgar(t, i + 1)) {
        int[] f = VULGAR.get(t.text(i + 1).charAt(0));
        value += (double) f[0] / f[1];
        g = 1.0 / f[1];
        last = i + 1;
      } else if (andAHalf(t, i)) {
        value += 0.5;
        g = 0.5;
        last = i + 3;
      }
    }
    return scaled(t, i, last, value, g, true, money);
  }

  /** The denominator when tokens i, i+1, i+2 are "n/d" with n < d and d a usual denominator; else 0. */
  private static int fractionDenominator(QuantityTokens t, int i) {
    if (!(t.isDigits(i) && t.isSymbol(i + 1, '/') && t.attached(i + 1) && t.isDigits(i + 2)
        && t.attached(i + 2))) {
      return 0;
    }
    String n = t.text(i);
    String d = t.text(i + 2);
    if (n.length() > 3 || d.length() > 3 || !DENOMINATORS.contains("," + d + ",")) {
      return 0;
    }
    int num = Integer.parseInt(n);
    int den = Integer.parseInt(d);
    return num > 0 && num < den ? den : 0;
  }

  private static boolean andAHalf(QuantityTokens t, int last) {
    return t.isWord(last + 1, "and") && t.isWord(last + 2, "a") && t.isWord(last + 3, "half")
        && !(t.isSymbol(last + 4, '-') && t.attached(last + 4));
  }

  /** Applies a scale word or abbreviation after token {@code last}, if any. */
  private static Reading scaled(
      QuantityTokens t, int first, int last, double value, double g, boolean digits, boolean money) {
    int k = last + 1;
    long scale = 0;
    if (t.isWord(k)) {
      String w = t.lower(k);
      String exact = t.text(k);
      boolean attached = t.attached(k);
      if (SCALES.containsKey(w)) {
        scale = SCALES.get(w);
      } else if (w.equals("hundred") && digits) {
        scale = 100;
      } else if (w.equals("dozen") && digits) {
        scale = 12;
        g = 12;
        value *= 12;
        return new Reading(first, k, value, g, digits, 12, false);
      } else if (digits && SCALE_ABBREVIATIONS.containsKey(w)) {
        scale = SCALE_ABBREVIATIONS.get(w);
      } else if (digits && attached && (exact.equals("k") || exact.equals("K"))) {
        scale = 1_000;
      } else if (digits && attached && (exact.equals("b") || exact.equals("B")) && money) {
        scale = 1_000_000_000L;
      } else if (digits && attached && exact.equals("M")) {
        scale = 1_000_000;
      } else if (digits && attached && exact.equals("m") && (money || !metreFollows(t, k))) {
        scale = 1_000_000;
      }
    }
    if (scale == 0) {
      return new Reading(first, last, value, g, digits, 1, false);
    }
    return new Reading(first, k, value * scale, g * scale, digits, scale, false);
  }

  /** Whether the "m" at token {@code m} reads as metres: nothing word-like follows, or a measure word. */
  private static boolean metreFollows(QuantityTokens t, int m) {
    int k = m + 1;
    if (!t.isWord(k) || t.attached(k)) {
      return true;
    }
    return METRE_WORDS.contains("," + t.lower(k) + ",");
  }

  private static final int NONE = 0;
  private static final int ARTICLE = 1;
  private static final int SMALL_KIND = 2;
  private static final int TENS_KIND = 3;
  private static final int TENS_UNITS = 4;
  private static final int HUNDRED = 5;
  private static final int SCALE = 6;
  private static final int AND = 7;

  private static Reading readWords(QuantityTokens t, int i) {
    String w0 = t.lower(i);
    if (w0.equals("a") || w0.equals("an")) {
      return readArticle(t, i);
    }
    if (w0.equals("half")) {
      // "half a million", "half a dozen"; "half an hour" is the caller's (it needs the unit table).
      int a = next(t, i);
      if (a > 0 && (t.isWord(a, "a") || t.isWord(a, "an")) && next(t, a) > 0) {
        int s = next(t, a);
        String w = t.lower(s);
        if (SCALES.containsKey(w) || w.equals("hundred") || w.equals("dozen")) {
          double scale = w.equals("hundred") ? 100 : w.equals("dozen") ? 12 : SCALES.get(w);
          return new Reading(i, s, scale / 2, scale / 2, false, scale, false);
        }
      }
      return null;
    }
    if (!isNumberWord(w0) || w0.equals("hundred") || SCALES.containsKey(w0) || w0.equals("dozen")) {
      return null;
    }
    return readCompound(t, i, i, 0, NONE);
  }

  private static Reading readArticle(QuantityTokens t, int i) {
    int k = next(t, i);
    if (k < 0 || t.attached(k)) {
      return null;
    }
    String w = t.lower(k);
    if (w.equals("hundred") || SCALES.containsKey(w) || w.equals("dozen")) {
      return readCompound(t, i, k, 1, ARTICLE);
    }
    if (w.equals("quarter")) {
      // "a quarter", "a quarter million"; not "a quarter-final".
      if (t.isSymbol(k + 1, '-') && t.attached(k + 1)) {
        return null;
      }
      return scaled(t, i, k, 0.25, 0.25, false, false);
    }
    if (FRACTION.containsKey(w) && !w.equals("half") && t.isWord(k + 1, "of")) {
      // "a third of", never "a third summit".
      int den = FRACTION.get(w);
      return new Reading(i, k, 1.0 / den, 1.0 / den, false, 1, false);
    }
    return null;
  }

  /** Consumes a chain of number words from token {@code j}, after {@code i..} already read. */
  private static Reading readCompound(QuantityTokens t, int i, int j, long current, int kind) {
    long total = 0;
    long lastScale = Long.MAX_VALUE;
    boolean dozen = false;
    int last = kind == ARTICLE ? i : -1;
    int words = 0;
    while (j >= 0) {
      String w = t.lower(j);
      Integer small = SMALL.get(w);
      Integer tens = TENS.get(w);
      Long scale = SCALES.get(w);
      if (small != null) {
        if (kind == NONE) {
          current = small;
          kind = SMALL_KIND;
        } else if (kind == TENS_KIND && small >= 1 && small <= 9) {
          current += small;
          kind = TENS_UNITS;
        } else if ((kind == HUNDRED || kind == SCALE || kind == AND) && small > 0) {
          current += small;
          kind = SMALL_KIND;
        } else {
          break;
        }
      } else if (tens != null) {
        if (kind == NONE || kind == HUNDRED || kind == SCALE || kind == AND) {
          current += tens;
          kind = TENS_KIND;
        } else {
          break;
        }
      } else if (w.equals("hundred")) {
        if ((kind == SMALL_KIND || kind == TENS_KIND || kind == TENS_UNITS || kind == ARTICLE)
            && current > 0 && current < 100) {
          current *= 100;
          kind = HUNDRED;
        } else {
          break;
        }
      } else if (scale != null) {
        if (kind != NONE && kind != AND && kind != SCALE && current > 0 && scale < lastScale) {
          total += current * scale;
          current = 0;
          lastScale = scale;
          kind = SCALE;
        } else {
          break;
        }
      } else if (w.equals("dozen")) {
        if ((kind == SMALL_KIND || kind == TENS_KIND || kind == TENS_UNITS || kind == ARTICLE)
            && total == 0 && current > 0) {
          current *= 12;
          dozen = true;
          last = j;
        }
        break;
      } else if (w.equals("and") && (kind == HUNDRED || kind == SCALE) && !t.attached(j)) {
        int n = next(t, j);
        if (n < 0 || !(SMALL.containsKey(t.lower(n)) || TENS.containsKey(t.lower(n)))) {
          break;
        }
        kind = AND;
        j = n;
        continue;
      } else {
        break;
      }
      last = j;
      words++;
      j = next(t, j);
    }
    if (last < 0 || (kind == ARTICLE && !dozen)) {
      return null;
    }
    long whole = total + current;
    // "twenty-first": the cardinal is half of an ordinal.
    if (t.isSymbol(last + 1, '-') && t.attached(last + 1) && t.attached(last + 2)
        && ORDINALS.containsKey(t.lower(last + 2))) {
      return new Reading(i, last + 2, whole, 1, false, 1, true);
    }
    double g = dozen ? 12 : Math.pow(10, trailingZeros(Long.toString(whole)));
    boolean scaled = dozen || total > 0 || kind == HUNDRED;
    if (!scaled && words == 1 && whole >= 1 && whole <= 10) {
      Reading f = fractionWord(t, i, last, whole);
      if (f != null) {
        return f;
      }
    }
    if (!scaled && andAHalf(t, last)) {
      return scaled(t, i, last + 3, whole + 0.5, 0.5, false, false);
    }
    if (!scaled) {
      return scaled(t, i, last, whole, g, false, false);
    }
    double endScale = dozen ? 12 : kind == HUNDRED && total == 0 ? 100 : kind == SCALE ? lastScale : 1;
    return new Reading(i, last, whole, g, false, endScale, false);
  }

  /** "two thirds", "three-quarters", "one half": a small cardinal over a fraction word. */
  private static Reading fractionWord(QuantityTokens t, int i, int last, long numerator) {
    int k = next(t, last);
    if (k < 0) {
      return null;
    }
    String w = t.lower(k);
    Integer den = numerator == 1 ? FRACTION.get(w) : FRACTIONS.get(w);
    if (den == null || numerator >= den) {
      return null;
    }
    return new Reading(i, k, (double) numerator / den, 1.0 / den, false, 1, false);
  }

  /** The next word after token {@code j}: spaced, or joined by one hyphen ("twenty-five"); else -1. */
  private static int next(QuantityTokens t, int j) {
    if (t.isWord(j + 1) && !t.attached(j + 1)) {
      return j + 1;
    }
    if (t.isSymbolIn(j + 1, "-‐") && t.attached(j + 1) && t.isWord(j + 2) && t.attached(j + 2)) {
      return j + 2;
    }
    return -1;
  }

  /** Trailing zeros of an integer written in digits; none for zero itself. */
  private static int trailingZeros(String digits) {
    int n = 0;
    for (int k = digits.length() - 1; k > 0 && digits.charAt(k) == '0'; k--) {
      n++;
    }
    return n;
  }
}
