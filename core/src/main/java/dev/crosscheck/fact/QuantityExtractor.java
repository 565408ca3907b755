package dev.crosscheck.fact;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.Sentence;
import java.util.Optional;

/**
 * Finds every number in a document and reads it as a hedged {@link Quantity}.
 *
 * <p>Each sentence's original characters are read on their own (the document only supplies the
 * sentence boundaries), left to right, in time linear in their length. A quantity's span runs from
 * its hedge or currency sign to its unit or counted noun: "more than three hours", "about 4 1/2
 * hours", "More than 10,000 North Korean workers", "$1.2bn", "between 3 and 5 hours". The tables
 * are {@link Units} (units of measure and currency signs), {@link QuantityHedges} (qualifying
 * words) and {@link NumberParser} (numerals); the counted noun is found by {@link QuantityNouns}.
 *
 * <p>One quantity each: a negative number ("-5C", "minus five percent"); a compound amount, summed
 * in its first unit ("7 years, 1 month", "5 feet 10 inches", "3 dollars 50 cents", "1 hour thirty");
 * a proportion, as its fraction ("one in three adults"); "a couple of days" (two, read as [1, 3]);
 * "another hour", "a full day", "all day" (at most a day).
 *
 * <p>Not quantities, and so left out: ordinals ("first", "21st", "twenty-first"), "one" that counts
 * nothing ("one of them", "one in Singapore", "the other one"), "a couple of" that counts nothing
 * ("a couple of times"), digits inside names and identifiers ("COVID-19", "G7", "A380", "a .40
 * caliber pistol"), hyphenated accounting periods ("full-year funding"), phone numbers, version numbers, times of day ("5 p.m.",
 * "6:30", "five o'clock"), the day in a date ("April 26", "26 April", "Nov. 28"), decades
 * ("1990s") and all-digit dates ("2019-04-26", "4/26/2019"). A year standing alone ("in 2017",
 * "March 2018") is a quantity without unit or noun and with granularity 1; {@link #isYear(Quantity)}
 * tells it apart.
 */
public final class QuantityExtractor implements Extractor<Quantity> {

