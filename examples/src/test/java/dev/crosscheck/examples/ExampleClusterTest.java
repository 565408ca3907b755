package dev.crosscheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.text.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled cluster loads from the class path, as it must from the shaded jar. */
class ExampleClusterTest {

  @Test
  void loadsFiveDatedReportsInOrder() {
    List<Report> reports = ExampleCluster.reports();

    assertThat(reports).extracting(Report::id)
        .containsExactly("01-wire", "02-agency", "03-broadsheet", "04-online", "05-daily");
    assertThat(reports).allSatisfy(r -> {
      assertThat(r.date()).contains(ExampleCluster.DATE);
      long words = r.text().split("\\s+").length;
      assertThat(words).as("words in %s", r.id()).isBetween(150L, 300L);
    });
  }

  @Test
  void carriesTheDivergencesAndAgreementsItIsMeantToShow() {
    List<Report> r = ExampleCluster.reports();
    assertThat(r.get(2).text()).contains("more than three hours", "guard itself for every possible situation",
        "more than four hours earlier than anticipated", "Kim Jong-un", "two months ago");
    assertThat(r.get(3).text()).contains("for three hours", "gird itself", "Ministry of Foreign Affairs", "U.S.");
    assertThat(r.get(1).text()).contains("nearly five hours", "gird itself", "KCNA quoted Kim as saying",
        "the agency added", "late February");
    assertThat(r.get(4).text()).contains("nearly five hours", "two hours later than expected");
    assertThat(r.get(0).text()).contains("about 4 1/2 hours earlier than planned", "two hours later than expected",
        "more than 10,000 North Korean workers", "two-day meeting in Beijing");
  }
}
