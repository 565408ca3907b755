package dev.crosscheck.fact;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A set of real numbers between two bounds, each open or closed; an unbounded side is an infinity.
 *
 * @param low the lower bound, or {@link Double#NEGATIVE_INFINITY}
 * @param high the upper bound, or {@link Double#POSITIVE_INFINITY}
 * @param lowClosed whether {@code low} itself belongs to the interval
 * @param highClosed whether {@code high} itself belongs to the interval
 */
public record Interval(double low, double high, boolean lowClosed, boolean highClosed) {

  /**
   * Validates the bounds.
   *
   * @param low the lower bound, or {@link Double#NEGATIVE_INFINITY}
   * @param high the upper bound, or {@link Double#POSITIVE_INFINITY}
   * @param lowClosed whether {@code low} itself belongs to the interval
   * @param highClosed whether {@code high} itself belongs to the interval
   * @throws IllegalArgumentException when a bound is NaN, {@code low} is above {@code high}, or the
   *     interval holds no number (equal bounds, one of them open)
   */
  public Interval {
    checkArgument(!Double.isNaN(low) && !Double.isNaN(high), "NaN bound");
    checkArgument(low <= high, "low %s above high %s", low, high);
    checkArgument(low < high || lowClosed && highClosed, "empty interval: %s..%s with an open bound", low, high);
  }

  /**
   * The single value x.
   *
   * @param x the one number the interval holds
   * @return [x, x]
   * @throws IllegalArgumentException when {@code x} is NaN
   */
  public static Interval point(double x) {
    return new Interval(x, x, true, true);
  }

  /**
   * The closed interval [low, high].
   *
   * @param low the lowest number, included
   * @param high the highest number, included
   * @return [low, high]
   * @throws IllegalArgumentException when a bound is NaN or {@code low} is above {@code high}
   */
  public static Interval closed(double low, double high) {
    return new Interval(low, high, true, true);
  }

  /** Beyond this a value times a unit's factor (at most about 1e17) could leave what a double holds. */
  private static final double LARGEST = 1e280;

  /** Below this a value times a unit's factor (at least about 1e-15) could sink into subnormals. */
  private static final double SMALLEST = 1e-280;

  /** The smallest granularity, relative to the value, that a double keeps through a unit conversion. */
  private static final double FINEST = 0x1p-50;

  /**
   * Whether a stated value with this granularity can be read as an interval at all: a double must
   * tell x from x &plusmn; g/2 and keep the difference through a unit conversion. "1e15 dollars 50
   * cents" (a granularity of 0.01 on 1e15) or a value near {@link Double#MAX_VALUE} states no
   * amount that can be compared, so it is no quantity.
   *
   * @param x the stated value
   * @param granularity the place of its last significant digit
   * @return true when {@link #of(Hedge, double, double)} can read it
   */
  public static boolean representable(double x, double granularity) {
    return representable(x) && representable(granularity) && granularity > 0
        && granularity >= Math.abs(x) * FINEST;
  }

  /**
   * Whether a value can bound an interval: finite, and far enough from {@link Double#MAX_VALUE} to
   * survive a unit conversion.
   *
   * @param x a bound, such as an end of a stated range
   * @return true when it is 0, or finite and between 1e-280 and 1e280 in size
   */
  public static boolean representable(double x) {
    return Double.isFinite(x) && Math.abs(x) <= LARGEST && (x == 0 || Math.abs(x) >= SMALLEST);
  }

  /**
   * The interval a hedged value stands for. {@code granularity} is the place of the value's last
   * significant digit (3 -> 1, 4.5 -> 0.5, 10,000 -> 10,000); see {@link Hedge} for each reading.
   * For {@link Hedge#RANGE} use {@link #closed(double, double)}.
   *
   * @param hedge how the value is qualified; {@link Hedge#RANGE} gives the single value x
   * @param x the stated value
   * @param granularity the place of the value's last significant digit; positive
   * @return the interval the hedge reads x as, at that granularity
   * @throws IllegalArgumentException when {@code x} is not finite, {@code granularity} is not a
   *     positive finite number, or the two are not {@link #representable(double, double)}
   */
  public static Interval of(Hedge hedge, double x, double granularity) {
    checkArgument(Double.isFinite(x), "value %s is not finite", x);
    checkArgument(granularity > 0 && Double.isFinite(granularity), "granularity %s is not positive", granularity);
    checkArgument(representable(x, granularity),
        "value %s with granularity %s is past what a double holds", x, granularity);
    double g = granularity;
    switch (hedge) {
      case EXACT:
        // Half open: two exact figures whose roundings only touch ("20 days", "30 days") cannot
        // both be right.
        return new Interval(x - g / 2, x + g / 2, true, false);
      case ABOUT:
        return new Interval(x - g / 2, x + g / 2, true, true);
      case MORE_THAN:
        return new Interval(x, x + g, false, true);
      case AT_LEAST:
        return new Interval(x, x + g, true, true);
      case NEARLY:
        return new Interval(x - g / 2, x, true, false);
      case LESS_THAN:
        return new Interval(x - g, x, true, false);
      case UP_TO:
        return new Interval(x - g, x, true, true);
      case RANGE:
      default:
        return point(x);
    }
  }

  /**
   * The interval a figure as news writes it stands for: {@link #of} with the granularity of a round
   * figure narrowed. A reporter rounds to two significant digits or so, not to the figure's first
   * one: an unhedged "$1,000" is not anything from $500 to $1,500. So for a figure whose last
   * significant digit is in the hundreds or more and past its second digit ("1,000", "2,000",
   * "$2 billion"; not "2,500", "1,360" or "50"):
   * <ul>
   *   <li>unhedged, the granularity is the place of the second digit: "$1,000" is [$950, $1,050),
   *       against "$1,400" a conflict; "arrested 100" against "140" too;
   *   <li>"about", the larger of that place and a fifth of the value: "some 2,000" is [1,800, 2,200],
   *       against "2,500" a conflict, while "about 10,000" is [9,000, 11,000];
   *   <li>the one-sided hedges ("more than", "nearly", "at least", "up to", "less than") keep the full
   *       granularity: "more than 200,000" meets "225,178", "more than 10,000" meets "about 10,500".
   * </ul>
   *
   * @param hedge how the value is qualified
   * @param x the stated value
   * @param granularity the place of its last significant digit
   * @return the interval
   * @throws IllegalArgumentException as {@link #of} does
   */
  public static Interval reported(Hedge hedge, double x, double granularity) {
    double g = granularity;
    if ((hedge == Hedge.EXACT || hedge == Hedge.ABOUT) && g >= 100 && x != 0 && Double.isFinite(x)) {
      double second = Math.pow(10, Math.floor(Math.log10(Math.abs(x))) - 1);
      if (g > second) {
        g = hedge == Hedge.EXACT ? second : Math.min(g, Math.max(second, Math.abs(x) / 5));
      }
    }
    return of(hedge, x, g);
  }

  /**
   * The interval with both bounds multiplied by a positive factor (a unit conversion).
   *
   * @param factor how many base units one unit of the interval is (3600 for hours to seconds)
   * @return the scaled interval, each bound open or closed as before
   * @throws IllegalArgumentException when {@code factor} is not positive
   */
  public Interval scaled(double factor) {
    checkArgument(factor > 0, "factor %s is not positive", factor);
    return new Interval(low * factor, high * factor, lowClosed, highClosed);
  }

  /**
   * Whether the two intervals share at least one number.
   *
   * @param o another interval, in the same unit
   * @return true when some number lies in both; bounds that only touch count only when both are
   *     closed
   */
  public boolean intersects(Interval o) {
    if (high < o.low || o.high < low) {
      return false;
    }
    if (high == o.low) {
      return highClosed && o.lowClosed;
    }
    if (o.high == low) {
      return o.highClosed && lowClosed;
    }
    return true;
  }

  /**
   * The lower bound, or null when unbounded (for JSON).
   *
   * @return {@code low}, or null when it is infinite
   */
  public Double lowOrNull() {
    return Double.isInfinite(low) ? null : low;
  }

  /**
   * The upper bound, or null when unbounded (for JSON).
   *
   * @return {@code high}, or null when it is infinite
   */
  public Double highOrNull() {
    return Double.isInfinite(high) ? null : high;
  }

  @Override
  public String toString() {
    return (lowClosed ? "[" : "(") + low + ", " + high + (highClosed ? "]" : ")");
  }
}
