package dev.crosscheck;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * An input over one of the checker's {@link Limits}: refused whole, never cut short. The message
 * names the report (when one report is over), what was counted and the limit, for instance
 * "report 'afp' has 17,000,000 characters, over the limit of 16,000,000 (maxReportLength)".
 */
public final class LimitExceededException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String limit;
  private final long allowed;
  private final long actual;
  private final String reportId;

  /**
   * An input over a limit.
   *
   * @param limit the name of the limit, as in {@link Limits} ({@code maxReportLength})
   * @param allowed the limit's value
   * @param actual what the input has
   * @param reportId the report over the limit, or null when the limit is on the whole cluster
   * @param what what was counted, plural ("characters", "reports")
   */
  public LimitExceededException(String limit, long allowed, long actual, String reportId, String what) {
    super(String.format(Locale.ROOT, "%s %,d %s, over the limit of %,d (%s)",
        reportId == null ? "the cluster has" : "report '" + reportId + "' has", actual, what, allowed, limit));
    this.limit = requireNonNull(limit, "limit");
    this.allowed = allowed;
    this.actual = actual;
    this.reportId = reportId;
  }

  /**
   * The limit that was passed.
   *
   * @return its name in {@link Limits}: {@code maxReportLength} or {@code maxReports}
   */
  public String limit() {
    return limit;
  }

  /**
   * The limit's value.
   *
   * @return the most the limit allows
   */
  public long allowed() {
    return allowed;
  }

  /**
   * How much the input had.
   *
   * @return the count that passed the limit
   */
  public long actual() {
    return actual;
  }

  /**
   * The report over the limit.
   *
   * @return its id, or empty when the limit is on the cluster
   */
  public Optional<String> reportId() {
    return Optional.ofNullable(reportId);
  }
}
