package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Numerals on their own: value, granularity (the place of the last significant digit) and extent. */
class NumberParserTest {

  private static NumberParser.Reading read(String text, boolean money) {
    QuantityTokens t = QuantityTokens.of(text, 0, text.length());
    return NumberParser.read(t, 0, money);
  }

  /** Row: text, the part read as the numeral, value, granularity. */
  static Stream<Arguments> numerals() {
    return Stream.of(
        Arguments.of("3 hours", "3", 3, 1),
        Arguments.of("4.5 km", "4.5", 4.5, 0.1),
        Arguments.of("10,000 workers", "10,000", 10_000, 10_000),
        Arguments.of("1,200.5", "1,200.5", 1200.5, 0.1),
        Arguments.of("1,674,200 votes", "1,674,200", 1_674_200, 100),
        Arguments.of("0 votes", "0", 0, 1),
        Arguments.of("1.2 million", "1.2 million", 1_200_000, 100_000),
        Arguments.of("1.25 million", "1.25 million", 1_250_000, 10_000),
        Arguments.of("3 Billion", "3 Billion", 3e9, 1e9),
        Arguments.of("1.2bn", "1.2bn", 1.2e9, 1e8),
        Arguments.of("5k", "5k", 5_000, 1_000),
        Arguments.of("3 dozen", "3 dozen", 36, 12),
        Arguments.of("4 1/2 hours", "4 1/2", 4.5, 0.5),
        Arguments.of("4½ hours", "4½", 4.5, 0.5),
        Arguments.of("1/4 of it", "1/4", 0.25, 0.25),
        Arguments.of("2 and a half", "2 and a half", 2.5, 0.5),
        Arguments.of("three hours", "three", 3, 1),
        Arguments.of("Twenty-five men", "Twenty-five", 25, 1),
        Arguments.of("twenty men", "twenty", 20, 10),
        Arguments.of("two thousand troops", "two thousand", 2000, 1000),
        Arguments.of("two thousand five hundred", "two thousand five hundred", 2500, 100),
        Arguments.of("one hundred and six", "one hundred and six", 106, 1),
        Arguments.of("nineteen hundred", "nineteen hundred", 1900, 100),
        Arguments.of("a dozen eggs", "a dozen", 12, 12),
        Arguments.of("a hundred people", "a hundred", 100, 100),
        Arguments.of("a million", "a million", 1e6, 1e6),
        Arguments.of("half a million", "half a million", 500_000, 500_000),
        Arguments.of("half a dozen", "half a dozen", 6, 6),
        Arguments.of("a quarter", "a quarter", 0.25, 0.25),
        Arguments.of("a third of them", "a third", 1.0 / 3, 1.0 / 3),
        Arguments.of("two-thirds of them", "two-thirds", 2.0 / 3, 1.0 / 3),
        Arguments.of("three quarters", "three quarters", 0.75, 0.25),
        Arguments.of("one and a half hours", "one and a half", 1.5, 0.5),
        Arguments.of("two and a half million", "two and a half million", 2.5e6, 5e5),
        Arguments.of("five six", "five", 5, 1),
        Arguments.of("three and four", "three", 3, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numerals")
  void readsTheNumeral(String text, String numeral, double value, double granularity) {
    QuantityTokens t = QuantityTokens.of(text, 0, text.length());
    NumberParser.Reading r = NumberParser.read(t, 0, false);
    assertThat(r).isNotNull();
    assertThat(r.ordinal()).isFalse();
    assertThat(text.substring(t.start(r.first()), t.end(r.last()))).isEqualTo(numeral);
    assertThat(r.value()).isCloseTo(value, within(1e-9 * Math.max(1, value)));
    assertThat(r.granularity()).isCloseTo(granularity, within(1e-9 * Math.max(1, granularity)));
  }

  @Test
  void aSignMakesMAndBMillionsAndBillions() {
    assertThat(read("3m", true).value()).isEqualTo(3e6);
    assertThat(read("3b", true).value()).isEqualTo(3e9);
    assertThat(read("3b", false).value()).isEqualTo(3);
    // without a sign an "m" followed by a word is a million, before a measure word or alone a metre
    assertThat(read("10m people", false).value()).isEqualTo(1e7);
    assertThat(read("10m tall", false).value()).isEqualTo(10);
    assertThat(read("10m.", false).value()).isEqualTo(10);
  }

  @Test
  void ordinalsAreMarkedAndNonNumeralsRefused() {
    assertThat(read("twenty-first", false).ordinal()).isTrue();
    assertThat(read("a second", false)).isNull();
    assertThat(read("a third summit", false)).isNull();
    assertThat(read("a week", false)).isNull();
    assertThat(read("half the time", false)).isNull();
    assertThat(read("24/7", false)).isNull();
    assertThat(read("9/11", false)).isNull();
    assertThat(read("1234567890123456", false)).as("too long to be an amount").isNull();
  }

  @Test
  void thousandsCommasComeInGroupsOfThree() {
    assertThat(read("1,23", false).value()).isEqualTo(1);
    assertThat(read("12345,678", false).value()).isEqualTo(12345);
    assertThat(read("10,0000", false).value()).isEqualTo(10);
  }
}
