package dev.crosscheck.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.CheckResult;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Severity;
import dev.crosscheck.text.Report;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** End to end: what the words alone miss and the meaning finds, and what both leave alone. */
@Order(3)
class SemanticAlignmentTest {
  private static Crosscheck lexical;
  private static Crosscheck semantic;

  @BeforeAll
  static void checkers() {
    lexical = Crosscheck.standard();
    semantic = Crosscheck.builder().similarity(SemanticSimilarity.load()).build();
  }

  private static List<Report> cluster(String a, String b) {
    return List.of(new Report("a", a), new Report("b", b));
  }

  @Test
  void oneCountToldWithOtherVerbsIsAConflict() {
    List<Report> fire = cluster("The blaze destroyed 40 homes on the ridge before dawn.",
        "Flames razed 60 homes along the ridge overnight.");
    assertThat(lexical.check(fire).divergences()).isEmpty();
    CheckResult r = semantic.check(fire);
    assertThat(r.divergences()).extracting(Divergence::kind, Divergence::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("quantity", Severity.CONFLICT));
    assertThat(r.divergences().get(0).readings()).extracting(x -> x.label()).containsExactlyInAnyOrder("40 homes", "60 homes");
  }

  @Test
  void datesKeepTheirOwnEventTestWhateverTheSentencesMean() {
    // Read alike, but the dates are attached to other words ("separated", "moving"): the date test
    // of the core holds with meaning too, for most dates of one story date different events.
    List<Report> move = cluster("The couple separated in 2015 and he moved back to Winnipeg.",
        "He was moving back to Winnipeg from Nelson, in 2014, friends said.");
    assertThat(lexical.check(move).divergences()).isEmpty();
    assertThat(semantic.check(move).divergences()).isEmpty();
  }

  @Test
  void anotherEventWithTheSameNounStaysSilent() {
    List<Report> other = cluster("The blaze destroyed 40 homes on the ridge before dawn.",
        "The town council approved plans for 60 homes on a new estate last spring.");
    assertThat(semantic.check(other).divergences()).isEmpty();
  }

  @Test
  void theSameReportsGiveTheSameFindingsEveryTime() {
    List<Report> fire = cluster("The blaze destroyed 40 homes on the ridge before dawn.",
        "Flames razed 60 homes along the ridge overnight.");
    assertThat(semantic.check(fire).divergences()).isEqualTo(semantic.check(fire).divergences());
    assertThat(semantic.check(List.of(fire.get(1), fire.get(0))).divergences()).hasSize(1);
  }

  @Test
  void oneModelServesManyThreadsWithTheSameFindings() throws Exception {
    List<List<Report>> clusters = List.of(
        cluster("The blaze destroyed 40 homes on the ridge before dawn.", "Flames razed 60 homes along the ridge overnight."),
        cluster("Rescuers pulled 12 survivors from the hotel.", "Crews saved 15 survivors trapped in the hotel."),
        cluster("The blaze destroyed 40 homes on the ridge before dawn.",
            "The town council approved plans for 60 homes on a new estate last spring."));
    List<List<Divergence>> alone = clusters.stream().map(c -> semantic.check(c).divergences().stream().toList()).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<Divergence>>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 24; i++) {
        List<Report> c = clusters.get(i % clusters.size());
        futures.add(pool.submit(() -> semantic.check(c).divergences().stream().toList()));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).as("run %s", i).isEqualTo(alone.get(i % clusters.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
