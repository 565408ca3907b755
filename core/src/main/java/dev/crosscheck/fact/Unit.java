package dev.crosscheck.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A unit of measure: its canonical name, the dimension it measures and how many base units of that
 * dimension one of it is. Quantities of one dimension compare after scaling to the base unit
 * ("180 minutes" and "three hours" are both 10,800 seconds).
 *
 * @param name canonical singular name ("hour", "kilometre", "dollar", "percent")
 * @param dimension what it measures ("duration", "length", "money:USD", "percent", ...)
 * @param factor how many base units of the dimension one of this unit is (hour: 3600 seconds)
 */
public record Unit(String name, String dimension, double factor) {

  /**
   * Validates the unit.
   *
   * @param name canonical singular name ("hour", "kilometre", "dollar", "percent")
   * @param dimension what it measures ("duration", "length", "money:USD", "percent", ...)
   * @param factor how many base units of the dimension one of this unit is (hour: 3600 seconds)
   * @throws IllegalArgumentException when {@code name} or {@code dimension} is empty, or
   *     {@code factor} is not positive and finite
   */
  public Unit {
    requireNonNull(name, "name");
    requireNonNull(dimension, "dimension");
    checkArgument(!name.isEmpty() && !dimension.isEmpty(), "empty unit name or dimension");
    checkArgument(factor > 0 && Double.isFinite(factor), "bad factor %s", factor);
  }

  /**
   * Whether quantities in the two units can be compared.
   *
   * @param other another unit
   * @return true when both measure the same dimension
   */
  public boolean comparableWith(Unit other) {
    return dimension.equals(other.dimension);
  }
}
