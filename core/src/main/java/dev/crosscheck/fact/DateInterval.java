package dev.crosscheck.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a date mention allows, both ends included: "April 25, 2019" is one day, "in late February"
 * (2019) is 21 to 28 February, "two months ago" a few weeks around a day two months back.
 *
 * @param start the first day allowed
 * @param end the last day allowed, not before {@code start}
 */
public record DateInterval(LocalDate start, LocalDate end) {

  /**
   * Validates the interval.
   *
   * @param start the first day allowed
   * @param end the last day allowed, not before {@code start}
   * @throws IllegalArgumentException when {@code end} is before {@code start}
   */
  public DateInterval {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(!end.isBefore(start), "end %s before start %s", end, start);
  }

  /**
   * The one day.
   *
   * @param day the only day the interval allows
   * @return the interval from {@code day} to {@code day}
   */
  public static DateInterval day(LocalDate day) {
    return new DateInterval(day, day);
  }

  /**
   * Whether the two intervals share at least one day.
   *
   * @param o another interval
   * @return true when some day lies in both
   */
  public boolean intersects(DateInterval o) {
    return !end.isBefore(o.start) && !o.end.isBefore(start);
  }

  /**
   * How many days it holds (1 for a single day).
   *
   * @return the number of days, both ends counted; at least 1
   */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * The interval with {@code days} more on each side.
   *
   * @param days how many days to add before the start and after the end; not negative
   * @return the wider interval, or an equal one for 0
   * @throws IllegalArgumentException when {@code days} is negative
   */
  public DateInterval widened(long days) {
    checkArgument(days >= 0, "negative widening %s", days);
    return new DateInterval(start.minusDays(days), end.plusDays(days));
  }

  @Override
  public String toString() {
    return start.equals(end) ? start.toString() : start + ".." + end;
  }
}
