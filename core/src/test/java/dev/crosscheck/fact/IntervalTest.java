package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void hedgedReadingsFollowTheDesign() {
    assertThat(Interval.of(Hedge.EXACT, 3, 1)).isEqualTo(new Interval(2.5, 3.5, true, false));
    // Two exact figures whose roundings only touch cannot both be right; "about" can reach.
    assertThat(Interval.of(Hedge.EXACT, 30, 10).intersects(Interval.of(Hedge.EXACT, 20, 10))).isFalse();
    assertThat(Interval.of(Hedge.EXACT, 457, 1).intersects(Interval.of(Hedge.EXACT, 458, 1))).isFalse();
    assertThat(Interval.of(Hedge.ABOUT, 30, 10).intersects(Interval.of(Hedge.ABOUT, 20, 10))).isTrue();
    assertThat(Interval.of(Hedge.MORE_THAN, 3, 1)).isEqualTo(new Interval(3, 4, false, true));
    assertThat(Interval.of(Hedge.NEARLY, 5, 1)).isEqualTo(new Interval(4.5, 5, true, false));
    assertThat(Interval.of(Hedge.AT_LEAST, 3, 1)).isEqualTo(new Interval(3, 4, true, true));
    assertThat(Interval.of(Hedge.UP_TO, 3, 1)).isEqualTo(new Interval(2, 3, true, true));
    assertThat(Interval.of(Hedge.LESS_THAN, 3, 1)).isEqualTo(new Interval(2, 3, true, false));
  }

  @Test
  void disjointIntervalsDoNotIntersect() {
    // "three hours" vs "nearly five hours": a conflict
    assertThat(Interval.of(Hedge.EXACT, 3, 1).intersects(Interval.of(Hedge.NEARLY, 5, 1))).isFalse();
    // "more than three hours" vs "three hours": they meet
    assertThat(Interval.of(Hedge.MORE_THAN, 3, 1).intersects(Interval.of(Hedge.EXACT, 3, 1))).isTrue();
    // "more than four hours" vs "about 4 1/2 hours": they meet
    assertThat(Interval.of(Hedge.MORE_THAN, 4, 1).intersects(Interval.of(Hedge.ABOUT, 4.5, 0.5))).isTrue();
  }

  @Test
  void touchingBoundsMeetOnlyWhenBothAreClosed() {
    assertThat(new Interval(1, 2, true, true).intersects(new Interval(2, 3, true, true))).isTrue();
    assertThat(new Interval(1, 2, true, false).intersects(new Interval(2, 3, true, true))).isFalse();
    assertThat(new Interval(2, 3, false, true).intersects(new Interval(1, 2, true, true))).isFalse();
  }

  @Test
  void refusesReversedBounds() {
    assertThatThrownBy(() -> new Interval(3, 2, true, true)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Interval.of(Hedge.EXACT, 3, 1).scaled(3600).low()).isEqualTo(9000);
  }

  @Test
  void badBoundsAndGranularitiesAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Interval(1, 1, false, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Interval.of(Hedge.EXACT, 3, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("granularity");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Interval.of(Hedge.EXACT, Double.POSITIVE_INFINITY, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    assertThat(Interval.point(2)).isEqualTo(new Interval(2, 2, true, true));
  }

  @Test
  void aRoundFigureAsNewsWritesItIsNotHalfItsFirstDigitWide() {
    // unhedged: the second digit's place
    assertThat(Interval.reported(Hedge.EXACT, 1000, 1000)).isEqualTo(new Interval(950, 1050, true, false));
    assertThat(Interval.reported(Hedge.EXACT, 1000, 1000).intersects(Interval.reported(Hedge.EXACT, 1400, 100)))
        .as("fined $1,000 vs $1,400").isFalse();
    assertThat(Interval.reported(Hedge.EXACT, 100, 100).intersects(Interval.reported(Hedge.EXACT, 140, 10)))
        .as("arrested 100 vs 140").isFalse();
    assertThat(Interval.reported(Hedge.EXACT, 2e9, 1e9).intersects(Interval.reported(Hedge.NEARLY, 1.8e9, 1e8)))
        .as("$2 billion vs nearly $1.8 billion").isFalse();
    // "about": a fifth of the value at least
    assertThat(Interval.reported(Hedge.ABOUT, 2000, 1000)).isEqualTo(new Interval(1800, 2200, true, true));
    assertThat(Interval.reported(Hedge.ABOUT, 2000, 1000).intersects(Interval.reported(Hedge.EXACT, 2500, 100)))
        .as("some 2,000 vs 2,500").isFalse();
    // one-sided hedges keep the full width
    assertThat(Interval.reported(Hedge.MORE_THAN, 10_000, 10_000).intersects(Interval.reported(Hedge.ABOUT, 10_500, 100)))
        .as("more than 10,000 vs about 10,500").isTrue();
    assertThat(Interval.reported(Hedge.MORE_THAN, 200_000, 100_000).intersects(Interval.reported(Hedge.EXACT, 225_178, 1)))
        .as("more than 200,000 vs 225,178").isTrue();
  }

  @Test
  void figuresThatAreNotRoundReadAsBefore() {
    assertThat(Interval.reported(Hedge.EXACT, 3, 1)).isEqualTo(Interval.of(Hedge.EXACT, 3, 1));
    assertThat(Interval.reported(Hedge.EXACT, 50, 10)).isEqualTo(Interval.of(Hedge.EXACT, 50, 10));
    assertThat(Interval.reported(Hedge.EXACT, 2500, 100)).isEqualTo(Interval.of(Hedge.EXACT, 2500, 100));
    assertThat(Interval.reported(Hedge.ABOUT, 4.5, 0.5)).isEqualTo(Interval.of(Hedge.ABOUT, 4.5, 0.5));
  }
}
