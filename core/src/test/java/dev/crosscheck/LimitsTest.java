package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.text.Report;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input over a limit is refused whole, naming the report and the limit; at the limit it is checked. */
class LimitsTest {
  private static final Crosscheck CHECKER =
      Crosscheck.builder().limits(Limits.defaults().withMaxReportLength(100).withMaxReports(3)).build();

  @Test
  void aReportOverTheLimitIsRefusedWithItsIdAndTheLimit() {
    String longText = "x".repeat(101);
    assertThatThrownBy(() -> CHECKER.check(List.of(new Report("a", "short"), new Report("wire", longText))))
        .isInstanceOfSatisfying(LimitExceededException.class, e -> {
          assertThat(e.reportId()).contains("wire");
          assertThat(e.limit()).isEqualTo("maxReportLength");
          assertThat(e.allowed()).isEqualTo(100);
          assertThat(e.actual()).isEqualTo(101);
        })
        .hasMessage("report 'wire' has 101 characters, over the limit of 100 (maxReportLength)");
    assertThatThrownBy(() -> CHECKER.facts(new Report("wire", longText)))
        .isInstanceOf(LimitExceededException.class).hasMessageContaining("'wire'");
  }

  @Test
  void aReportAtTheLimitIsChecked() {
    String text = "The talks lasted three hours. ".repeat(4).substring(0, 100);
    CheckResult r = CHECKER.check(List.of(new Report("a", text), new Report("b", text)));
    assertThat(r.documents()).hasSize(2);
  }

  @Test
  void tooManyReportsAreRefused() {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      reports.add(new Report("r" + i, "text"));
    }
    assertThatThrownBy(() -> CHECKER.check(reports))
        .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.reportId()).isEmpty())
        .hasMessage("the cluster has 4 reports, over the limit of 3 (maxReports)");
    assertThat(CHECKER.check(reports.subList(0, 3)).documents()).hasSize(3);
  }

  @Test
  void limitsAreValidatedAndCopiedOntoACheckerWithTheSameRules() {
    assertThatThrownBy(() -> new Limits(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Limits(10, 1)).isInstanceOf(IllegalArgumentException.class);
    Crosscheck standard = Crosscheck.standard();
    assertThat(standard.limits()).isEqualTo(Limits.defaults());
    Crosscheck tight = standard.withLimits(new Limits(5, 2));
    assertThat(tight.limits()).isEqualTo(new Limits(5, 2));
    assertThat(tight.rules()).isEqualTo(standard.rules());
  }
}
