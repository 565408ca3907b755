package dev.crosscheck.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A non-empty run of characters in one report's original text: {@code report.text().substring(start, end)}
 * is exactly the evidence. Offsets are UTF-16 code units (Java {@code String} indices), zero-based, with
 * {@code end} exclusive.
 *
 * @param reportId the id of the report the offsets point into
 * @param start the first character, inclusive
 * @param end the end, exclusive; greater than {@code start}
 */
public record Span(String reportId, int start, int end) implements Comparable<Span> {

  /**
   * Validates the span; an empty or reversed span is refused.
   *
   * @param reportId the id of the report the offsets point into
   * @param start the first character, inclusive
   * @param end the end, exclusive; greater than {@code start}
   * @throws IllegalArgumentException when {@code start} is negative or {@code end} is not after it
   */
  public Span {
    requireNonNull(reportId, "reportId");
    checkArgument(start >= 0, "span start %s is negative", start);
    checkArgument(end > start, "span [%s, %s) is empty or reversed", start, end);
  }

  /**
   * The number of characters covered.
   *
   * @return {@code end - start}, at least 1
   */
  public int length() {
    return end - start;
  }

  /**
   * The characters of {@code reportText} this span covers.
   *
   * @param reportText the original text of the report this span points into
   * @return the characters from {@code start} to {@code end}
   * @throws IndexOutOfBoundsException when the text ends before {@code end}
   */
  public String text(String reportText) {
    return reportText.substring(start, end);
  }

  /**
   * Whether the two spans are in the same report and share at least one character.
   *
   * @param other a span of any report
   * @return true when both point into one report and their ranges overlap
   */
  public boolean overlaps(Span other) {
    return reportId.equals(other.reportId) && start < other.end && other.start < end;
  }

  /**
   * Whether {@code other} lies wholly inside this span.
   *
   * @param other a span of any report
   * @return true when {@code other} is in the same report and starts and ends within this span
   */
  public boolean contains(Span other) {
    return reportId.equals(other.reportId) && start <= other.start && other.end <= end;
  }

  @Override
  public int compareTo(Span o) {
    int c = reportId.compareTo(o.reportId);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return reportId + "[" + start + "," + end + ")";
  }
}
