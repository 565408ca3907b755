package dev.crosscheck.text;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;

/**
 * The English names of days and months, in one place for every part that reads them: lower case,
 * as {@link Token#norm()} gives words.
 */
public final class Calendar {
  private Calendar() {}

  /** "monday" to "sunday". */
  public static final ImmutableMap<String, DayOfWeek> WEEKDAYS = ImmutableMap.<String, DayOfWeek>builder()
      .put("monday", DayOfWeek.MONDAY).put("tuesday", DayOfWeek.TUESDAY).put("wednesday", DayOfWeek.WEDNESDAY)
      .put("thursday", DayOfWeek.THURSDAY).put("friday", DayOfWeek.FRIDAY).put("saturday", DayOfWeek.SATURDAY)
      .put("sunday", DayOfWeek.SUNDAY).build();

  /** "january" to "december", written out. */
  public static final ImmutableMap<String, Month> MONTHS = ImmutableMap.<String, Month>builder()
      .put("january", Month.JANUARY).put("february", Month.FEBRUARY).put("march", Month.MARCH)
      .put("april", Month.APRIL).put("may", Month.MAY).put("june", Month.JUNE).put("july", Month.JULY)
      .put("august", Month.AUGUST).put("september", Month.SEPTEMBER).put("october", Month.OCTOBER)
      .put("november", Month.NOVEMBER).put("december", Month.DECEMBER)
      .build();

  /** "jan", "sept", "dec": the short forms news writes, without their period. */
  public static final ImmutableMap<String, Month> MONTH_ABBREVIATIONS = ImmutableMap.<String, Month>builder()
      .put("jan", Month.JANUARY).put("feb", Month.FEBRUARY).put("mar", Month.MARCH).put("apr", Month.APRIL)
      .put("jun", Month.JUNE).put("jul", Month.JULY).put("aug", Month.AUGUST).put("sep", Month.SEPTEMBER)
      .put("sept", Month.SEPTEMBER).put("oct", Month.OCTOBER).put("nov", Month.NOVEMBER).put("dec", Month.DECEMBER)
      .build();

  /** Month names that are also common words or names ("may", "march"). */
  public static final ImmutableSet<String> AMBIGUOUS_MONTHS = ImmutableSet.of("may", "march");

  /** The days named from the day of writing: "yesterday", "today", "tomorrow". */
  public static final ImmutableSet<String> DEICTIC_DAYS = ImmutableSet.of("yesterday", "today", "tomorrow");

  /**
   * The month a word names, written out or abbreviated.
   *
   * @param word a word in any case, without a trailing period
   * @return its month, or empty when it names none
   */
  public static Optional<Month> month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Month m = MONTHS.get(w);
    return Optional.ofNullable(m != null ? m : MONTH_ABBREVIATIONS.get(w));
  }

  /**
   * Whether a word is a day or month name written out.
   *
   * @param word a lower-case word
   * @return true for "monday" or "april", false for "apr" or "week"
   */
  public static boolean isDayOrMonthName(String word) {
    return WEEKDAYS.containsKey(word) || MONTHS.containsKey(word);
  }
}
