package dev.crosscheck.examples;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats of {@code check}, {@code facts} and {@code rules}. */
enum Format {
  /** A listing for people. */
  TEXT,
  /** One JSON object, for programs. */
  JSON;

  /** Reads {@code text} or {@code json}, in any case. */
  static final class Converter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "text" -> TEXT;
        case "json" -> JSON;
        default -> throw new TypeConversionException("expected text or json but was '" + value + "'");
      };
    }
  }
}
