package dev.crosscheck.fact;

import com.google.common.base.CharMatcher;
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
          .put("zero", 0).put("nought", 0).put("naught", 0).put("one", 1).put("two", 2).put("three", 3).put("four", 4)
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

  /**
   * Scale words, singular and plural ("three billions"), with the Indian lakh (100,000) and crore
   * (10 million) in their usual spellings ("13 lakh", "three lakh crore").
   */
  private static final ImmutableMap<String, Long> SCALES =
      ImmutableMap.<String, Long>builder()
          .put("thousand", 1_000L).put("thousands", 1_000L).put("million", 1_000_000L)
          .put("millions", 1_000_000L).put("billion", 1_000_000_000L).put("billions", 1_000_000_000L)
          .put("trillion", 1_000_000_000_000L).put("trillions", 1_000_000_000_000L)
          .put("lakh", 100_000L).put("lakhs", 100_000L).put("lac", 100_000L).put("lacs", 100_000L)
          .put("lkh", 100_000L).put("lkhs", 100_000L).put("crore", 10_000_000L)
          .put("crores", 10_000_000L).put("krore", 10_000_000L).put("krores", 10_000_000L)
          .put("cr", 10_000_000L).put("koti", 10_000_000L)
          .buildOrThrow();

  /** Plural scale words, which never start a numeral ("millions of people" is no amount). */
  private static final String PLURAL_SCALES = ",thousands,millions,billions,trillions,lakhs,lacs,lkhs,crores,krores,";

  /** The ways of writing a dozen after a number ("3 dozens", "five dozs"). */
  private static final String DOZENS = ",dozen,dozens,doz,dozs,dz,dzs,";

  /** Scale abbreviations that may follow digits with or without a space ("1.2bn", "3 mln"). */
  private static final ImmutableMap<String, Long> SCALE_ABBREVIATIONS =
      ImmutableMap.of("bn", 1_000_000_000L, "bln", 1_000_000_000L, "mn", 1_000_000L,
          "mln", 1_000_000L, "mil", 1_000_000L, "tn", 1_000_000_000_000L, "tln", 1_000_000_000_000L);

  /** Singular fraction words and their denominators ("a quarter", "one third of"). */
  private static final ImmutableMap<String, Long> FRACTION =
      ImmutableMap.<String, Long>builder()
          .put("half", 2L).put("third", 3L).put("quarter", 4L).put("fourth", 4L).put("fifth", 5L)
          .put("sixth", 6L).put("seventh", 7L).put("eighth", 8L).put("ninth", 9L).put("tenth", 10L)
          .put("hundredth", 100L).put("thousandth", 1_000L).put("millionth", 1_000_000L)
          .put("billionth", 1_000_000_000L).put("trillionth", 1_000_000_000_000L)
          .buildOrThrow();

  /** Plural fraction words ("two thirds", "three-quarters"). */
  private static final ImmutableMap<String, Long> FRACTIONS =
      ImmutableMap.<String, Long>builder()
          .put("halves", 2L).put("thirds", 3L).put("quarters", 4L).put("fourths", 4L).put("fifths", 5L)
          .put("sixths", 6L).put("sevenths", 7L).put("eighths", 8L).put("ninths", 9L).put("tenths", 10L)
          .put("hundredths", 100L).put("thousandths", 1_000L).put("millionths", 1_000_000L)
          .put("billionths", 1_000_000_000L).put("trillionths", 1_000_000_000_000L)
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

  /** Whether the lower-case word is a fraction word ("half", "quarters", "fifths"). */
  static boolean isFractionWord(String lower) {
    return FRACTION.containsKey(lower) || FRACTIONS.containsKey(lower);
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
    String s = GROUPING.removeFrom(raw);
    int dot = s.indexOf('.');
    if ((dot < 0 ? s.length() : dot) > MAX_DIGITS) {
      return null;
    }
    double value = Double.parseDouble(s);
    double g = dot >= 0 ? Math.pow(10, -(s.length() - dot - 1)) : Math.pow(10, trailingZeros(s));
    int last = i;
    boolean plain = s.equals(raw);
    if (dot < 0 && plain && t.isSymbol(i + 1, '/') && t.attached(i + 1)) {
      // "1/2" standing alone; the caller has already refused "4/26/2019" and the like.
      int den = fractionDenominator(t, i);
      if (den <= 0) {
        return null;
      }
      return new Reading(i, i + 2, value / den, 1.0 / den, true, 1, false);
    }
    int e = exponentEnd(t, i);
    if (e > 0) {
      // "1.3e6", "12.32e+14": the exponent scales the value and its granularity alike
      int exponent = Integer.parseInt(t.text(e)) * (t.isSymbolIn(e - 1, "-−") ? -1 : 1);
      double scale = Math.pow(10, exponent);
      return new Reading(i, e, value * scale, g * scale, true, 1, false);
    }
    if (dot < 0 && plain) {
      Reading decimals = pointDecimals(t, i, value);
      if (decimals != null) {
        return scaled(t, i, decimals.last(), decimals.value(), decimals.granularity(), true, money);
      }
      int den;
      double[] and;
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
      } else if ((and = andFraction(t, i)) != null) {
        value += and[0];
        g = and[2];
        last = (int) and[1];
      }
    }
    return scaled(t, i, last, value, g, true, money);
  }

  /** Thousands separators that are stripped before parsing ("10,000", "40 000", "1\u202f234"). */
  private static final CharMatcher GROUPING =
      CharMatcher.anyOf(", \u00a0\u202f\u2009");

  /** The token that ends an exponent glued to digits at {@code i} ("1e10", "12.32e+14"), or -1. */
  private static int exponentEnd(QuantityTokens t, int i) {
    int k = i + 1;
    if (!(t.isWord(k) && t.attached(k) && (t.text(k).equals("e") || t.text(k).equals("E")))) {
      return -1;
    }
    k++;
    if (t.isSymbolIn(k, "+-−") && t.attached(k)) {
      k++;
    }
    if (!(t.isDigits(k) && t.attached(k)) || t.end(k) - t.start(k) > 3
        || !t.text(k).chars().allMatch(c -> c >= '0' && c <= '9')
        || (t.isWord(k + 1) && t.attached(k + 1))) {
      return -1;
    }
    return k;
  }

  /**
   * "1 point 1", "two point five", "nine point nought four", "two hundred point seventy-one": the
   * decimals read after "point" following a whole number whose last token is {@code last}; null
   * when no decimals follow.
   */
  private static Reading pointDecimals(QuantityTokens t, int last, double whole) {
    int k = last + 1;
    if (!t.isWord(k, "point") || t.attached(k)) {
      return null;
    }
    int j = k + 1;
    String digits;
    int end;
    if (t.isDigits(j) && !t.attached(j) && t.text(j).chars().allMatch(c -> c >= '0' && c <= '9')) {
      digits = t.text(j);
      end = j;
    } else if (t.isWord(j) && !t.attached(j)) {
      Integer small = SMALL.get(t.lower(j));
      Integer tens = TENS.get(t.lower(j));
      if (small != null && small <= 9) {
        StringBuilder b = new StringBuilder();
        end = j;
        for (int m = j; t.isWord(m) && !t.attached(m); m++) {
          Integer d = SMALL.get(t.lower(m));
          if (d == null || d > 9) {
            break;
          }
          b.append(d);
          end = m;
        }
        digits = b.toString();
      } else if (small != null) {
        digits = Integer.toString(small);
        end = j;
      } else if (tens != null) {
        int n = next(t, j);
        Integer unit = n > 0 ? SMALL.get(t.lower(n)) : null;
        if (unit != null && unit >= 1 && unit <= 9) {
          digits = Integer.toString(tens + unit);
          end = n;
        } else {
          digits = Integer.toString(tens);
          end = j;
        }
      } else {
        return null;
      }
    } else {
      return null;
    }
    double fraction = Double.parseDouble("0." + digits);
    return new Reading(last, end, whole + fraction, Math.pow(10, -digits.length()), false, 1, false);
  }

  /**
   * A fraction joined by "and" after a whole number ending at token {@code last}: "and a half", "and
   * half", "and a quarter", "and three fifths", "and two quarter"; as {value, last token,
   * granularity}, or null. Not when the fraction word runs on with a hyphen ("and a half-hour").
   */
  private static double[] andFraction(QuantityTokens t, int last) {
    int k = last + 1;
    if (!t.isWord(k, "and") || t.attached(k) || !t.isWord(k + 1) || t.attached(k + 1)) {
      return null;
    }
    String w = t.lower(k + 1);
    int f;
    double numerator;
    if (w.equals("half") || w.equals("quarter")) {
      f = k + 1;
      numerator = 1;
    } else if ((w.equals("a") || w.equals("an") || w.equals("one")) && t.isWord(k + 2) && !t.attached(k + 2)) {
      f = k + 2;
      numerator = 1;
    } else if (SMALL.containsKey(w) && SMALL.get(w) >= 1 && t.isWord(k + 2) && !t.attached(k + 2)) {
      f = k + 2;
      numerator = SMALL.get(w);
    } else {
      return null;
    }
    String fw = t.lower(f);
    Long den = numerator == 1 ? FRACTION.get(fw) : fw.equals("quarter") ? Long.valueOf(4) : FRACTIONS.get(fw);
    if (den == null || numerator >= den || (t.isSymbolIn(f + 1, "-‐") && t.attached(f + 1))) {
      return null;
    }
    return new double[] {numerator / den, f, 1.0 / den};
  }

  /** The denominator when tokens i, i+1, i+2 are "n/d" with n < d and d a usual denominator; else 0. */
  private static int fractionDenominator(QuantityTokens t, int i) {
    if (!(t.isDigits(i) && t.isSymbol(i + 1, '/') && t.attached(i + 1) && t.isDigits(i + 2)
        && t.attached(i + 2))) {
      return 0;
    }
    String n = t.text(i);
    String d = t.text(i + 2);
    // ".1/21": a digits token may open with a decimal point, and that is no numerator
    if (n.length() > 3 || d.length() > 3 || !plainDigits(n) || !DENOMINATORS.contains("," + d + ",")) {
      return 0;
    }
    int num = Integer.parseInt(n);
    int den = Integer.parseInt(d);
    return num > 0 && num < den ? den : 0;
  }

  private static boolean plainDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Applies a scale word or abbreviation after token {@code last}, if any. */
  private static Reading scaled(
      QuantityTokens t, int first, int last, double value, double g, boolean digits, boolean money) {
    int k = last + 1;
    long scale = 0;
    // "$4.77-billion": a scale word hyphenated to the digits
    if (digits && t.isSymbol(k, '-') && t.attached(k) && t.attached(k + 1) && t.isWord(k + 1)
        && SCALES.containsKey(t.lower(k + 1))) {
      long hyphenated = SCALES.get(t.lower(k + 1));
      return new Reading(first, k + 1, value * hyphenated, g * hyphenated, digits, hyphenated, false);
    }
    if (t.isWord(k)) {
      String w = t.lower(k);
      String exact = t.text(k);
      boolean attached = t.attached(k);
      // a one-letter scale may stand apart from the digits only at the end of the phrase ("2.33 k"),
      // not before an abbreviation's dot ("1 k.g.")
      boolean alone = attached || (!t.isWord(k + 1) && !(t.isSymbol(k + 1, '.') && t.attached(k + 1)));
      if (SCALES.containsKey(w)) {
        scale = SCALES.get(w);
      } else if (w.equals("hundred") && digits) {
        scale = 100;
      } else if (DOZENS.contains("," + w + ",") && digits) {
        return new Reading(first, k, value * 12, 12, digits, 12, false);
      } else if (digits && SCALE_ABBREVIATIONS.containsKey(w)) {
        scale = SCALE_ABBREVIATIONS.get(w);
      } else if (digits && exact.equals("MM")) {
        scale = 1_000_000;
      } else if (digits && alone && (exact.equals("k") || exact.equals("K"))) {
        scale = 1_000;
      } else if (digits && attached && (exact.equals("b") || exact.equals("B")) && money) {
        scale = 1_000_000_000L;
      } else if (digits && alone && exact.equals("M")) {
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
    if (w.equals("hundred") || (SCALES.containsKey(w) && !PLURAL_SCALES.contains("," + w + ","))
        || w.equals("dozen")) {
      return readCompound(t, i, k, 1, ARTICLE);
    }
    if (w.equals("quarter")) {
      // "a quarter", "a quarter million"; not "a quarter-final".
      if (t.isSymbol(k + 1, '-') && t.attached(k + 1)) {
        return null;
      }
      return scaled(t, i, k, 0.25, 0.25, false, false);
    }
    Integer tens = TENS.get(w);
    int o = tens != null ? next(t, k) : -1;
    Integer ordinal = o > 0 ? unitOrdinal(t, o, 1) : null;
    if (ordinal != null && o == k + 2) {
      return new Reading(i, o, 1.0 / (tens + ordinal), 1.0 / (tens + ordinal), false, 1, false); // "a twenty-first"
    }
    if (FRACTION.containsKey(w) && endsFraction(t, k) && !t.isWord(i - 1, "and")) {
      // "a third of", "a fifth." but never "a third summit", "a half hour" or the "and a half" of
      // "the first hour and a half of it"
      long den = FRACTION.get(w);
      return new Reading(i, k, 1.0 / den, 1.0 / den, false, 1, false);
    }
    return null;
  }

  /** Whether a singular fraction word at token {@code k} reads as a fraction: "of" or no word follows. */
  private static boolean endsFraction(QuantityTokens t, int k) {
    if (t.isSymbolIn(k + 1, "-‐") && t.attached(k + 1)) {
      return false;
    }
    return t.isWord(k + 1, "of") || !t.isWord(k + 1);
  }

  /** Whether {@code base + factor * scale} fits in a long. */
  private static boolean fits(long base, long factor, long scale) {
    try {
      Math.addExact(base, Math.multiplyExact(factor, scale));
      return true;
    } catch (ArithmeticException overflow) {
      return false;
    }
  }

  /** Consumes a chain of number words from token {@code j}, after {@code i..} already read. */
  private static Reading readCompound(QuantityTokens t, int i, int j, long current, int kind) {
    long total = 0;
    long lastScale = Long.MAX_VALUE;
    boolean dozen = false;
    int last = kind == ARTICLE ? i : -1;
    int words = 0;
    long andBase = -1;
    int lastTens = 0;
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
        // A chain past what a long holds ("three lakh crore trillion") ends before the word that
        // would overflow it.
        if (kind != NONE && kind != AND && kind != SCALE && current > 0 && scale < lastScale
            && fits(total, current, scale)) {
          total += current * scale;
          current = 0;
          lastScale = scale;
          kind = SCALE;
        } else if (kind == SCALE && current == 0 && total > 0 && scale > lastScale && fits(0, total, scale)) {
          total *= scale; // "three thousand millions", "three lakh crore"
          lastScale = scale;
        } else {
          break;
        }
      } else if (DOZENS.contains("," + w + ",")) {
        if ((kind == SMALL_KIND || kind == TENS_KIND || kind == TENS_UNITS || kind == ARTICLE
                || kind == HUNDRED)
            && total == 0 && current > 0) {
          // "three hundred and two dozens": the dozens are what follows "and"
          current = andBase >= 0 ? andBase + (current - andBase) * 12 : current * 12;
          dozen = true;
          last = j;
        }
        break;
      } else if (w.equals("and") && (kind == HUNDRED || kind == SCALE) && !t.attached(j)) {
        int n = next(t, j);
        if (n < 0 || !(SMALL.containsKey(t.lower(n)) || TENS.containsKey(t.lower(n)))) {
          break;
        }
        andBase = total + current;
        kind = AND;
        j = n;
        continue;
      } else {
        break;
      }
      lastTens = tens != null && kind == TENS_KIND ? tens : 0;
      last = j;
      words++;
      j = next(t, j);
      if (j < 0 && kind == TENS_KIND && t.isSymbolIn(last + 1, "-‐") && !t.attached(last + 1)
          && t.isWord(last + 2) && !t.attached(last + 2)) {
        Integer unit = SMALL.get(t.lower(last + 2));
        if (unit != null && unit >= 1 && unit <= 9) {
          j = last + 2; // "fifty - two"
        }
      }
    }
    if (last < 0 || (kind == ARTICLE && !dozen)) {
      return null;
    }
    long whole = total + current;
    // "twenty-first": the cardinal is half of an ordinal.
    if (kind == TENS_KIND && t.isSymbol(last + 1, '-') && t.attached(last + 1) && t.attached(last + 2)
        && ORDINALS.containsKey(t.lower(last + 2))) {
      return new Reading(i, last + 2, whole, 1, false, 1, true);
    }
    double g = dozen ? 12 : Math.pow(10, trailingZeros(Long.toString(whole)));
    boolean scaled = dozen || total > 0 || kind == HUNDRED;
    if (!dozen) {
      Reading f = fractionWord(t, i, last, whole, andBase, lastTens);
      if (f != null) {
        return f;
      }
      Reading decimals = pointDecimals(t, last, whole);
      if (decimals != null && total == 0) {
        return scaled(t, i, decimals.last(), decimals.value(), decimals.granularity(), false, false);
      }
      double[] and = andFraction(t, last);
      if (and != null) {
        return scaled(t, i, (int) and[1], whole + and[0], and[2], false, false);
      }
    }
    if (!scaled) {
      return scaled(t, i, last, whole, g, false, false);
    }
    double endScale = dozen ? 12 : kind == HUNDRED && total == 0 ? 100 : kind == SCALE ? lastScale : 1;
    return new Reading(i, last, whole, g, false, endScale, false);
  }

  /**
   * "two thirds", "three-quarters", "one fifth of", "twenty-three fifths", "one hundred and three
   * quarters" (the part after "and" is the numerator): a cardinal over a fraction word. A singular
   * fraction word follows only "one", and then joined by a hyphen ("one-tenth the number") or before
   * "of" or no word ("one hundredth anniversary" is an ordinal).
   */
  private static Reading fractionWord(
      QuantityTokens t, int i, int last, long whole, long andBase, int lastTens) {
    int k = next(t, last);
    if (k < 0 && t.isSymbolIn(last + 1, "-‐") && !t.attached(last + 1) && t.isWord(last + 2)
        && !t.attached(last + 2)) {
      k = last + 2; // "one - fourth"
    }
    if (k < 0 || whole == 0) {
      return null;
    }
    String w = t.lower(k);
    Integer unitOrdinal = unitOrdinal(t, k, whole);
    if (unitOrdinal != null && lastTens > 0 && whole > lastTens && andBase < 0) {
      // "one hundred thirty fifths": the tens begin the denominator, 100/35
      long den = lastTens + unitOrdinal;
      return new Reading(i, k, (double) (whole - lastTens) / den, 1.0 / den, false, 1, false);
    }
    Integer tens = TENS.get(w);
    int o = tens != null ? next(t, k) : -1;
    Integer after = o > 0 ? unitOrdinal(t, o, whole) : null;
    if (after != null) {
      // "one twenty-fifth", "three twenty-firsts": a compound ordinal denominator
      long den = tens + after;
      return new Reading(i, o, (double) whole / den, 1.0 / den, false, 1, false);
    }
    Long den = FRACTIONS.get(w);
    boolean joined = k == last + 2 && t.attached(k) && !(t.isSymbolIn(k + 1, "-‐") && t.attached(k + 1));
    if (den == null && whole == 1 && andBase < 0 && (joined || endsFraction(t, k))) {
      den = FRACTION.get(w); // "one-tenth the number", "one fifth of", not "one hundredth anniversary"
    }
    if (den == null) {
      return null;
    }
    // after "and", a small numerator is a fraction of its own ("one hundred and three quarters")
    boolean own = andBase >= 0 && whole - andBase < 10;
    double value = own ? andBase + (double) (whole - andBase) / den : (double) whole / den;
    return new Reading(i, k, value, 1.0 / den, false, 1, false);
  }

  /**
   * The value of an ordinal from first to ninth at token {@code k} that can end a compound
   * denominator: plural ("fifths", "firsts"), or singular after one ("one twenty-fifth"); null
   * otherwise. "seconds" is time, never a denominator.
   */
  private static Integer unitOrdinal(QuantityTokens t, int k, long numerator) {
    String w = t.lower(k);
    if (w.endsWith("s") && !w.equals("seconds")) {
      Integer v = ORDINALS.get(w.substring(0, w.length() - 1));
      return v != null && v != 2 ? v : null;
    }
    Integer v = ORDINALS.get(w);
    return v != null && v != 2 && numerator == 1 && endsFraction(t, k) ? v : null;
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
