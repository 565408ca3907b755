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

  /** Validates the report. */
  public Report {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(date, "date");
    checkArgument(!id.isBlank(), "report id is blank");
  }

  /** A report without a publication date. */
  public Report(String id, String text) {
    this(id, text, Optional.empty());
  }

  /** A report with a publication date. */
  public static Report of(String id, String text, LocalDate date) {
    return new Report(id, text, Optional.of(date));
  }

  /** A span of this report; see {@link Span}. */
  public Span span(int start, int end) {
    checkArgument(end <= text.length(), "span end %s is past the text's %s characters", end, text.length());
    return new Span(id, start, end);
  }

  @Override
  public String toString() {
    return "Report[" + id + ", " + text.length() + " chars" + date.map(d -> ", " + d).orElse("") + "]";
  }
}
