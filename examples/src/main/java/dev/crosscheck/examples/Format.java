package dev.crosscheck.examples;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats of {@code check}, {@code facts} and {@code rules}. */
enum Format {
  /** A listing for people. */
  TEXT,
  /** One JSON object, for programs. */
  JSON,
  /** One self-contained HTML page, for editors ({@code check} only). */
  HTML;

  /** Reads {@code text}, {@code json} or {@code html}, in any case. */
  static final class Converter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "text" -> TEXT;
        case "json" -> JSON;
        case "html" -> HTML;
        default -> throw new TypeConversionException("expected text, json or html but was '" + value + "'");
      };
    }
  }

  /** Refuses {@code html} for a command that has no page: "facts --format html". */
  static Format notHtml(Format format, String command) {
    if (format == HTML) {
      throw new InputException("--format html is for check (and batch --html-dir); " + command + " writes text or json");
    }
    return format;
  }
}
