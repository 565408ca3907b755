package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void refusesEmptyAndNegativeSpans() {
    assertThatThrownBy(() -> new Span("a", 3, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span("a", -1, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportSpanChecksTheTextLength() {
    Report r = new Report("a", "three hours");
    assertThat(r.span(0, 5).text(r.text())).isEqualTo("three");
    assertThatThrownBy(() -> r.span(0, 50)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlapAndContainment() {
    assertThat(new Span("a", 0, 5).overlaps(new Span("a", 4, 8))).isTrue();
    assertThat(new Span("a", 0, 5).overlaps(new Span("a", 5, 8))).isFalse();
    assertThat(new Span("a", 0, 5).overlaps(new Span("b", 0, 5))).isFalse();
    assertThat(new Span("a", 0, 9).contains(new Span("a", 2, 5))).isTrue();
  }
}
