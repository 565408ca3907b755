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

  /** Validates the interval. */
  public DateInterval {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(!end.isBefore(start), "end %s before start %s", end, start);
  }

  /** The one day. */
  public static DateInterval day(LocalDate day) {
    return new DateInterval(day, day);
  }

  /** Whether the two intervals share at least one day. */
  public boolean intersects(DateInterval o) {
    return !end.isBefore(o.start) && !o.end.isBefore(start);
  }

  /** How many days it holds (1 for a single day). */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** The interval with {@code days} more on each side. */
  public DateInterval widened(long days) {
    checkArgument(days >= 0, "negative widening %s", days);
    return new DateInterval(start.minusDays(days), end.plusDays(days));
  }

  @Override
  public String toString() {
    return start.equals(end) ? start.toString() : start + ".." + end;
  }
}
