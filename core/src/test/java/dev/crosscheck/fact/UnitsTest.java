package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The unit table: factors to the base of each dimension, and the spellings that find them. */
class UnitsTest {

  private static Unit unit(String spelling) {
    return Units.forSpelling(spelling).orElseThrow(() -> new AssertionError("no unit for " + spelling));
  }

  @Test
  void durationsAreInSeconds() {
    assertThat(unit("hours").factor()).isEqualTo(3600);
    assertThat(unit("Minutes").factor()).isEqualTo(60);
    assertThat(unit("day").factor()).isEqualTo(86_400);
    assertThat(unit("year").factor()).isEqualTo(365.25 * 86_400);
    assertThat(unit("month").factor()).isEqualTo(unit("year").factor() / 12);
    assertThat(unit("decade").factor()).isEqualTo(10 * unit("year").factor());
    assertThat(unit("hrs")).isEqualTo(unit("hour"));
    assertThat(unit("hour").comparableWith(unit("minutes"))).isTrue();
  }

  @Test
  void lengthsAreInMetres() {
    assertThat(unit("km").factor()).isEqualTo(1000);
    assertThat(unit("miles").factor()).isEqualTo(1609.344);
    assertThat(unit("nautical miles").factor()).isEqualTo(1852);
    assertThat(unit("feet")).isEqualTo(unit("ft"));
    assertThat(unit("mm").dimension()).isEqualTo("length");
  }

  @Test
  void abbreviationsKeepTheirCaseAndWordsDoNot() {
    assertThat(Units.forSpelling("KM")).isEmpty();
    assertThat(unit("KILOMETRES")).isEqualTo(unit("km"));
    assertThat(unit("C").dimension()).isEqualTo("temperature:celsius");
    assertThat(Units.forSpelling("c")).isEmpty();
  }

  @Test
  void moneyIsByCurrencyAndPercentagePointsAreNotPercent() {
    assertThat(unit("$").dimension()).isEqualTo("money:USD");
    assertThat(unit("US$")).isEqualTo(unit("dollars"));
    assertThat(unit("€").dimension()).isEqualTo("money:EUR");
    assertThat(unit("£")).isEqualTo(unit("pounds"));
    assertThat(unit("yen").dimension()).isEqualTo("money:JPY");
    assertThat(unit("rubles")).isEqualTo(unit("roubles"));
    assertThat(unit("won").dimension()).isEqualTo("money:KRW");
    assertThat(unit("A$").dimension()).isEqualTo("money:AUD");
    assertThat(unit("%")).isEqualTo(unit("per cent"));
    assertThat(unit("percentage points").comparableWith(unit("percent"))).isFalse();
    assertThat(unit("basis points").factor()).isEqualTo(0.01);
  }

  @Test
  void everyUnitIsNamedOncePerDimension() {
    Set<String> seen = new HashSet<>();
    for (Unit u : Units.all()) {
      assertThat(seen.add(u.name() + "/" + u.dimension())).as("duplicate %s", u).isTrue();
      assertThat(u.name()).isNotBlank();
    }
    assertThat(Units.all()).hasSizeGreaterThan(50);
  }
}
