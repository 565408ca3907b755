package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.hash.Hashing;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.testing.Corpora;
import dev.crosscheck.testing.Shared;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every finding on the seeds and on every cluster of {@code ../shared/corpora/} against the findings
 * stored in {@code expected-findings.tsv}: a change to extraction, alignment or rules that changes
 * what users see fails here, and is kept only by regenerating the file with a reason stated in the
 * commit ({@code -Dcrosscheck.snapshot.update=true}, run from the core module). Each line is one
 * divergence: where, rule, severity, the spans of each reading, and a hash of the message (the
 * articles' words stay out of the repository).
 */
class FindingsSnapshotTest {
  private static final String RESOURCE = "expected-findings.tsv";

  @Test
  void findingsAreThoseStored() throws IOException {
    Optional<List<Report>> seeds = Shared.seedsIfPresent();
    List<Corpora.Cluster> clusters = Corpora.clusters();
    assumeTrue(seeds.isPresent() && !clusters.isEmpty(), "no ../shared/seeds and corpora: skipped");
    Crosscheck checker = Crosscheck.standard();
    List<String> actual = new ArrayList<>();
    actual.addAll(lines("seeds", checker.check(seeds.get())));
    for (Corpora.Cluster c : clusters) {
      if (c.reports().size() >= 2) {
        actual.addAll(lines(c.file() + "/" + c.id(), checker.check(c.reports())));
      }
    }
    if (Boolean.getBoolean("crosscheck.snapshot.update")) {
      Path file = Path.of("src/test/resources/dev/crosscheck").resolve(RESOURCE);
      Files.writeString(file, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
      System.out.println("wrote " + actual.size() + " findings to " + file.toAbsolutePath());
      return;
    }
    List<String> expected;
    try (InputStream in = FindingsSnapshotTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE + " on the class path").isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    Set<String> gone = new LinkedHashSet<>(expected);
    actual.forEach(gone::remove);
    Set<String> added = new LinkedHashSet<>(actual);
    expected.forEach(added::remove);
    assertThat(added).as("findings not in %s (%d gone)", RESOURCE, gone.size()).isEmpty();
    assertThat(gone).as("findings of %s no longer found", RESOURCE).isEmpty();
    assertThat(actual).as("the same findings in the same order").isEqualTo(expected);
  }

  private static List<String> lines(String where, CheckResult result) {
    List<String> out = new ArrayList<>();
    for (Divergence d : result.divergences()) {
      String readings = d.readings().stream()
          .map(r -> r.evidence().stream().map(Span::toString).collect(Collectors.joining(" ")))
          .collect(Collectors.joining(" | "));
      String message = Hashing.sha256().hashString(d.message(), StandardCharsets.UTF_8).toString().substring(0, 12);
      out.add(where + "\t" + d.ruleId() + "\t" + d.severity() + "\t" + readings + "\t" + message);
    }
    return out;
  }
}
