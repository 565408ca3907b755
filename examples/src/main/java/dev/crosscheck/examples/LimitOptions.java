package dev.crosscheck.examples;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.Limits;
import picocli.CommandLine.Option;

/**
 * {@code --max-report-chars} and {@code --max-reports}, shared by check, facts and batch: the
 * checker's {@link Limits}, each left at the checker's own value unless given.
 */
final class LimitOptions {
  @Option(names = "--max-report-chars", paramLabel = "N",
      description = "Refuse a report of more than N characters, naming it (default: "
          + Limits.DEFAULT_MAX_REPORT_LENGTH + ").")
  Integer maxReportChars;

  @Option(names = "--max-reports", paramLabel = "N",
      description = "Refuse a cluster of more than N reports (default: " + Limits.DEFAULT_MAX_REPORTS + ").")
  Integer maxReports;

  /** The checker with the limits given on the command line. */
  Crosscheck apply(Crosscheck checker) {
    if (maxReportChars == null && maxReports == null) {
      return checker;
    }
    Limits limits = checker.limits();
    if (maxReportChars != null) {
      if (maxReportChars < 1) {
        throw new InputException("--max-report-chars must be at least 1, got " + maxReportChars);
      }
      limits = limits.withMaxReportLength(maxReportChars);
    }
    if (maxReports != null) {
      if (maxReports < 2) {
        throw new InputException("--max-reports must be at least 2, got " + maxReports);
      }
      limits = limits.withMaxReports(maxReports);
    }
    return checker.withLimits(limits);
  }
}
