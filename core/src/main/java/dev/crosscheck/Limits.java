package dev.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How much one check may be handed: the longest report and the most reports in a cluster. An input
 * over a limit is refused whole with a {@link LimitExceededException} that names the report and the
 * limit; it is never cut short. The defaults fit a machine with a couple of gigabytes for the JVM:
 * checking takes a few hundred bytes of memory per character of a report, for a short while.
 *
 * @param maxReportLength the most characters (UTF-16 units, Java {@code String} length) in one report
 * @param maxReports the most reports in one cluster
 */
public record Limits(int maxReportLength, int maxReports) {
  /** Sixteen million characters: a 10 MB report of English passes. */
  public static final int DEFAULT_MAX_REPORT_LENGTH = 16_000_000;
  /** A thousand reports of one event. */
  public static final int DEFAULT_MAX_REPORTS = 1_000;

  private static final Limits DEFAULTS = new Limits(DEFAULT_MAX_REPORT_LENGTH, DEFAULT_MAX_REPORTS);

  /**
   * Validates the limits.
   *
   * @param maxReportLength the most characters in one report; at least 1
   * @param maxReports the most reports in one cluster; at least 2
   * @throws IllegalArgumentException when a limit is below its least
   */
  public Limits {
    checkArgument(maxReportLength >= 1, "maxReportLength %s is below 1", maxReportLength);
    checkArgument(maxReports >= 2, "maxReports %s is below 2 (a check compares two reports at least)", maxReports);
  }

  /**
   * The default limits.
   *
   * @return {@value #DEFAULT_MAX_REPORT_LENGTH} characters a report, {@value #DEFAULT_MAX_REPORTS}
   *     reports a cluster
   */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /**
   * These limits with another longest report.
   *
   * @param chars the most characters in one report; at least 1
   * @return the new limits
   */
  public Limits withMaxReportLength(int chars) {
    return new Limits(chars, maxReports);
  }

  /**
   * These limits with another largest cluster.
   *
   * @param reports the most reports in one cluster; at least 2
   * @return the new limits
   */
  public Limits withMaxReports(int reports) {
    return new Limits(maxReportLength, reports);
  }
}
