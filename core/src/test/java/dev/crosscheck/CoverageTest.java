package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Fact;
import dev.crosscheck.fact.Quantity;
import dev.crosscheck.testing.Shared;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Who states what: every aligned group and every fact of one report, with the silent reports. */
class CoverageTest {
  private static final List<Report> CLUSTER = List.of(
      new Report("a", "The two leaders met for three hours in Vladivostok. Police arrested 40 protesters there."),
      new Report("b", "The two leaders met for nearly five hours in Vladivostok."),
      new Report("c", "Markets were calm; the 5 of them waited."));

  @Test
  void aGroupIsOneRowWithTheReportsThatStateItAndThoseSilent() {
    Coverage coverage = Crosscheck.standard().check(CLUSTER).coverage();
    assertThat(coverage.reportIds()).containsExactly("a", "b", "c");
    Coverage.Row meeting = coverage.shared().stream().filter(r -> r.topic().equals("Meeting duration")).findFirst().orElseThrow();
    assertThat(meeting.kind()).isEqualTo("quantity");
    assertThat(meeting.statements()).extracting(Coverage.Statement::reportId, Coverage.Statement::reading)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "three hours"),
            org.assertj.core.groups.Tuple.tuple("b", "nearly five hours"));
    assertThat(meeting.silent()).containsExactly("c");
    assertThat(meeting.statement("c")).isNull();
  }

  @Test
  void aFactOfOneReportIsListedWithEveryOtherReportSilent() {
    Coverage coverage = Crosscheck.standard().check(CLUSTER).coverage();
    assertThat(coverage.onlyIn("a")).extracting(Coverage.Row::topic).contains("40 protesters");
    Coverage.Row arrests = coverage.onlyIn("a").stream().filter(r -> r.topic().equals("40 protesters")).findFirst().orElseThrow();
    assertThat(arrests.shared()).isFalse();
    assertThat(arrests.silent()).containsExactly("b", "c");
    // a bare number says nothing that could be compared: no row
    assertThat(coverage.rows()).noneMatch(r -> r.topic().equals("5"));
  }

  @Test
  void everyComparableFactIsInExactlyOneRowWithItsEvidence() throws java.io.IOException {
    CheckResult result = Crosscheck.standard().check(Shared.seedsIfPresent().orElse(CLUSTER));
    Set<Span> inRows = new HashSet<>();
    List<Span> all = new ArrayList<>();
    for (Coverage.Row row : result.coverage().rows()) {
      for (Coverage.Statement s : row.statements()) {
        for (Span e : s.evidence()) {
          assertThat(e.reportId()).isEqualTo(s.reportId());
          assertThat(inRows.add(e)).as("%s in two rows", e).isTrue();
        }
      }
      assertThat(row.statements().size() + row.silent().size()).isEqualTo(result.reports().size());
    }
    for (DocumentFacts d : result.documents()) {
      for (Fact f : d.all()) {
        if (!(f instanceof Quantity q && q.unit().isEmpty() && q.noun().isEmpty())) {
          all.add(f.span());
        }
      }
    }
    assertThat(inRows).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void inTheSeedsOnlyOneReportCarriesTheExecutionsAndOnlyOneTheWreathLaying() throws java.io.IOException {
    Optional<List<Report>> seeds = Shared.seedsIfPresent();
    Assumptions.assumeTrue(seeds.isPresent(), "no shared/seeds folder beside the checkout: skipped");
    CheckResult result = Crosscheck.standard().check(seeds.get());
    Coverage coverage = result.coverage();
    Coverage.Row executions = only(result, coverage, "executed");
    Coverage.Row wreath = only(result, coverage, "wreath-laying");
    assertThat(executions.statements()).hasSize(1);
    assertThat(executions.silent()).hasSize(4);
    assertThat(wreath.statements()).hasSize(1);
    assertThat(wreath.silent()).hasSize(4);
    assertThat(executions.statements().get(0).reportId()).isNotEqualTo(wreath.statements().get(0).reportId());
  }

  /** The one row whose fact stands in a sentence with {@code word}; that word is in one report only. */
  private static Coverage.Row only(CheckResult result, Coverage coverage, String word) {
    List<Coverage.Row> rows = new ArrayList<>();
    for (Coverage.Row row : coverage.rows()) {
      for (Coverage.Statement s : row.statements()) {
        Span e = s.evidence().get(0);
        DocumentFacts d = result.documents().stream().filter(x -> x.id().equals(s.reportId())).findFirst().orElseThrow();
        var sn = d.document().sentenceAt(e.start()).orElseThrow();
        if (d.document().text(sn.start(), sn.end()).contains(word) && row.kind().equals("quantity")) {
          rows.add(row);
        }
      }
    }
    assertThat(rows).as("quantities in sentences with '%s'", word).hasSize(1);
    assertThat(result.documents().stream().filter(d -> d.document().text().contains(word))).hasSize(1);
    return rows.get(0);
  }
}
