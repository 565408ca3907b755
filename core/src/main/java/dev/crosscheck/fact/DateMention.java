package dev.crosscheck.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import dev.crosscheck.text.Span;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;

/**
 * A date as a report states it ("on Thursday", "two months ago", "in late February", "April 25,
 * 2019"), read as the days it allows. A mention that names no year or week of its own resolves against
 * the report's publication date; without one (or when it cannot be resolved) its {@link #interval()}
 * is empty, and only what it names on the calendar ({@link #weekday()}, {@link #monthDays()}) remains.
 *
 * @param span the whole expression, qualifiers included ("in late February", "about a week ago")
 * @param text the original characters of {@code span}
 * @param sentence index of the sentence that states it
 * @param form how the date is written
 * @param granularity how precise it is
 * @param approximate whether it is fuzzy ("two months ago", "about", "around", "nearly", "last week")
 * @param relation the preposition that makes it a bound rather than the time of the event
 *     ({@code since}, {@code until}, {@code by}, {@code before}, {@code after}, {@code from}), or ""
 * @param interval the days allowed, resolved against the publication date where needed; empty when
 *     it cannot be resolved
 * @param weekday the day of the week it names ("on Thursday"), if any
 * @param monthDays the days of the year it names whatever the year ("late February" is 21 to 29
 *     February), if it names a month
 */
public record DateMention(
    Span span,
    String text,
    int sentence,
    Form form,
    Granularity granularity,
    boolean approximate,
    String relation,
    Optional<DateInterval> interval,
    Optional<DayOfWeek> weekday,
    Optional<Range<MonthDay>> monthDays)
    implements Fact {

  /** How a date is written. */
  public enum Form {
    /** A full calendar date: "April 25, 2019", "25 April 2019", "2019-04-25", "4/25/2019". */
    DATE,
    /** A month of a named year: "February 2019", "late February 2019". */
    YEAR_MONTH,
    /** A year: "in 2017", "early 2018". */
    YEAR,
    /** A day of a month without a year: "April 25", "on Feb. 28". */
    MONTH_DAY,
    /** A month (or part of it) without a year: "in February", "in late February", "mid-March". */
    MONTH,
    /** A day of the week: "on Thursday", "Monday night", "last Friday". */
    WEEKDAY,
    /**
     * Counted from the publication date: "yesterday", "two months ago", "last year", "earlier this
     * month", "last week".
     */
    RELATIVE;

    /**
     * Whether a mention of this form names days on the calendar that two mentions can compare
     * without resolving them: two weekdays, or two months or days of a month.
     *
     * @return true for {@link #WEEKDAY}, {@link #MONTH_DAY} and {@link #MONTH}
     */
    public boolean isCalendar() {
      return this == WEEKDAY || this == MONTH_DAY || this == MONTH;
    }

    /**
     * The lower-case name used in JSON output ({@code month_day}).
     *
     * @return the constant's name in lower case
     */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How precise a date is. */
  public enum Granularity {
    /** One day (or a night that runs into the next). */
    DAY,
    /** A week. */
    WEEK,
    /** Early, mid or late in a month: about ten days. */
    PART_OF_MONTH,
    /** A month. */
    MONTH,
    /** A season or a part of a year. */
    SEASON,
    /** A year. */
    YEAR;

    /**
     * The lower-case name used in JSON output ({@code part_of_month}).
     *
     * @return the constant's name in lower case
     */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Validates the mention.
   *
   * @param span the whole expression, qualifiers included
   * @param text the original characters of {@code span}
   * @param sentence index of the sentence that states it
   * @param form how the date is written
   * @param granularity how precise it is
   * @param approximate whether it is fuzzy
   * @param relation the preposition that makes it a bound ({@code since}, {@code until}, ...), or ""
   * @param interval the days allowed; empty when it cannot be resolved
   * @param weekday the day of the week it names, if any
   * @param monthDays the days of the year it names whatever the year, if it names a month
   * @throws IllegalArgumentException when {@code text} is not as long as {@code span} or
   *     {@code sentence} is negative
   */
  public DateMention {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
    requireNonNull(form, "form");
    requireNonNull(granularity, "granularity");
    requireNonNull(relation, "relation");
    requireNonNull(interval, "interval");
    requireNonNull(weekday, "weekday");
    requireNonNull(monthDays, "monthDays");
    checkArgument(text.length() == span.length(), "text does not match span %s", span);
    checkArgument(sentence >= 0, "negative sentence index");
  }

  /**
   * Whether it resolved to days.
   *
   * @return true when {@link #interval()} is present
   */
  public boolean isResolved() {
    return interval.isPresent();
  }

  /**
   * Whether the two mentions can name the same time. Two mentions that name the same weekday, or
   * overlapping days of a month while one of them has no year, can (reports of one event that both
   * say "Thursday" mean one Thursday, whatever their publication dates); otherwise their resolved
   * intervals decide; without those, two weekdays or two months or days of a month still compare by
   * what they name ("April 25" and "April 26" cannot). Empty when it cannot be told ("Thursday" and
   * "yesterday" with no publication date).
   *
   * @param other another mention, usually from another report
   * @return true when the two can name the same time, false when they cannot, empty when it cannot
   *     be told
   */
  public Optional<Boolean> canMeet(DateMention other) {
    Optional<Boolean> calendar = calendarMeets(other);
    if (calendar.isPresent() && calendar.get()) {
      return calendar;
    }
    if (interval.isPresent() && other.interval.isPresent()) {
      return Optional.of(interval.get().intersects(other.interval.get()));
    }
    return calendar;
  }

  /** By weekday, or by days of a month when one of the two leaves the year open; else empty. */
  private Optional<Boolean> calendarMeets(DateMention other) {
    if (weekday.isPresent() && other.weekday.isPresent() && monthDays.isEmpty() && other.monthDays.isEmpty()) {
      return Optional.of(weekday.get() == other.weekday.get());
    }
    if (monthDays.isPresent() && other.monthDays.isPresent() && (form.isCalendar() || other.form.isCalendar())) {
      // closed ranges are connected exactly when they share a day
      return Optional.of(monthDays.get().isConnected(other.monthDays.get()));
    }
    return Optional.empty();
  }

  @Override
  public String type() {
    return "date";
  }
}
