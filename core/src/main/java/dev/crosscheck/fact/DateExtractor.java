package dev.crosscheck.fact;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import dev.crosscheck.fact.DateMention.Form;
import dev.crosscheck.fact.DateMention.Granularity;
import dev.crosscheck.text.Calendar;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.text.Token;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the dates a report states and reads each as a {@link DateMention}, resolved against the
 * report's publication date where it needs one.
 *
 * <p>Read: weekdays ("on Thursday", "Monday night", "last Friday", "Thursday, April 25"), days of a
 * month ("April 25", "Feb. 28", "25 April", each with or without a year), months and their parts
 * ("in February", "in late February", "mid-March", "by the end of May", "February 2019"), years
 * after a preposition or a part ("in 2017", "since 2017", "early 2018"), dates in digits
 * ("2019-04-26", "4/26/2019"), days counted from the publication ("yesterday", "today",
 * "tomorrow", "last night"), spans counted back ("two months ago", "about a week ago", built on the
 * {@link Quantity} the {@link QuantityExtractor} read) and periods named from it ("last week",
 * "this month", "earlier this year", "last year", "last summer").
 *
 * <p>How they resolve, for a publication date P:
 * <ul>
 *   <li>a weekday is the latest such day on or before P (news convention: "on Thursday" in a report
 *       of Friday is the day before), or the first on or after P when the words before it speak of
 *       the future ("will", "is to", "scheduled", "next"); "last Thursday" is read loosely, as the
 *       latest Thursday before P or the one before it; a night runs into the next day;
 *   <li>a month or a day of a month without a year is the latest one that starts on or before P, or
 *       the first that ends on or after P in a future context; early is days 1 to 10, mid 11 to 20,
 *       late 21 to the end;
 *   <li>"N units ago" is P less N units, give or take half a unit (a whole unit more with "about",
 *       "nearly", "more than" and the like): "two months ago" in a report of 26 April 2019 is
 *       8 February to 12 March;
 *   <li>"yesterday", "today", "tomorrow" are read with a day's slack either way: a report's date is
 *       often the day it was posted or re-run rather than written, and time zones move it; a weekday
 *       or a calendar date carries no such slack;
 *   <li>"last week" runs from the Monday of the week before P to the day before P; "last month" and
 *       "last year" are the calendar month and year before P's.
 * </ul>
 * "about", "around", "nearly", "almost", "roughly" before any of these widen it and make it
 * approximate. A preposition that makes the date a bound ("since", "until", "by", "before", "after",
 * "from") is kept as its {@link DateMention#relation()}.
 *
 * <p>Not dates: a year without a preposition or part before it ("the 2016 election", "Vision 2030"),
 * counts and amounts ("2,019 people", "2019 workers": the quantity has a noun, so
 * {@link QuantityExtractor#isYear(Quantity)} says no), clock times ("at 1900 GMT"), plural weekdays
 * ("on Fridays", "every Sunday"), named days ("Black Friday", "Super Tuesday", the "Today" show), "May" and "March" without a day, a
 * year or a preposition, and spans counted from another event ("two days earlier", "a week later").
 *
 * <p>Each sentence is read left to right, every token looked at a bounded number of times: linear in
 * the text. Stateless and thread-safe.
 */
public final class DateExtractor implements Extractor<DateMention> {
  private static boolean isMonth(String word) {
    return Calendar.month(word).isPresent();
  }

  /** Words before a weekday that make a name of it. */
  private static final ImmutableSet<String> NAMED_DAYS =
      ImmutableSet.of("black", "good", "super", "ash", "cyber", "holy", "maundy", "easter", "palm", "bloody",
          "giving", "shrove", "fat", "small", "manic", "blue");
  private static final ImmutableSet<String> DAY_PARTS = ImmutableSet.of("morning", "afternoon", "evening", "night");
  /** Prepositions kept in the span that leave the date the time of the event. */
  private static final ImmutableSet<String> AT_PREPOSITIONS = ImmutableSet.of("in", "on", "during", "at");
  /** Prepositions that make the date a bound. */
  private static final ImmutableMap<String, String> BOUNDS = ImmutableMap.<String, String>builder()
      .put("since", "since").put("until", "until").put("till", "until").put("through", "until")
      .put("by", "by").put("before", "before").put("after", "after").put("from", "from").build();
  private static final ImmutableSet<String> HEDGES =
      ImmutableSet.of("about", "around", "nearly", "almost", "roughly", "approximately", "circa");
  /** Words that, shortly before a date, put it in the future. */
  private static final ImmutableSet<String> FUTURE =
      ImmutableSet.of("will", "shall", "upcoming", "next", "tomorrow");
  /** Words that put a date in the future when a "to" stands between them and it ("asked them to return on Friday"). */
  private static final ImmutableSet<String> FUTURE_BEFORE_TO =
      ImmutableSet.of("asked", "invited", "urged", "agreed", "plans", "plan", "planned", "intends", "wants", "hopes",
          "promised", "vowed", "expects", "expected", "scheduled", "set", "due", "going", "ready", "slated", "is",
          "are", "likely", "poised");
  private static final ImmutableMap<String, Double> UNIT_DAYS = ImmutableMap.of(
      "day", 1.0, "week", 7.0, "fortnight", 14.0, "month", 30.4375, "year", 365.25, "decade", 3652.5);
  private static final ImmutableSet<String> CLOCK_WORDS =
      ImmutableSet.of("gmt", "utc", "hours", "hrs", "local", "et", "est", "edt", "bst", "cet", "pst", "pdt", "z");
  /** The furthest back "N units ago" is read as a date: five thousand years. */
  private static final double MAX_AGO_DAYS = 5000 * 365.25;
  /** How far back "will" and its kind still set the tense of a date. */
  private static final int TENSE_WINDOW = 14;

  private final QuantityExtractor quantities = new QuantityExtractor();

  /** An extractor; it reads numbers with a {@link QuantityExtractor} when none are given. */
  public DateExtractor() {}

  @Override
  public ImmutableList<DateMention> extract(Document document) {
    return extract(document, quantities.extract(document));
  }

  /**
   * The dates of the document, reusing the quantities already read from it: "two months ago" is
   * read from the quantity "two months", and a four-digit number is a year only when the quantity
   * reader says it is one ({@link QuantityExtractor#isYear(Quantity)}).
   *
   * @param document the document to read; its report's publication date resolves relative dates
   * @param quantities the quantities a {@link QuantityExtractor} found in the same document
   * @return the date mentions, sentence by sentence
   */
  public ImmutableList<DateMention> extract(Document document, List<Quantity> quantities) {
    Map<Integer, Quantity> byStart = new HashMap<>();
    for (Quantity q : quantities) {
      byStart.putIfAbsent(q.span().start(), q);
    }
    ImmutableList.Builder<DateMention> out = ImmutableList.builder();
    for (Sentence sentence : document.sentences()) {
      new Scan(document, sentence, byStart, out).run();
    }
    return out.build();
  }

  /** What stands before a date: a preposition, a hedge, a part ("late", "the end of"). */
  private record Lead(int first, String relation, boolean hedged, String part) {}

  /** The reading of one sentence; used once, by one thread. */
  private static final class Scan {
    private final Document doc;
    private final String text;
    private final List<Token> t;
    private final int sentence;
    private final Optional<LocalDate> published;
    private final Map<Integer, Quantity> quantities;
    private final ImmutableList.Builder<DateMention> out;
    /** The first token not yet part of a mention; leads look back no further. */
    private int floor;

    Scan(Document doc, Sentence sentence, Map<Integer, Quantity> quantities, ImmutableList.Builder<DateMention> out) {
      this.doc = doc;
      this.text = doc.text();
      this.t = doc.tokens(sentence);
      this.sentence = sentence.index();
      this.published = doc.report().date();
      this.quantities = quantities;
      this.out = out;
    }

    void run() {
      int i = 0;
      while (i < t.size()) {
        int next;
        try {
          next = at(i);
        } catch (DateTimeException e) {
          next = i; // a day the calendar cannot hold (a publication date near its ends): no date
        }
        if (next > i) {
          floor = next;
          i = next;
        } else {
          i++;
        }
      }
    }

    /** Reads a date starting at token i; returns the token after it, or i when there is none. */
    private int at(int i) {
      Quantity q = quantities.get(t.get(i).start());
      if (q != null && q.sentence() == sentence) {
        int ago = ago(i, q);
        if (ago > i) {
          return ago;
        }
      }
      String w = norm(i);
      if (t.get(i).kind() == Token.Kind.NUMBER) {
        return number(i);
      }
      if (Calendar.WEEKDAYS.containsKey(w) && capitalised(i)) {
        return weekday(i);
      }
      if (isMonth(w) && capitalised(i)) {
        return month(i, i, -1, Optional.empty());
      }
      switch (w) {
        case "yesterday":
          return deictic(i, i, -1);
        case "today":
        case "tonight":
          if (capitalised(i) && (i > 0 && t.get(i - 1).kind() != Token.Kind.QUOTE || isShowName(i))) {
            return i; // NBC's "Today" show, the "Tonight Show": a name, not the day
          }
          return deictic(i, i, 0);
        case "tomorrow":
          return deictic(i, i, 1);
        case "last":
        case "this":
        case "next":
        case "past":
          return period(i, i, w);
        case "earlier":
        case "later":
          return is(i + 1, "this") ? period(i, i + 1, w) : i;
        default:
          return i;
      }
    }

    // ---- shapes

    /** "two months ago", "about a week ago": a duration quantity followed by "ago". */
    private int ago(int i, Quantity q) {
      int last = lastTokenOf(i, q.span().end());
      if (q.unit().isEmpty() || !is(last + 1, "ago") || !UNIT_DAYS.containsKey(q.unit().get().name())) {
        return i;
      }
      String unit = q.unit().get().name();
      double unitDays = UNIT_DAYS.get(unit);
      double low = q.interval().low();
      double high = q.interval().high();
      if (Double.isInfinite(low) || Double.isInfinite(high)) {
        return i;
      }
      if (high * unitDays > MAX_AGO_DAYS) {
        return i; // "50,000 years ago", "4.5 billion years ago": history, not a date of the story
      }
      if (low < 0) {
        return i; // "-5 years ago", "minus five years ago": no span counts back to a day before it
      }
      boolean hedged = q.hedge() != Hedge.EXACT;
      if (hedged) {
        low -= 0.5;
        high += 0.5;
      }
      long back = (long) Math.ceil(high * unitDays);
      long near = (long) Math.floor(Math.max(0, low) * unitDays);
      Optional<DateInterval> interval = published.map(p -> new DateInterval(p.minusDays(back), p.minusDays(near)));
      Granularity g = switch (unit) {
        case "day" -> Granularity.DAY;
        case "week", "fortnight" -> Granularity.WEEK;
        case "month" -> Granularity.MONTH;
        default -> Granularity.YEAR;
      };
      emit(i, last + 1, Form.RELATIVE, g, hedged || !unit.equals("day"), "", interval,
          Optional.empty(), Optional.empty());
      return last + 2;
    }

    /** "yesterday", "today", "tomorrow", "last night": P plus the offset, with a day's slack. */
    private int deictic(int first, int last, int offset) {
      int end = last;
      if (is(end + 1, "'s")) {
        end++;
      }
      Lead lead = lead(first);
      Optional<DateInterval> interval =
          published.map(p -> DateInterval.day(p.plusDays(offset)).widened(1));
      emit(lead.first(), end, Form.RELATIVE, Granularity.DAY, lead.hedged(), lead.relation(), interval,
          Optional.empty(), Optional.empty());
      return end + 1;
    }

    /** "last week", "this month", "earlier this year", "last summer", "last night", "this morning". */
    private int period(int first, int at, String which) {
      String unit = norm(at + 1);
      String w = norm(at);
      if (which.equals("past") && !unit.equals("week") && !unit.equals("month") && !unit.equals("year")) {
        return first;
      }
      if (DAY_PARTS.contains(unit)) {
        if (w.equals("last") && unit.equals("night")) {
          return deictic(first, at + 1, -1);
        }
        return w.equals("this") ? deictic(first, at + 1, 0) : first;
      }
      Lead lead = lead(first);
      Optional<DateInterval> interval;
      Granularity g;
      switch (unit) {
        case "week":
          g = Granularity.WEEK;
          interval = published.map(p -> week(p, which));
          break;
        case "month":
          g = Granularity.MONTH;
          interval = published.map(p -> month(p, which));
          break;
        case "year":
          g = lead.part().isEmpty() ? Granularity.YEAR : Granularity.SEASON;
          interval = published.map(p -> year(p, which, lead.part()));
          break;
        case "spring":
        case "summer":
        case "fall":
        case "autumn":
        case "winter":
          if (which.equals("earlier") || which.equals("later") || which.equals("past")) {
            return first;
          }
          g = Granularity.SEASON;
          interval = published.map(p -> season(p, unit, which));
          break;
        default:
          return first;
      }
      boolean approximate = lead.hedged() || g == Granularity.WEEK && !which.equals("this");
      emit(lead.first(), at + 1, Form.RELATIVE, g, approximate, lead.relation(), interval.map(d -> widen(d, lead, g)),
          Optional.empty(), Optional.empty());
      return at + 2;
    }

    /** "on Thursday", "Monday night", "last Friday", "Thursday, April 25, 2019". */
    private int weekday(int i) {
      if (i > 0 && NAMED_DAYS.contains(norm(i - 1)) && capitalised(i - 1)) {
        return i + 1; // Black Friday, Super Tuesday: a name, not a date
      }
      if (is(i - 1, "every") || is(i - 1, "each")) {
        return i + 1; // "every Sunday": a habit, not a date
      }
      DayOfWeek day = Calendar.WEEKDAYS.get(norm(i));
      if (is(i + 1, ",") && i + 2 < t.size() && isMonth(norm(i + 2)) && capitalised(i + 2)) {
        int end = month(i, i + 2, -1, Optional.of(day));
        if (end > i) {
          return end;
        }
      }
      int end = i;
      boolean night = false;
      if (i + 1 < t.size() && DAY_PARTS.contains(norm(i + 1)) && capitalised(i + 1)
          && i + 2 < t.size() && capitalised(i + 2)) {
        return i + 3; // "Saturday Night Live": a name
      }
      if (i + 1 < t.size() && DAY_PARTS.contains(norm(i + 1))) {
        end = i + 1;
        night = norm(i + 1).equals("night");
      } else if (is(i + 1, "'s")) {
        end = i + 1;
      }
      String modifier = i > floor ? norm(i - 1) : "";
      int first = i;
      if (modifier.equals("last") || modifier.equals("next") || modifier.equals("this")) {
        first = i - 1;
      } else {
        modifier = future(i) ? "next-or-same" : "";
      }
      Lead lead = lead(first);
      boolean spills = night;
      String m = modifier;
      Optional<DateInterval> interval = published.map(p -> {
        DateInterval d = weekdayOf(p, day, m);
        return spills ? new DateInterval(d.start(), d.end().plusDays(1)) : d;
      });
      emit(lead.first(), end, Form.WEEKDAY, Granularity.DAY, lead.hedged() || m.equals("last") || m.equals("next"),
          lead.relation(), interval.map(d -> widen(d, lead, Granularity.DAY)), Optional.of(day), Optional.empty());
      return end + 1;
    }

    /**
     * A month at token {@code m}, with a day after it or {@code dayToken} before it, and a year
     * perhaps; {@code first} is where the expression starts (a weekday before it, say).
     */
    private int month(int first, int m, int dayToken, Optional<DayOfWeek> weekday) {
      Month month = Calendar.month(norm(m)).orElse(null);
      boolean abbreviated = surface(m).length() <= 4 && !norm(m).equals("may") && !norm(m).equals("june")
          && !norm(m).equals("july");
      int end = m;
      int day = -1;
      int lastDay = -1;
      if (dayToken >= 0) {
        day = dayOf(dayToken);
      } else if (dayOf(m + 1) > 0 && !is(m + 2, ":")) {
        day = dayOf(m + 1);
        end = m + 1;
        if ((is(end + 1, "-") || is(end + 1, "–")) && dayOf(end + 2) > day && attached(end + 1)) {
          lastDay = dayOf(end + 2);
          end += 2;
        }
      }
      int year = -1;
      if (is(end + 1, ",") && yearAt(end + 2) > 0 && day > 0) {
        year = yearAt(end + 2);
        end += 2;
      } else if (yearAt(end + 1) > 0) {
        year = yearAt(end + 1);
        end += 1;
      } else if (day < 0 && is(end + 1, "of") && yearAt(end + 2) > 0) {
        year = yearAt(end + 2);
        end += 2;
      }
      if (lastDay < 0) {
        lastDay = day;
      }
      int start = dayToken >= 0 ? Math.min(first, dayToken) : first;
      Lead lead = lead(start);
      if (day < 0 && year < 0) {
        if (abbreviated || !barelyAMonth(m, lead)) {
          return first;
        }
      }
      if (day > month.maxLength() || lastDay > month.maxLength()) {
        return first;
      }
      boolean future = future(start);
      Form form;
      Granularity g;
      Range<MonthDay> days;
      Optional<DateInterval> interval;
      if (day > 0) {
        days = Range.closed(MonthDay.of(month, day), MonthDay.of(month, lastDay));
        g = Granularity.DAY;
        form = year > 0 ? Form.DATE : Form.MONTH_DAY;
        int d1 = day;
        int d2 = lastDay;
        if (year > 0) {
          interval = dayInterval(YearMonth.of(year, month), d1, d2);
        } else {
          interval = published.flatMap(p -> {
            int y = p.getYear();
            if (future ? MonthDay.of(month, d2).isBefore(MonthDay.from(p)) : MonthDay.of(month, d1).isAfter(MonthDay.from(p))) {
              y += future ? 1 : -1;
            }
            return dayInterval(YearMonth.of(y, month), d1, d2);
          });
        }
      } else {
        int[] part = part(lead.part(), month.maxLength());
        days = Range.closed(MonthDay.of(month, part[0]), MonthDay.of(month, part[1]));
        g = lead.part().isEmpty() ? Granularity.MONTH : Granularity.PART_OF_MONTH;
        form = year > 0 ? Form.YEAR_MONTH : Form.MONTH;
        if (year > 0) {
          interval = Optional.of(partOf(YearMonth.of(year, month), lead.part()));
        } else {
          interval = published.map(p -> {
            int y = p.getYear();
            if (future ? month.getValue() < p.getMonthValue() : month.getValue() > p.getMonthValue()) {
              y += future ? 1 : -1;
            }
            return partOf(YearMonth.of(y, month), lead.part());
          });
        }
      }
      emit(lead.first(), end, form, g, lead.hedged(), lead.relation(), interval.map(d -> widen(d, lead, g)),
          weekday, Optional.of(widen(days, lead, g)));
      return end + 1;
    }

    /** Whether a month standing alone is a month: after a preposition, a part or a determiner. */
    private boolean barelyAMonth(int m, Lead lead) {
      if (!lead.part().isEmpty() || !lead.relation().isEmpty() || lead.first() < m) {
        return true;
      }
      if (m == 0 || Calendar.AMBIGUOUS_MONTHS.contains(norm(m))) {
        return false;
      }
      String before = norm(m - 1);
      boolean determiner = before.equals("his") || before.equals("her") || before.equals("their")
          || before.equals("its") || before.equals("our") || before.equals("'s") || before.equals("the")
          || before.equals("last") || before.equals("next") || before.equals("this");
      return determiner && !(m + 1 < t.size() && capitalised(m + 1) && t.get(m + 1).kind() == Token.Kind.WORD);
    }

    /** At a number: "25 April", a year after a preposition, "2019-04-26", "4/26/2019". */
    private int number(int i) {
      String s = norm(i);
      if (dayOf(i) > 0 && i + 1 < t.size()) {
        int m = is(i + 1, "of") ? i + 2 : i + 1;
        if (m < t.size() && isMonth(norm(m)) && capitalised(m)) {
          int end = month(i, m, i, Optional.empty());
          if (end > i) {
            return end;
          }
        }
      }
      if (s.matches("\\d{1,2}/\\d{1,2}/\\d{4}") && !attached(i + 1)) {
        String[] f = s.split("/");
        return fullDate(i, i, Integer.parseInt(f[2]), Integer.parseInt(f[0]), Integer.parseInt(f[1]));
      }
      if (s.length() == 4 && yearAt(i) < 0 && s.chars().allMatch(Character::isDigit) && is(i + 1, "-")
          && attached(i + 1) && attached(i + 2) && is(i + 3, "-") && attached(i + 3) && attached(i + 4)
          && norm(i + 2).length() == 2 && norm(i + 4).length() == 2) {
        try {
          return fullDate(i, i + 4, Integer.parseInt(s), Integer.parseInt(norm(i + 2)), Integer.parseInt(norm(i + 4)));
        } catch (NumberFormatException e) {
          return i;
        }
      }
      int year = yearAt(i);
      if (year < 0 || is(i + 1, "-") || i + 1 < t.size() && CLOCK_WORDS.contains(norm(i + 1))) {
        return i;
      }
      Lead lead = lead(i);
      if (lead.first() == i && lead.part().isEmpty()) {
        return i; // "the 2016 election", "Vision 2030": a year used as a name
      }
      if (lead.part().isEmpty() && lead.relation().isEmpty() && !AT_PREPOSITIONS.contains(norm(lead.first()))) {
        return i;
      }
      Granularity g = lead.part().isEmpty() ? Granularity.YEAR : Granularity.SEASON;
      DateInterval interval = yearPart(year, lead.part());
      emit(lead.first(), i, Form.YEAR, g, lead.hedged(), lead.relation(), Optional.of(widen(interval, lead, g)),
          Optional.empty(), Optional.empty());
      return i + 1;
    }

    private int fullDate(int first, int last, int year, int month, int day) {
      LocalDate date;
      try {
        date = LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return first;
      }
      if (year < 1900 || year > 2100) {
        return first;
      }
      Lead lead = lead(first);
      emit(lead.first(), last, Form.DATE, Granularity.DAY, lead.hedged(), lead.relation(),
          Optional.of(widen(DateInterval.day(date), lead, Granularity.DAY)), Optional.empty(),
          Optional.of(Range.singleton(MonthDay.of(month, day))));
      return last + 1;
    }

    /** Whether "Today" or "Tonight" at token i names a show: "show" or a capitalised word follows. */
    private boolean isShowName(int i) {
      int k = i + 1 < t.size() && t.get(i + 1).kind() == Token.Kind.QUOTE ? i + 2 : i + 1;
      return k < t.size() && t.get(k).kind() == Token.Kind.WORD && (is(k, "show") || capitalised(k));
    }

    // ---- what stands before

    /** The preposition, hedge and part before token {@code first}, none before {@link #floor}. */
    private Lead lead(int first) {
      int k = first;
      String part = "";
      if (k - 1 >= floor && (is(k - 1, "early") || is(k - 1, "late"))) {
        part = norm(k - 1);
        k--;
      } else if (k - 2 >= floor && is(k - 1, "-") && is(k - 2, "mid") && attached(k - 1)) {
        part = "mid";
        k -= 2;
      } else if (k - 1 >= floor && (is(k - 1, "mid") || is(k - 1, "middle"))) {
        part = "mid";
        k--;
      } else if (k - 2 >= floor && is(k - 1, "of")
          && (is(k - 2, "end") || is(k - 2, "beginning") || is(k - 2, "start") || is(k - 2, "middle"))) {
        part = is(k - 2, "end") ? "late" : is(k - 2, "middle") ? "mid" : "early";
        k -= 2;
        if (k - 1 >= floor && is(k - 1, "the")) {
          k--;
        }
      }
      boolean hedged = false;
      if (k - 1 >= floor && HEDGES.contains(norm(k - 1))) {
        hedged = true;
        k--;
      }
      String relation = "";
      if (k - 1 >= floor && BOUNDS.containsKey(norm(k - 1))) {
        relation = BOUNDS.get(norm(k - 1));
        k--;
      } else if (k - 1 >= floor && AT_PREPOSITIONS.contains(norm(k - 1))) {
        k--;
      }
      return new Lead(k, relation, hedged, part);
    }

    /**
     * Whether words shortly before token i put the date in the future: "will", "next", or a verb of
     * intent before a "to" ("is to", "asked them to return", "scheduled to").
     */
    private boolean future(int i) {
      boolean to = false;
      for (int k = i - 1; k >= Math.max(0, i - TENSE_WINDOW); k--) {
        String w = norm(k);
        if (FUTURE.contains(w) || w.endsWith("'ll") || to && FUTURE_BEFORE_TO.contains(w)) {
          return true;
        }
        to |= w.equals("to");
        if (w.equals(";") || w.equals("said") || w.equals("was") || w.equals("were") || w.equals("had")) {
          return false;
        }
      }
      return false;
    }

    // ---- resolution

    private static DateInterval weekdayOf(LocalDate p, DayOfWeek day, String modifier) {
      switch (modifier) {
        case "next-or-same":
          return DateInterval.day(p.with(TemporalAdjusters.nextOrSame(day)));
        case "next": {
          LocalDate d = p.with(TemporalAdjusters.next(day));
          return new DateInterval(d, d.plusDays(7));
        }
        case "last": {
          LocalDate d = p.with(TemporalAdjusters.previous(day));
          return new DateInterval(d.minusDays(7), d);
        }
        case "this":
          return DateInterval.day(p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(
              TemporalAdjusters.nextOrSame(day)));
        default:
          return DateInterval.day(p.with(TemporalAdjusters.previousOrSame(day)));
      }
    }

    private static DateInterval week(LocalDate p, String which) {
      LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      switch (which) {
        case "last":
        case "past":
          return new DateInterval(monday.minusDays(7), p.minusDays(1));
        case "next":
          return new DateInterval(monday.plusDays(7), monday.plusDays(13));
        case "earlier":
          return new DateInterval(monday, p);
        case "later":
          return new DateInterval(p, monday.plusDays(6));
        default:
          return new DateInterval(monday, monday.plusDays(6));
      }
    }

    private static DateInterval month(LocalDate p, String which) {
      YearMonth m = YearMonth.from(p);
      switch (which) {
        case "last":
          return whole(m.minusMonths(1));
        case "past":
          return new DateInterval(p.minusMonths(1), p);
        case "next":
          return whole(m.plusMonths(1));
        case "earlier":
          return new DateInterval(m.atDay(1), p);
        case "later":
          return new DateInterval(p, m.atEndOfMonth());
        default:
          return whole(m);
      }
    }

    private static DateInterval year(LocalDate p, String which, String part) {
      int y = p.getYear();
      switch (which) {
        case "last":
          return yearPart(y - 1, part);
        case "past":
          return new DateInterval(p.minusYears(1), p);
        case "next":
          return yearPart(y + 1, part);
        case "earlier":
          return new DateInterval(LocalDate.of(y, 1, 1), p);
        case "later":
          return new DateInterval(p, LocalDate.of(y, 12, 31));
        default:
          return yearPart(y, part);
      }
    }

    /** Spring is March to May, summer June to August, autumn September to November, winter December to February. */
    private static DateInterval season(LocalDate p, String name, String which) {
      int startMonth = switch (name) {
        case "spring" -> 3;
        case "summer" -> 6;
        case "fall", "autumn" -> 9;
        default -> 12;
      };
      DateInterval best = null;
      for (int y = p.getYear() - 2; y <= p.getYear() + 1; y++) {
        LocalDate start = LocalDate.of(y, startMonth, 1);
        DateInterval s = new DateInterval(start, start.plusMonths(3).minusDays(1));
        boolean fits = switch (which) {
          case "last" -> s.end().isBefore(p);
          case "next" -> s.start().isAfter(p);
          default -> !s.start().isAfter(p.plusMonths(9)) && !s.end().isBefore(p.minusMonths(3));
        };
        if (fits && (best == null || which.equals("last"))) {
          best = s;
        }
      }
      return best == null ? DateInterval.day(p) : best;
    }

    private static DateInterval whole(YearMonth m) {
      return new DateInterval(m.atDay(1), m.atEndOfMonth());
    }

    private static DateInterval yearPart(int year, String part) {
      switch (part) {
        case "early":
          return new DateInterval(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30));
        case "mid":
          return new DateInterval(LocalDate.of(year, 5, 1), LocalDate.of(year, 8, 31));
        case "late":
          return new DateInterval(LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31));
        default:
          return new DateInterval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
    }

    private static DateInterval partOf(YearMonth m, String part) {
      int[] days = part(part, m.lengthOfMonth());
      return new DateInterval(m.atDay(days[0]), m.atDay(days[1]));
    }

    /** Early is days 1 to 10, mid 11 to 20, late 21 to the end. */
    private static int[] part(String part, int length) {
      return switch (part) {
        case "early" -> new int[] {1, 10};
        case "mid" -> new int[] {11, 20};
        case "late" -> new int[] {21, length};
        default -> new int[] {1, length};
      };
    }

    private static Optional<DateInterval> dayInterval(YearMonth m, int first, int last) {
      if (last > m.lengthOfMonth()) {
        return Optional.empty(); // 29 February of a year that has none
      }
      return Optional.of(new DateInterval(m.atDay(first), m.atDay(last)));
    }

    /** "about", "around": a date widened by a day or two for a day, more for coarser ones. */
    private static DateInterval widen(DateInterval d, Lead lead, Granularity g) {
      return lead.hedged() ? d.widened(slack(g)) : d;
    }

    private static Range<MonthDay> widen(Range<MonthDay> days, Lead lead, Granularity g) {
      if (!lead.hedged()) {
        return days;
      }
      LocalDate low = days.lowerEndpoint().atYear(2000).minusDays(slack(g));
      LocalDate high = days.upperEndpoint().atYear(2000).plusDays(slack(g));
      MonthDay from = low.getYear() < 2000 ? MonthDay.of(1, 1) : MonthDay.from(low);
      MonthDay to = high.getYear() > 2000 ? MonthDay.of(12, 31) : MonthDay.from(high);
      return Range.closed(from, to);
    }

    private static long slack(Granularity g) {
      return switch (g) {
        case DAY -> 2;
        case WEEK -> 4;
        case PART_OF_MONTH -> 5;
        case MONTH -> 10;
        case SEASON -> 20;
        case YEAR -> 60;
      };
    }

    // ---- tokens

    private void emit(int first, int last, Form form, Granularity g, boolean approximate, String relation,
        Optional<DateInterval> interval, Optional<DayOfWeek> weekday, Optional<Range<MonthDay>> monthDays) {
      int from = t.get(first).start();
      int to = t.get(last).end();
      out.add(new DateMention(doc.span(from, to), doc.text(from, to), sentence, form, g, approximate, relation,
          interval, weekday, monthDays));
    }

    /** The last token that ends at or before {@code end}, from token i on. */
    private int lastTokenOf(int i, int end) {
      int k = i;
      while (k + 1 < t.size() && t.get(k + 1).end() <= end) {
        k++;
      }
      return k;
    }

    /** The day of the month token i states (1 to 31, "25", "25th"), or -1. */
    private int dayOf(int i) {
      if (i < 0 || i >= t.size() || t.get(i).kind() != Token.Kind.NUMBER) {
        return -1;
      }
      String s = norm(i);
      int digits = 0;
      while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
        digits++;
      }
      if (digits == 0 || digits > 2) {
        return -1;
      }
      String rest = s.substring(digits);
      if (!rest.isEmpty() && !rest.equals("st") && !rest.equals("nd") && !rest.equals("rd") && !rest.equals("th")) {
        return -1;
      }
      int d = Integer.parseInt(s.substring(0, digits));
      return d >= 1 && d <= 31 ? d : -1;
    }

    /** The year token i states, when the quantity reader reads it as a year ("2019", not "2,019" or "2019 people"), or -1. */
    private int yearAt(int i) {
      if (i < 0 || i >= t.size() || t.get(i).kind() != Token.Kind.NUMBER) {
        return -1;
      }
      Quantity q = quantities.get(t.get(i).start());
      if (q == null || q.span().end() != t.get(i).end() || !QuantityExtractor.isYear(q)) {
        return -1;
      }
      return (int) q.value();
    }

    private boolean is(int i, String norm) {
      return i >= 0 && i < t.size() && t.get(i).norm().equals(norm);
    }

    private String norm(int i) {
      return i >= 0 && i < t.size() ? t.get(i).norm() : "";
    }

    private String surface(int i) {
      return t.get(i).surface(text);
    }

    /** Whether token i touches the token before it. */
    private boolean attached(int i) {
      return i > 0 && i < t.size() && t.get(i).start() == t.get(i - 1).end();
    }

    private boolean capitalised(int i) {
      return Character.isUpperCase(text.charAt(t.get(i).start()));
    }
  }
}
