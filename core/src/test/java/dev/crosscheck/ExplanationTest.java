package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.fact.Fact;
import dev.crosscheck.text.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Why a divergence was or was not reported: each pair looked at, its similarity and its outcome. */
class ExplanationTest {
  private static final Crosscheck CHECKER = Crosscheck.standard();

  private static Fact only(Explanation e, String words) {
    List<Fact> found = e.factsWith(words);
    assertThat(found).as("facts with '%s'", words).hasSize(1);
    return found.get(0);
  }

  @Test
  void anAlignedPairSaysSoWithItsSimilarityAndTheCheckIsTheSame() {
    List<Report> reports = List.of(new Report("a", "The two leaders met for three hours in Vladivostok on Thursday."),
        new Report("b", "The two leaders met for nearly five hours in Vladivostok on Thursday."));
    Explanation e = CHECKER.explain(reports);
    assertThat(e.result().divergences()).isEqualTo(CHECKER.check(reports).divergences());
    Explanation.OfFact of = e.of(only(e, "three hours"));
    assertThat(of.compared()).isNotEmpty();
    Explanation.Pair best = of.compared().get(0);
    assertThat(best.outcome()).isEqualTo("aligned");
    assertThat(best.other(of.fact()).text()).isEqualTo("nearly five hours");
    assertThat(best.similarity()).isBetween(0.0, 1.0);
  }

  @Test
  void aPairKeptApartSaysByWhat() {
    List<Report> reports = List.of(new Report("a", "The leaders met for three hours in Vladivostok."),
        new Report("b", "The leaders met for five hours in Moscow."));
    Explanation e = CHECKER.explain(reports);
    assertThat(e.result().divergences()).isEmpty();
    Explanation.OfFact of = e.of(only(e, "three hours"));
    assertThat(of.compared()).extracting(Explanation.Pair::outcome).anyMatch(o -> o.contains("different places"));
  }

  @Test
  void aFactThatSharesNoWordWithAnotherWasNeverComparedWithIt() {
    List<Report> reports = List.of(new Report("a", "The blaze destroyed 40 homes on the ridge."),
        new Report("b", "Flames razed 60 homes along the valley."));
    Explanation e = CHECKER.explain(reports);
    Explanation.OfFact of = e.of(only(e, "40 homes"));
    assertThat(of.neverCompared()).extracting(Fact::text).contains("60 homes");
    assertThat(of.compared()).noneMatch(p -> p.other(of.fact()).text().equals("60 homes"));
  }

  @Test
  void aFactIsFoundByOffsetTheInnermostFirst() {
    List<Report> reports = List.of(new Report("a", "The two leaders met for three hours."),
        new Report("b", "The two leaders met for five hours."));
    Explanation e = CHECKER.explain(reports);
    int at = reports.get(0).text().indexOf("three");
    assertThat(e.factAt("a", at)).map(Fact::text).contains("three hours");
    assertThat(e.factAt("a", 0)).isEmpty();
    assertThat(e.factAt("zz", at)).isEmpty();
    assertThat(e.pairs()).allSatisfy(p -> assertThat(p.a().span().compareTo(p.b().span())).isNegative());
  }

  @Test
  void aQuotationIsExplainedByItsGroup() {
    List<Report> reports = List.of(new Report("a", "\"We will gird ourselves for every situation,\" Kim said on Thursday."),
        new Report("b", "Kim said: \"We will gird ourselves for every situation.\""));
    Explanation e = CHECKER.explain(reports);
    Fact quote = e.result().documents().get(0).quotations().get(0);
    assertThat(e.aligned(quote)).isTrue();
    assertThat(e.of(quote).compared()).extracting(Explanation.Pair::outcome).containsExactly("aligned");
    assertThat(e.of(quote).neverCompared()).isEmpty();
  }

  @Test
  void everyPairIsTracedOnceEvenWhenASimilarityProposesItAgain() {
    List<Report> reports = List.of(new Report("a", "The blaze destroyed 40 homes on the ridge. The talks lasted three hours."),
        new Report("b", "Flames razed 60 homes along the valley. The talks lasted five hours."));
    dev.crosscheck.align.Similarity proposing = new dev.crosscheck.align.Similarity() {
      @Override
      public double similarity(dev.crosscheck.align.FactContext a, dev.crosscheck.align.FactContext b) {
        return dev.crosscheck.align.Similarity.lexical().similarity(a, b);
      }

      @Override
      public void propose(List<dev.crosscheck.align.FactContext> contexts, PairSink pair) {
        for (int i = 0; i < contexts.size(); i++) {
          for (int j = 0; j < contexts.size(); j++) {
            pair.accept(i, j);
          }
        }
      }
    };
    Explanation e = Crosscheck.builder().similarity(proposing).build().explain(reports);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Explanation.Pair p : e.pairs()) {
      assertThat(seen.add(p.a().span() + "|" + p.b().span())).as("traced twice: %s", p).isTrue();
    }
    assertThat(seen).isNotEmpty();
  }
}
