package dev.crosscheck.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.crosscheck.text.Span;
import java.util.Optional;

/**
 * A number as a report states it, with its hedge, unit or counted noun, read as an interval.
 * "more than three hours" is value 3, hedge {@link Hedge#MORE_THAN}, unit hour, interval (3, 4].
 *
 * @param span the whole expression, hedge and unit included ("more than three hours")
 * @param text the original characters of {@code span}
 * @param sentence index of the sentence that states it
 * @param value the stated number (for a range, its lower end)
 * @param interval what the statement allows, in {@code unit}s (or plain numbers when there is none)
 * @param hedge how the number is qualified
 * @param unit the unit of measure; empty for a bare or counted number
 * @param noun the counted noun, singular and lower case ("worker" in "10,000 North Korean workers");
 *     empty when none is counted
 */
public record Quantity(
    Span span,
    String text,
    int sentence,
    double value,
    Interval interval,
    Hedge hedge,
    Optional<Unit> unit,
    Optional<String> noun)
    implements Fact {

  /**
   * Validates the quantity.
   *
   * @param span the whole expression, hedge and unit included
   * @param text the original characters of {@code span}
   * @param sentence index of the sentence that states it
   * @param value the stated number (for a range, its lower end)
   * @param interval what the statement allows, in {@code unit}s (or plain numbers when there is none)
   * @param hedge how the number is qualified
   * @param unit the unit of measure; empty for a bare or counted number
   * @param noun the counted noun, singular and lower case; empty when none is counted
   * @throws IllegalArgumentException when {@code value} is not finite or {@code text} is not as long
   *     as {@code span}
   */
  public Quantity {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
    requireNonNull(interval, "interval");
    requireNonNull(hedge, "hedge");
    requireNonNull(unit, "unit");
    requireNonNull(noun, "noun");
    checkArgument(Double.isFinite(value), "value %s is not finite", value);
    checkArgument(text.length() == span.length(), "text does not match span %s", span);
  }

  /**
   * The interval in the unit's base (seconds for durations); the plain interval without a unit.
   *
   * @return {@link #interval()} scaled by the unit's factor, or as it is when there is no unit
   */
  public Interval baseInterval() {
    return unit.map(u -> interval.scaled(u.factor())).orElse(interval);
  }

  @Override
  public String type() {
    return "quantity";
  }

  /**
   * Whether the number has neither unit nor counted noun ("the 5 of them", a list's "2"): it does
   * not say what it counts, so it is never aligned or compared.
   *
   * @return true for a bare number
   */
  public boolean isBare() {
    return unit.isEmpty() && noun.isEmpty();
  }
}
