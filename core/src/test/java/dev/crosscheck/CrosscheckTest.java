package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.rule.Divergence;
import dev.crosscheck.text.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrosscheckTest {

  @Test
  void refusesFewerThanTwoReportsAndDuplicateIds() {
    Crosscheck checker = Crosscheck.standard();
    assertThatThrownBy(() -> checker.check(List.of(new Report("a", "x"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two");
    assertThatThrownBy(() -> checker.check(List.of(new Report("a", "x"), new Report("a", "y"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
  }

  @Test
  void emptyReportsGiveACleanResult() {
    CheckResult r = Crosscheck.standard().check(List.of(new Report("a", ""), new Report("b", "")));
    assertThat(r.divergences()).isEmpty();
    assertThat(r.reports()).extracting(Report::id).containsExactly("a", "b");
  }

  @Test
  void unknownRuleIdsAreRefusedWhenBuilding() {
    assertThatThrownBy(() -> Crosscheck.builder().only("no-such-rule").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-rule");
    assertThat(Crosscheck.builder().only("quantity-mismatch").build().rules())
        .extracting(r -> r.id()).containsExactly("quantity-mismatch");
    assertThatThrownBy(() -> Crosscheck.builder().only())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    assertThat(Crosscheck.builder().disable("quantity-mismatch").build().rules())
        .extracting(r -> r.id()).doesNotContain("quantity-mismatch");
  }

  @Test
  void evidenceTextComesFromTheResult() {
    CheckResult r = Crosscheck.standard().check(List.of(
        new Report("ap_morning", "The two presidents met for three hours on Tuesday at the palace."),
        new Report("ap_evening", "The two presidents met for nearly five hours on Tuesday at the palace.")));
    Divergence d = r.divergences().get(0);
    assertThat(d.evidence()).extracting(r::text).containsExactly("three hours", "nearly five hours");
    assertThatThrownBy(() -> r.text(new dev.crosscheck.text.Span("nobody", 0, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
  }

  @Test
  void messagesKeepReportsApartWhoseShortIdsCollide() {
    CheckResult r = Crosscheck.standard().check(List.of(
        new Report("ap_morning", "The two presidents met for three hours on Tuesday at the palace."),
        new Report("ap_evening", "The two presidents met for nearly five hours on Tuesday at the palace."),
        new Report("000_x", "The two presidents met for nearly five hours on Tuesday at the palace.")));
    assertThat(r.divergences().get(0).message())
        .isEqualTo("Meeting duration: three hours (ap_morning) vs nearly five hours (ap_evening, 000)");
  }
}