  private static final ImmutableSet<String> MONTHS =
      ImmutableSet.of("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
          "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

  /** Words after which "a day", "an hour" is a rate, not one day or one hour ("twice a day"). */
  private static final ImmutableSet<String> RATE_WORDS =
      ImmutableSet.of("once", "twice", "thrice", "times", "per", "every");

  /** Words before "one" that make it a pronoun ("the other one", "no one", "this one"). */
  private static final ImmutableSet<String> PRONOUN_DETERMINERS =
      ImmutableSet.of("the", "this", "that", "no", "any", "every", "each", "which", "other", "another", "what");

  /** Words that may stand between a number and its unit ("two more hours", "three full days"). */
  private static final ImmutableSet<String> UNIT_ADJECTIVES =
      ImmutableSet.of("more", "extra", "additional", "further", "less", "fewer", "full", "whole",
          "straight", "consecutive");

  /** Words before a singular unit that count one of it ("another hour", "a full day", "all day"). */
  private static final ImmutableSet<String> ONE_WORDS = ImmutableSet.of("another", "full", "whole", "all");

  /** Units whose hundredth part a bare number after them counts ("$20 43", "thirteen dollars forty five"). */
  private static final ImmutableSet<String> MINOR_UNITS = ImmutableSet.of("cent", "penny", "sen", "kopiyka");

  /** The words after a hyphenated unit that make it an age or a length ("10-year-old", "a year-long"). */
  private static final ImmutableSet<String> UNIT_TAILS = ImmutableSet.of("old", "olds", "long");

  /** An extractor with the standard unit and hedge tables. */
  public QuantityExtractor() {}

  @Override
  public ImmutableList<Quantity> extract(Document document) {
    ImmutableList.Builder<Quantity> out = ImmutableList.builder();
    for (Sentence sentence : document.sentences()) {
      new SentenceScan(document, sentence, out).run();
    }
    return out.build();
  }

  /**
   * Whether the quantity is a year standing alone ("in 2017", "March 2018"): four digits from 1900
   * to 2100, no hedge, unit or noun. Such a quantity states a date, not an amount; rules that compare
   * amounts usually skip it.
   *
   * @param q a quantity, as this extractor reads it
   * @return true when {@code q} is a lone year
   */
  public static boolean isYear(Quantity q) {
    String text = q.text();
    if (q.unit().isPresent() || q.noun().isPresent() || q.hedge() != Hedge.EXACT || text.length() != 4) {
      return false;
    }
    for (int k = 0; k < 4; k++) {
      if (!QuantityTokens.isAsciiDigit(text.charAt(k))) {
        return false;
      }
    }
    return q.value() >= 1900 && q.value() <= 2100;
  }

  /** A numeral with what was already found around it, before hedges, ranges and nouns. */
  private record Numeral(
      int first, int last, double value, double granularity, boolean digits, double scale,
      Unit unit, int unitLast, Hedge implied) {

    Numeral(int first, int last, double value, double granularity, boolean digits, double scale,
        Unit unit, int unitLast) {
      this(first, last, value, granularity, digits, scale, unit, unitLast, null);
    }

    static Numeral of(NumberParser.Reading r) {
      return new Numeral(r.first(), r.last(), r.value(), r.granularity(), r.digits(), r.scale(), null, -1);
    }

    boolean numeric() {
      return digits || scale != 1;
    }
  }

  /** The reading of one sentence; used once, by one thread. */
  private static final class SentenceScan {
    private final Document document;
    private final int sentence;
    private final QuantityTokens t;
    private final ImmutableList.Builder<Quantity> out;
    /** The first token not yet used by a quantity or a skipped expression; hedges look back to it. */
    private int floor;
    /** The last token of the last quantity emitted, or -2. */
    private int lastEmitted = -2;

    SentenceScan(Document document, Sentence sentence, ImmutableList.Builder<Quantity> out) {
      this.document = document;
      this.sentence = sentence.index();
      this.t = QuantityTokens.of(document.text(), sentence.start(), sentence.end());
      this.out = out;
    }

    void run() {
      int i = 0;
      while (i < t.size()) {
        i = Math.max(i + 1, at(i));
      }
    }

    /** Marks the tokens before {@code next} as used, so no later hedge or sign reaches back into them. */
    private int consume(int next) {
      floor = Math.max(floor, next);
      return next;
    }

    /**
     * Reads what starts at token {@code i}. Returns the token to go on from: {@code i + 1} when
     * nothing was there, the token after an emitted or skipped expression otherwise (then consumed).
     */
    private int at(int i) {
      switch (t.kind(i)) {
        case DIGITS:
          return atDigits(i);
        case WORD:
          return atWord(i);
        default:
          if (NumberParser.isVulgar(t, i) && !(t.attached(i) && t.isWord(i - 1))) {
            NumberParser.Reading r = NumberParser.read(t, i, false);
            return r == null ? i + 1 : build(Numeral.of(r), null);
          }
          return i + 1;
      }
    }

    private int atDigits(int i) {
      boolean glued = t.attached(i);
      Units.Found sign = Units.before(t, i, floor);
      boolean gluedSign = glued && t.isWord(i - 1) && sign != null && sign.last() == i - 1;
      if (glued && !gluedSign && (t.isWord(i - 1) || t.isSymbolIn(i - 1, "#+@_./:\\"))) {
        return skipChain(i); // G7, MH17, #5, +1-222, v1.2, and what is left of a skipped chain
      }
      if (glued && t.isSymbolIn(i - 1, "-‐") && t.attached(i - 1) && t.isWord(i - 2)
          && !isLowerCase(i - 2)) {
        return skipChain(i); // COVID-19, F-16; but "mid-2018" is a year
      }
      if (t.isSymbolIn(i + 1, ":.") && t.attached(i + 1) && t.isDigits(i + 2) && t.attached(i + 2)) {
        return skipChain(i); // 6:30, 1.2.3, 192.168.0.1
      }
      if (t.isSymbol(i + 1, '/') && t.attached(i + 1) && t.isDigits(i + 2) && t.attached(i + 2)
          && t.isSymbol(i + 3, '/') && t.attached(i + 3)) {
        return skipChain(i); // 4/26/2019
      }
      if (t.isSymbolIn(i + 1, "-‐") && t.attached(i + 1) && t.isDigits(i + 2) && t.attached(i + 2)
          && t.isSymbolIn(i + 3, "-‐") && t.attached(i + 3) && t.isDigits(i + 4) && t.attached(i + 4)) {
        return skipChain(i); // 2019-04-26, 222-555-0199
      }
      if (t.isWord(i + 1) && t.attached(i + 1)) {
        String suffix = t.lower(i + 1);
        if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")
            || suffix.equals("s")) {
          return consume(i + 2); // 21st, 3rd, the 1990s
        }
      }
      if (t.text(i).length() > 1 && t.text(i).charAt(0) == '0' && QuantityTokens.isAsciiDigit(t.text(i).charAt(1))
          && !t.text(i).contains(".") && !t.text(i).contains(",") && t.isWord(i - 1)
          && Character.isUpperCase(t.text(i - 1).charAt(0))) {
        return skipChain(i); // "Haixun 01", "Route 066": after a name, a leading zero numbers it
      }
      if (t.text(i).startsWith(".") && (t.isWord(i + 1, "caliber") || t.isWord(i + 1, "calibre")
          || (t.isSymbolIn(i + 1, "-‐") && (t.isWord(i + 2, "caliber") || t.isWord(i + 2, "calibre"))))) {
        return skipChain(i); // a .40 caliber pistol: the name of a cartridge
      }
      NumberParser.Reading r = NumberParser.read(t, i, sign != null);
      if (r == null) {
        return skipChain(i); // too many digits to be an amount, or "24/7"
      }
      return build(Numeral.of(r), sign);
    }

    /**
     * A count written as a plural of a power ("hundreds of", "thousands of", "dozens of", "tens of
     * thousands of", "hundreds of millions of") followed by what it counts: {low, high - low, index of
     * the last "of"}, or null.
     */
    private double[] vagueCount(int i) {
      double low = vaguePower(t.lower(i));
      if (low == 0 || !t.isWord(i + 1, "of") || t.isWord(i - 1, "of")
          && vaguePower(t.lower(i - 2)) > 0) {
        return null;
      }
      int of = i + 1;
      double scale = low;
      double next = vaguePower(t.lower(i + 2));
      if (next >= 1000 && t.isWord(i + 3, "of") && (low == 10 || low == 100)) {
        scale = low * next; // "tens of thousands of", "hundreds of millions of"
        of = i + 3;
      }
      if (!t.isWord(of + 1) || t.attached(of + 1)
          || Units.after(t, of + 1, of, false) == null && QuantityNouns.after(t, of, false) == null) {
        return null;
      }
      double high = low == 24 ? 144 : scale * 10;
      return new double[] {scale, high - scale, of};
    }

    private static double vaguePower(String w) {
      return switch (w) {
        case "tens" -> 10;
        case "dozens" -> 24;
        case "hundreds" -> 100;
        case "thousands" -> 1_000;
        case "millions" -> 1_000_000;
        case "billions" -> 1_000_000_000;
        default -> 0;
      };
    }

    private int atWord(int i) {
      if (t.end(i) - t.start(i) > NumberParser.LONGEST_WORD) {
        return i + 1; // no numeral word is that long; spares a lower-case copy of every word
      }
      String w = t.lower(i);
      int couple = w.equals("couple") || w.equals("pair") ? i
          : (w.equals("a") && (t.isWord(i + 1, "couple") || t.isWord(i + 1, "pair"))) ? i + 1 : -1;
      if (couple >= 0 && t.isWord(couple + 1, "of") && t.isWord(couple + 2) && !t.attached(couple + 2)
          && (Units.after(t, couple + 2, couple + 1, false) != null
              || QuantityNouns.after(t, couple + 1, false) != null)) {
        // "a couple of days": two, loosely; read with the granularity of two, so [1, 3]. Only with
        // a unit or a counted noun: "a couple of times" counts nothing.
        return build(new Numeral(i, couple + 1, 2, 2, false, 1, null, -1), null);
      }
      double[] vague = vagueCount(i);
      if (vague != null) {
        // "hundreds of people", "tens of thousands of workers": at least the power named, at most the
        // next one; read as [x, x + g] like "at least", with a counted noun or a unit only.
        int of = (int) vague[2];
        return build(new Numeral(i, of, vague[0], vague[1], false, 1, null, -1, Hedge.AT_LEAST), null);
      }
      if (ONE_WORDS.contains(w)) {
        boolean hyphen = t.isSymbolIn(i + 1, "-‐") && t.attached(i + 1) && t.attached(i + 2);
        int k = hyphen ? i + 2 : t.isWord(i + 1) && !t.attached(i + 1) ? i + 1 : -1;
        Units.Found u = k > 0 ? Units.afterArticle(t, k) : null;
        // "an all-day meeting" is its length, but "full-year funding" and "full-month results" are
        // accounting periods: hyphenated, only days, nights and weeks
        boolean period = hyphen && u != null && u.unit().factor() > 604_800;
        if (u != null && !period && (w.equals("another") || u.unit().dimension().equals("duration"))
            && t.lower(u.last()).equals(u.unit().name())) {
          // "all day" is at most a day; "another hour", "a full day" one
          Hedge implied = w.equals("all") ? Hedge.UP_TO : null;
          return build(new Numeral(i, i, 1, 1, false, 1, u.unit(), u.last(), implied), null);
        }
        return i + 1;
      }
      if (w.equals("a") || w.equals("an")) {
        if (t.isWord(i + 1) && !t.attached(i + 1)) {
          Units.Found u = Units.afterArticle(t, i + 1);
          if (u != null) {
            if (lastEmitted == i - 1 || RATE_WORDS.contains(t.lower(i - 1))) {
              return consume(u.last() + 1); // "$5 a day", "twice a week": a rate, not a day or a week
            }
            return build(new Numeral(i, i, 1, 1, false, 1, u.unit(), u.last()), null);
          }
        }
      } else if (w.equals("half")) {
        int a = i + 1;
        if ((t.isWord(a, "a") || t.isWord(a, "an")) && !t.attached(a) && t.isWord(a + 1)
            && !t.attached(a + 1)) {
          Units.Found u = Units.after(t, a + 1, a, false);
          if (u != null) {
            return build(new Numeral(i, a, 0.5, 0.5, false, 1, u.unit(), u.last()), null);
          }
        } else if (t.isSymbolIn(a, "-‐") && t.attached(a)) {
          Units.Found u = Units.after(t, a, i, false);
          if (u != null) {
            return build(new Numeral(i, i, 0.5, 0.5, false, 1, u.unit(), u.last()), null);
          }
        } else if (t.isWord(a) && !t.attached(a)) {
          Units.Found u = Units.afterArticle(t, a); // "half hour", "half day"
          if (u != null && t.lower(u.last()).equals(u.unit().name())) {
            return build(new Numeral(i, i, 0.5, 0.5, false, 1, u.unit(), u.last()), null);
          }
        }
      } else if (!NumberParser.isNumberWord(w)) {
        return i + 1;
      }
      NumberParser.Reading r = NumberParser.read(t, i, false);
      if (r == null) {
        return i + 1;
      }
      if (r.ordinal()) {
        return consume(r.last() + 1);
      }
      return build(Numeral.of(r), null);
    }

    /** Steps over an identifier or a date or time written in digits: everything glued to token i. */
    private int skipChain(int i) {
      int k = i + 1;
      while (k < t.size() && t.attached(k)) {
        if (t.kind(k) != QuantityTokens.Kind.SYMBOL) {
          k++;
        } else if (t.isSymbolIn(k, "-‐./:_") && k + 1 < t.size() && t.attached(k + 1)
            && t.kind(k + 1) != QuantityTokens.Kind.SYMBOL) {
          k += 2;
        } else {
          break;
        }
      }
      return consume(k);
    }

    /** Completes a numeral with its sign, unit, hedges, range and noun, and emits it. */
    private int build(Numeral n, Units.Found sign) {
      int last = n.last();
      if (n.digits() || n.first() == last) {
        int time = timeAfter(last);
        if (time >= 0) {
          return consume(time + 1);
        }
      }
      if (isDayOfMonth(n)) {
        return consume(last + 1);
      }
      Numeral ratio = ratio(n, sign);
      if (ratio != null) {
        n = ratio;
        last = n.last();
      }
      double value = n.value();
      double g = n.granularity();
      Unit unit = n.unit();
      int end = n.unit() != null ? n.unitLast() : last;
      if (unit == null) {
        Units.Found u = Units.after(t, last + 1, last, n.numeric());
        if (u == null && sign == null && t.isWord(last + 1) && !t.attached(last + 1)
            && (UNIT_ADJECTIVES.contains(t.lower(last + 1))
                || (t.isWord(last + 1, "of") && NumberParser.isFractionWord(t.lower(last))))) {
          u = Units.after(t, last + 2, last + 1, n.numeric()); // "two more hours", "three quarters of an hour"
          if (u != null && t.isWord(last + 1, "of") && u.unit().dimension().startsWith("money")) {
            u = null;
          }
        }
        if (u != null && (sign == null || u.unit().comparableWith(sign.unit()))) {
          unit = sign != null ? sign.unit() : u.unit();
          end = u.last();
        }
      }
      if (unit != null && sign == null && unit.dimension().equals("money:GBP") && unit.name().equals("pound")
          && n.scale() == 1 && t.lower(end).startsWith("pound") && t.isWord(end + 1, "of")) {
        unit = Units.forSpelling("lb").orElseThrow(); // "two pounds of meat" is mass
      }
      if (unit == null && sign != null) {
        unit = sign.unit();
      }
      if (n.digits() && t.isWord(end + 1) && t.attached(end + 1)) {
        return skipChain(n.first()); // 3D, 5G, 4x4: a name, not an amount
      }
      int half;
      if (unit != null && end > last && value == Math.rint(value) && (half = andAHalf(end)) > 0) {
        value += 0.5; // "an hour and a half", "an hour and half"
        g = 0.5;
        end += half;
      }
      if (unit != null && end > last && t.isSymbolIn(end + 1, "-‐") && t.attached(end + 1)
          && t.attached(end + 2) && UNIT_TAILS.contains(t.lower(end + 2))) {
        end += 2; // "10-year-old", "a year-long"
      }
      int start = sign != null ? Math.min(sign.first(), n.first()) : n.first();
      int minus = minusBefore(start);
      QuantityHedges.Found hedge = QuantityHedges.before(t, minus >= 0 ? minus : start, floor);
      if (unit != null && (hedge == null || hedge.hedge() != Hedge.RANGE)) {
        double[] sum = compound(unit, end, value, g);
        if (sum != null) {
          value = sum[0];
          g = sum[1];
          end = (int) sum[2];
        }
      }

      Range range = range(n, unit, end, hedge, start);
      if (range == null && minus >= 0) {
        value = -value; // "-5", "minus five percent"
        start = minus;
      }
      if (range == null && hedge != null && hedge.hedge() == Hedge.RANGE) {
        hedge = null; // "between" without "and" and a second number is no hedge
      }
      if (range != null && range.phone()) {
        return consume(range.end() + 1);
      }
      if (range != null) {
        unit = range.unit();
        end = range.end();
      }
      QuantityHedges.Found suffix = null;
      String noun = null;
      if (unit == null) {
        int numberEnd = range != null ? range.end() : last;
        // "20-odd people", "10 or more workers": the suffix stands between number and noun
        suffix = range == null ? QuantityHedges.after(t, numberEnd + 1) : null;
        boolean one = range == null && value == 1;
        QuantityNouns.Found found =
            QuantityNouns.after(t, suffix != null ? suffix.last() : numberEnd, one);
        if (found != null) {
          noun = found.noun();
          end = found.last();
        } else if (suffix != null) {
          end = suffix.last();
        }
      }
      if (range == null && suffix == null) {
        suffix = QuantityHedges.after(t, end + 1);
        if (suffix != null) {
          end = suffix.last();
        }
      }
      if (unit == null) {
        // "killed 13", "killing at least 17 people", "15 Palestinians were killed": a casualty or
        // arrest verb beside the figure says what it counts, whatever noun the report chose.
        String counted = CountVerbs.countedBy(t, hedge != null ? hedge.first() : start, end);
        if (counted != null) {
          noun = counted;
        }
      }
      Hedge h = range != null ? Hedge.RANGE
          : hedge != null ? hedge.hedge() : suffix != null ? suffix.hedge()
          : n.implied() != null ? n.implied() : Hedge.EXACT;
      if (h == Hedge.EXACT && unit == null && range == null && minus < 0 && n.first() == last && t.isWord(last, "one")
          && (noun == null || PRONOUN_DETERMINERS.contains(t.lower(n.first() - 1)))) {
        return consume(last + 1); // "one of them", "the other one", "no one": a pronoun, not a count
      }
      if (h == Hedge.EXACT && unit == null && noun == null && range == null && sign == null
          && isYearShape(n)) {
        g = 1;
      }
      // A number past what a double holds ("1e999", "1e15 dollars 50 cents") states no amount
      // anyone can compare.
      if (range == null ? !Interval.representable(value, g)
          : !(Interval.representable(range.low()) && Interval.representable(range.high()))) {
        return consume(end + 1);
      }
      Interval interval = range != null ? Interval.closed(range.low(), range.high()) : Interval.reported(h, value, g);
      if (range != null) {
        value = range.low();
      }
      int first = hedge != null ? hedge.first() : start;
      int from = t.start(first);
      int to = t.end(end);
      out.add(new Quantity(document.span(from, to), document.text(from, to), sentence, value, interval, h,
          Optional.ofNullable(unit), Optional.ofNullable(noun)));
      lastEmitted = end;
      return consume(end + 1);
    }

    /** A range read after a first number: its bounds, unit and last token. */
    private record Range(double low, double high, Unit unit, int end, boolean phone) {}

    /**
     * "3 to 5 hours", "3-5", "two or three days", "between 3 and 5"; null when no second number
     * follows or the two do not make a range. "from 3 to 5" is a change, not a range: two numbers.
     */
    private Range range(Numeral n, Unit unit, int end, QuantityHedges.Found hedge, int start) {
      int c = end + 1;
      boolean between = hedge != null && hedge.hedge() == Hedge.RANGE;
      boolean hyphen = t.isSymbolIn(c, "-‐–");
      if (between ? !t.isWord(c, "and")
          : !(hyphen || t.isWord(c, "to") || t.isWord(c, "or"))) {
        return null;
      }
      if (!between && t.isWord(c, "to") && t.isWord((hedge != null ? hedge.first() : start) - 1, "from")) {
        return null;
      }
      int s = c + 1;
      if ((t.isWord(s, "about") || t.isWord(s, "around") || t.isWord(s, "approximately"))
          && !t.attached(s)) {
        s++; // "between 2 g and about 7 g"
      } else if (t.isSymbol(s, '~')) {
        s++;
      }
      Units.Found sign2 = null;
      if (s < t.size() && !t.isDigits(s) && !t.isWord(s)) {
        sign2 = Units.before(t, s + 1, s);
        if (sign2 == null) {
          return null;
        }
        s++;
      }
      if (s >= t.size() || (t.isWord(s) && (!NumberParser.isNumberWord(t.lower(s)) || t.isWord(s, "a")))) {
        return null;
      }
      if (t.isDigits(s) && t.isWord(s + 1) && t.attached(s + 1)
          && (t.lower(s + 1).matches("st|nd|rd|th|s"))) {
        return null;
      }
      NumberParser.Reading r2 = NumberParser.read(t, s, sign2 != null || unit != null && unit.dimension().startsWith("money"));
      if (r2 == null || r2.ordinal()) {
        return null;
      }
      if (hyphen && n.digits() && r2.digits() && n.first() == n.last() && r2.first() == r2.last()
          && t.attached(c) && t.attached(s)) {
        int a = t.end(n.first()) - t.start(n.first());
        int b = t.end(s) - t.start(s);
        String second = t.text(s);
        boolean round = second.endsWith("0".repeat(Math.max(1, b - 1))) && n.value() < r2.value();
        if (a >= 3 && b >= 3 && a != b && !round) {
          return new Range(0, 0, null, r2.last(), true); // 555-0199
        }
      }
      double low = n.value();
      if (n.scale() == 1 && r2.scale() != 1 && low * r2.scale() < r2.value()) {
        low *= r2.scale(); // "between 2 and 3 million"
      }
      if (!(low < r2.value())) {
        return null;
      }
      int end2 = r2.last();
      Unit unit2 = null;
      Units.Found u2 = Units.after(t, r2.last() + 1, r2.last(), r2.digits() || r2.scaled());
      if (u2 != null) {
        unit2 = u2.unit();
        end2 = u2.last();
      }
      if (sign2 != null) {
        unit2 = sign2.unit();
        end2 = Math.max(end2, r2.last());
      }
      if (unit != null && unit2 != null && !unit.comparableWith(unit2)) {
        return null;
      }
      if (unit != null && unit2 != null && unit.factor() != unit2.factor()) {
        return null; // "3 hours to 5 minutes" is no range
      }
      return new Range(low, r2.value(), unit2 != null ? unit2 : unit, end2, false);
    }

    /**
     * "one in three", "1 out of 5": a proportion, read as the fraction, with the granularity of one
     * part in the whole; null when no such whole follows (or it is a year, "one in 2019", or has a
     * unit, "1 in 10 minutes").
     */
    private Numeral ratio(Numeral n, Units.Found sign) {
      if (sign != null || n.unit() != null || n.value() < 1 || n.value() != Math.rint(n.value())
          || Units.after(t, n.last() + 1, n.last(), n.numeric()) != null) {
        return null;
      }
      int k = n.last() + 1;
      int m;
      if (t.isWord(k, "in") && !t.attached(k)) {
        m = k + 1;
      } else if (t.isWord(k, "out") && t.isWord(k + 1, "of")) {
        m = k + 2;
      } else {
        return null;
      }
      if (!(t.isDigits(m) && !t.attached(m)) && !(t.isWord(m) && NumberParser.isNumberWord(t.lower(m)))) {
        return null;
      }
      NumberParser.Reading r = NumberParser.read(t, m, false);
      if (r == null || r.ordinal() || r.value() <= n.value() || r.value() != Math.rint(r.value())
          || (r.digits() && t.text(m).length() == 4 && r.value() >= 1900 && r.value() <= 2100)
          || Units.after(t, r.last() + 1, r.last(), true) != null) {
        return null;
      }
      double whole = r.value();
      return new Numeral(n.first(), r.last(), n.value() / whole, 1 / whole, false, 1, null, -1);
    }

    /** The tokens of "and a half" or "and half" after token {@code last}, or 0. */
    private int andAHalf(int last) {
      if (!t.isWord(last + 1, "and")) {
        return 0;
      }
      if (t.isWord(last + 2, "half") && !(t.isSymbolIn(last + 3, "-‐") && t.attached(last + 3))) {
        return 2;
      }
      return (t.isWord(last + 2, "a") || t.isWord(last + 2, "an")) && t.isWord(last + 3, "half")
          && !(t.isSymbolIn(last + 4, "-‐") && t.attached(last + 4)) ? 3 : 0;
    }

    /**
     * The token of a minus written before the number (or its sign) at token {@code start}: a "-"
     * touching the number but not the word before ("-5", not "COVID-19" or "3-5"), or the word
     * "minus" or "negative"; -1 when there is none.
     */
    private int minusBefore(int start) {
      int k = start - 1;
      if (k < floor) {
        return -1;
      }
      if (t.isSymbolIn(k, "-−") && t.attached(start) && !t.attached(k)) {
        return k;
      }
      return (t.isWord(k, "minus") || t.isWord(k, "negative")) && !t.attached(start) ? k : -1;
    }

    /**
     * Adds the parts of a compound amount after a quantity in {@code unit} that ends at token
     * {@code end}: "2 years and 3 months", "7 feet 10 inches", "1 year, 2 days, 3 hours and 4
     * seconds", "3 dollars 50 cents", and a bare number that counts the next smaller unit ("1 hour
     * thirty", "5 feet 10", "$20 43"). Each part must be a smaller unit of the same dimension than
     * the one before it, so lists ("100 metres, 200 metres") stay apart. The sum is in the first
     * unit; returns {value, granularity, last token} or null.
     */
    private double[] compound(Unit unit, int end, double value, double g) {
      double previous = unit.factor();
      boolean major = unit.dimension().startsWith("money") && !MINOR_UNITS.contains(unit.name());
      int parts = 0;
      while (true) {
        int c = end + 1;
        if (t.isSymbol(c, ',')) {
          c++;
        }
        if (t.isWord(c, "and")) {
          c++;
        }
        if (c == end + 1 && t.attached(c)) {
          break;
        }
        if (!(t.isDigits(c) && !t.attached(c)) && !(t.isWord(c) && !t.isWord(c, "a") && !t.isWord(c, "an"))) {
          break;
        }
        NumberParser.Reading r = NumberParser.read(t, c, false);
        if (r == null || r.ordinal() || r.value() <= 0) {
          break;
        }
        Units.Found u = Units.after(t, r.last() + 1, r.last(), r.digits() || r.scaled());
        double factor;
        int last;
        if (u != null) {
          boolean minor = major && MINOR_UNITS.contains(u.unit().name());
          if (!minor && !(u.unit().comparableWith(unit) && u.unit().factor() < previous)) {
            break;
          }
          factor = minor ? unit.factor() / 100 : u.unit().factor();
          last = u.last();
        } else if (major && r.digits() && t.isWord(r.last() + 1, "c") && t.attached(r.last() + 1)) {
          factor = unit.factor() / 100; // "$20 and 43c"
          last = r.last() + 1;
        } else {
          // a bare number counts the next smaller unit, only right after a whole first part and at
          // the end of the phrase ("1 hour thirty.", "$20 43"), never before a word ("$4 and 32 is")
          Unit smaller = parts == 0 && value == Math.rint(value) ? bareUnit(unit) : null;
          int limit = smaller == null ? 0 : unit.dimension().startsWith("money") ? 100 : smaller.name().equals("inch") ? 12 : 60;
          if (smaller == null || r.value() >= limit || r.value() != Math.rint(r.value())
              || t.isWord(r.last() + 1)
              || (t.attached(r.last() + 1) && !t.isSymbolIn(r.last() + 1, ".,;:!?)"))
              || t.isSymbolIn(r.last() + 1, "-‐–%")) {
            break;
          }
          factor = smaller.factor();
          last = r.last();
        }
        value += r.value() * factor / unit.factor();
        g = r.granularity() * factor / unit.factor();
        previous = factor;
        end = last;
        parts++;
      }
      return parts == 0 ? null : new double[] {value, g, end};
    }

    /** The unit a bare number after {@code unit} counts: minutes after hours, cents after dollars. */
    private Unit bareUnit(Unit unit) {
      if (unit.dimension().startsWith("money") && unit.factor() == 1 && !MINOR_UNITS.contains(unit.name())) {
        return new Unit("hundredth", unit.dimension(), unit.factor() / 100);
      }
      String name = switch (unit.name()) {
        case "hour" -> "minute";
        case "minute" -> "second";
        case "foot" -> "inch";
        default -> null;
      };
      return name == null ? null : Units.forSpelling(name).orElse(null);
    }

    /** The last token of a time-of-day marker after token {@code last} ("pm", "p.m.", "o'clock"), or -1. */
    private int timeAfter(int last) {
      int k = last + 1;
      if (!t.isWord(k)) {
        return -1;
      }
      String w = t.lower(k);
      if (w.equals("am") || w.equals("pm") || w.equals("o'clock") || w.equals("o’clock")) {
        return t.isSymbol(k + 1, '.') && t.attached(k + 1) && w.length() == 2 ? k + 1 : k;
      }
      if ((w.equals("a") || w.equals("p")) && t.isSymbol(k + 1, '.') && t.attached(k + 1)
          && t.isWord(k + 2, "m") && t.attached(k + 2)) {
        return t.isSymbol(k + 3, '.') && t.attached(k + 3) ? k + 3 : k + 2;
      }
      return -1;
    }

    /** Whether a numeral is the day in a date: 1 to 31 in digits, next to a month's name. */
    private boolean isDayOfMonth(Numeral n) {
      if (!n.digits() || n.first() != n.last() || n.value() < 1 || n.value() > 31
          || n.value() != Math.rint(n.value())) {
        return false;
      }
      int b = n.first() - 1;
      if (t.isSymbol(b, '.') && t.attached(b)) {
        b--;
      }
      return (t.isWord(b) && MONTHS.contains(t.text(b)))
          || (t.isWord(n.last() + 1) && MONTHS.contains(t.text(n.last() + 1)));
    }

    private boolean isYearShape(Numeral n) {
      if (!n.digits() || n.first() != n.last() || n.scale() != 1) {
        return false;
      }
      String s = t.text(n.first());
      return s.length() == 4 && n.value() >= 1900 && n.value() <= 2100;
    }

    private boolean isLowerCase(int i) {
      String s = t.text(i);
      return s.equals(t.lower(i));
    }
  }
}
