package dev.crosscheck.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One report of an event, as the user hands it in. The text is kept untouched: every {@link Span} that
 * Crosscheck produces points into it.
 *
 * @param id a non-blank identifier, unique within one check (a file name, an outlet, a URL)
 * @param text the full original text; may be empty (an empty report simply states no facts)
 * @param date the publication date, when known; relative dates ("yesterday") resolve against it
 */
public record Report(String id, String text, Optional<LocalDate> date) {

  /**
   * Validates the report.
   *
   * @param id a non-blank identifier, unique within one check (a file name, an outlet, a URL)
   * @param text the full original text; may be empty
   * @param date the publication date, when known; relative dates ("yesterday") resolve against it
   * @throws IllegalArgumentException when {@code id} is blank
   */
  public Report {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(date, "date");
    checkArgument(!id.isBlank(), "report id is blank");
  }

  /**
   * A report without a publication date.
   *
   * @param id a non-blank identifier, unique within one check (a file name, an outlet, a URL)
   * @param text the full original text; may be empty
   * @throws IllegalArgumentException when {@code id} is blank
   */
  public Report(String id, String text) {
    this(id, text, Optional.empty());
  }

  /**
   * A report with a publication date.
   *
   * @param id a non-blank identifier, unique within one check (a file name, an outlet, a URL)
   * @param text the full original text; may be empty
   * @param date the day the report was published; relative dates resolve against it
   * @return the report, its {@link #date()} present
   * @throws IllegalArgumentException when {@code id} is blank
   */
  public static Report of(String id, String text, LocalDate date) {
    return new Report(id, text, Optional.of(date));
  }

  /**
   * A span of this report; see {@link Span}.
   *
   * @param start first character, inclusive
   * @param end end, exclusive; at most the length of the text
   * @return the span of this report's id from {@code start} to {@code end}
   * @throws IllegalArgumentException when {@code start} is negative, {@code end} is not after it or
   *     is past the text
   */
  public Span span(int start, int end) {
    checkArgument(end <= text.length(), "span end %s is past the text's %s characters", end, text.length());
    return new Span(id, start, end);
  }

  @Override
  public String toString() {
    return "Report[" + id + ", " + text.length() + " chars" + date.map(d -> ", " + d).orElse("") + "]";
  }
}
