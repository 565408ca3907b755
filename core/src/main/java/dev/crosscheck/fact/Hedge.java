package dev.crosscheck.fact;

/**
 * How a number is qualified in the text. Each hedge turns a stated value x with granularity g (the
 * place of its last significant digit) into an interval; see {@link Interval#of(Hedge, double, double)}.
 */
public enum Hedge {
  /** "three hours": [x-g/2, x+g/2), so that "20" and "30" do not meet at 25. */
  EXACT,
  /** "about", "around", "roughly", "some": [x-g/2, x+g/2]. */
  ABOUT,
  /** "more than", "over", "upwards of": (x, x+g]. */
  MORE_THAN,
  /** "at least", "no fewer than": [x, x+g]. */
  AT_LEAST,
  /** "nearly", "almost", "just under": [x-g/2, x). */
  NEARLY,
  /** "less than", "under", "fewer than": [x-g, x). */
  LESS_THAN,
  /** "up to", "as many as", "at most": [x-g, x]. */
  UP_TO,
  /** "between x and y", "x to y", "x-y": [x, y]. */
  RANGE;

  /**
   * The lower-case name used in JSON output ({@code more_than}).
   *
   * @return the constant's name in lower case
   */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
