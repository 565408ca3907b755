package dev.crosscheck.rule;

import java.util.Locale;

/** How serious a divergence is. */
public enum Severity {
  /** Both statements cannot be right ("three hours" vs "nearly five hours"). */
  CONFLICT,
  /** The statements differ but may both be right, or differ only in a detail. */
  VARIANT;

  /**
   * The lower-case name used in JSON and text output.
   *
   * @return {@code conflict} or {@code variant}
   */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
