package dev.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.CheckResult;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.fact.Quantity;
import dev.crosscheck.text.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shared engine: candidate pairs from postings, and the similarity it asks. */
class AlignmentEngineTest {

  private static final List<Report> MEETING = List.of(
      new Report("a", "The two leaders met for three hours in Vladivostok on Thursday. Police arrested 40 protesters."),
      new Report("b", "The two leaders met for nearly five hours in Vladivostok on Thursday. Police arrested 55 protesters."));

  @Test
  void candidatesAreEveryPairSharingARareFeatureOnceSmallerFirst() {
    long seed = Long.getLong("crosscheck.engine.seed", 20261202L);
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(30);
      int max = 1 + random.nextInt(6);
      List<Set<String>> features = new ArrayList<>();
      List<Set<String>> probes = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        features.add(randomSet(random, "f"));
        probes.add(randomSet(random, "f"));
      }
      Set<Long> expected = new HashSet<>();
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (sharesRare(features, features.get(a), features.get(b), max)
              || sharesRare(features, probes.get(a), features.get(b), max)
              || sharesRare(features, probes.get(b), features.get(a), max)) {
            expected.add((long) a * n + b);
          }
        }
      }
      Set<Long> got = new HashSet<>();
      AtomicInteger calls = new AtomicInteger();
      AlignmentEngine.candidates(features, probes, max, (a, b) -> {
        assertThat(a).as("seed %s", seed).isLessThan(b);
        got.add((long) a * n + b);
        calls.incrementAndGet();
      });
      assertThat(calls.get()).as("each pair once, seed %s", seed).isEqualTo(got.size());
      assertThat(got).as("seed %s round %s", seed, round).isEqualTo(expected);
    }
  }

  private static Set<String> randomSet(Random random, String prefix) {
    Set<String> s = new HashSet<>();
    int k = random.nextInt(4);
    for (int i = 0; i < k; i++) {
      s.add(prefix + random.nextInt(8));
    }
    return s;
  }

  /** Whether some member of {@code of} is a feature of {@code in} held by at most {@code max} items. */
  private static boolean sharesRare(List<Set<String>> all, Set<String> of, Set<String> in, int max) {
    for (String f : of) {
      if (in.contains(f) && all.stream().filter(s -> s.contains(f)).count() <= max) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theStandardSimilarityPairsTheMeetingAndTheArrests() {
    CheckResult r = Crosscheck.builder().build().check(MEETING);
    assertThat(r.alignment().quantities()).extracting(g -> g.facts().get(0).text() + "/" + g.facts().get(1).text())
        .contains("three hours/nearly five hours", "40 protesters/55 protesters");
  }

  @Test
  void aSimilarityThatSeesNothingAlignsNothing() {
    CheckResult r = Crosscheck.builder().similarity((x, y) -> 0.0).build().check(MEETING);
    // The duration is vouched for by the shared event word even so; the count is not.
    assertThat(r.alignment().quantities()).allSatisfy(g -> assertThat(g.facts().get(0).unit()).isPresent());
    assertThat(r.alignment().dates()).isEmpty();
  }

  @Test
  void aSimilarityThatSeesEverythingStillKeepsTheHardConstraints() {
    CheckResult r = Crosscheck.builder().similarity((x, y) -> 1.0).build().check(MEETING);
    for (FactGroup<Quantity> g : r.alignment().quantities()) {
      // hours align with hours, protesters with protesters: never across
      assertThat(g.facts().stream().map(q -> q.unit().map(u -> u.name()).orElse(q.noun().orElse(""))).distinct())
          .hasSize(1);
    }
  }

  @Test
  void theEngineAsksTheSimilarityWithFactsInSpanOrder() {
    List<String> asked = new ArrayList<>();
    Similarity recording = (x, y) -> {
      synchronized (asked) {
        asked.add(x.fact().span().reportId() + y.fact().span().reportId());
      }
      return Similarity.lexical().similarity(x, y);
    };
    Crosscheck.builder().similarity(recording).build().check(List.of(MEETING.get(1), MEETING.get(0)));
    assertThat(asked).isNotEmpty().allMatch(s -> s.equals("ab"));
  }

  private static final List<Report> FIRE = List.of(
      new Report("a", "The blaze destroyed 40 homes on the ridge."),
      new Report("b", "Flames razed 60 homes along the valley."));

  /** Proposes every pair of facts it is shown and finds each pair alike; counts its clusters. */
  private static final class Proposing implements Similarity {
    final AtomicInteger clusters = new AtomicInteger();
    final boolean propose;

    Proposing(boolean propose) {
      this.propose = propose;
    }

    @Override
    public double similarity(FactContext a, FactContext b) {
      throw new AssertionError("asked before the cluster was prepared");
    }

    @Override
    public Similarity forCluster(List<dev.crosscheck.fact.DocumentFacts> documents) {
      clusters.incrementAndGet();
      return new Similarity() {
        @Override
        public double similarity(FactContext a, FactContext b) {
          return 1.0;
        }

        @Override
        public void propose(List<FactContext> contexts, PairSink pair) {
          if (propose) {
            for (int i = 0; i < contexts.size(); i++) {
              for (int j = 0; j < contexts.size(); j++) {
                pair.accept(i, j); // itself and both orders too: the engine takes each pair once
              }
            }
          }
        }
      };
    }
  }

  @Test
  void theSimilarityPreparesEachClusterOnceAndIsAskedThroughWhatItPrepared() {
    Proposing similarity = new Proposing(false);
    Crosscheck checker = Crosscheck.builder().similarity(similarity).build();
    checker.check(MEETING);
    checker.check(FIRE);
    assertThat(similarity.clusters.get()).isEqualTo(2);
  }

  @Test
  void pairsTheWordsDoNotProposeAlignOnlyWhenTheSimilarityProposesThem() {
    // "destroyed"/"razed", "blaze"/"flames": no word in common near the two counts of homes
    assertThat(Crosscheck.builder().similarity(new Proposing(false)).build().check(FIRE).alignment().quantities())
        .isEmpty();
    CheckResult r = Crosscheck.builder().similarity(new Proposing(true)).build().check(FIRE);
    assertThat(r.alignment().quantities()).extracting(g -> g.facts().get(0).text() + "/" + g.facts().get(1).text())
        .containsExactly("40 homes/60 homes");
  }

  @Test
  void proposedPairsStillKeepTheHardConstraints() {
    CheckResult r = Crosscheck.builder().similarity(new Proposing(true)).build().check(MEETING);
    for (FactGroup<Quantity> g : r.alignment().quantities()) {
      assertThat(g.facts().stream().map(q -> q.unit().map(u -> u.name()).orElse(q.noun().orElse(""))).distinct())
          .hasSize(1);
    }
  }
}
