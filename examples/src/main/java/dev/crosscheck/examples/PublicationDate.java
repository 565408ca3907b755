package dev.crosscheck.examples;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.text.Report;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code --date yyyy-MM-dd} option of {@code check} and {@code facts}: a publication date for every report. */
final class PublicationDate {
  private PublicationDate() {}

  /** The reports, each given the date when there is one; a report's own date is replaced. */
  static ImmutableList<Report> apply(ImmutableList<Report> reports, LocalDate date) {
    if (date == null) {
      return reports;
    }
    return reports.stream()
        .map(r -> new Report(r.id(), r.text(), Optional.of(date)))
        .collect(ImmutableList.toImmutableList());
  }

  /** Reads a calendar date written yyyy-MM-dd. */
  static final class Converter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("expected a date yyyy-MM-dd but was '" + value + "'");
      }
    }
  }
}
