package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.rule.Divergence;
import dev.crosscheck.text.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One checker, many threads: every thread gets the result a single thread gets. */
class ThreadSafetyTest {

  private static final List<Report> REPORTS = List.of(
      new Report("a", "The two presidents met for three hours on Tuesday at the palace.\n"
          + "“The city will guard itself against every flood this winter,” the mayor said."),
      new Report("b", "The two presidents met for nearly five hours on Tuesday at the palace.\n"
          + "“The city will gird itself against every flood this winter,” the mayor said."));

  @Test
  void oneCheckerServesManyThreads() throws Exception {
    Crosscheck checker = Crosscheck.standard();
    List<Divergence> expected = checker.check(REPORTS).divergences();
    assertThat(expected).hasSize(2);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Divergence>>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> checker.check(REPORTS).divergences()));
      }
      for (Future<List<Divergence>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
