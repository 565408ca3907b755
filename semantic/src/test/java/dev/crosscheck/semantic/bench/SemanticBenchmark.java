package dev.crosscheck.semantic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.semantic.SemanticSimilarity;
import dev.crosscheck.text.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the sentence model costs: the time to load it, and the time to check real clusters with and
 * without it (per cluster and per megabyte of reports), with the memory the process holds. A
 * benchmark to run by hand, not a timed test. From the checkout, with {@code ../shared} beside it:
 *
 * <pre>
 * mvn -B -q -DskipTests package &amp;&amp; java -cp examples/target/crosscheck.jar:semantic/target/test-classes dev.crosscheck.semantic.bench.SemanticBenchmark
 * </pre>
 *
 * <p>Optional arguments: a JSONL file of clusters ({@code {"cluster": ..., "reports": [{"id", "text"}]}};
 * default {@code ../shared/corpora/multinews-200.jsonl}) and how many rounds to time (default 3).
 */
public final class SemanticBenchmark {
  private SemanticBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpora/multinews-200.jsonl");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<List<Report>> clusters = read(file);
    long chars = 0;
    for (List<Report> c : clusters) {
      for (Report r : c) {
        chars += r.text().length();
      }
    }
    double mb = chars / 1e6;
    System.out.printf(Locale.ROOT, "%s: %d clusters, %.2f MB of reports, %d rounds%n", file, clusters.size(), mb, rounds);

    long heapBefore = usedHeap();
    long rssBefore = rss();
    long t0 = System.nanoTime();
    SemanticSimilarity model = SemanticSimilarity.load();
    double loadMs = (System.nanoTime() - t0) / 1e6;
    System.out.printf(Locale.ROOT, "model load: %.0f ms; heap +%.0f MB, resident +%.0f MB%n", loadMs,
        (usedHeap() - heapBefore) / 1e6, (rss() - rssBefore) / 1e6);

    time("lexical", Crosscheck.standard(), clusters, rounds, mb);
    time("semantic", Crosscheck.builder().similarity(model).build(), clusters, rounds, mb);
    System.out.printf(Locale.ROOT, "resident at the end: %.0f MB%n", rss() / 1e6);
  }

  private static void time(String name, Crosscheck checker, List<List<Report>> clusters, int rounds, double mb) {
    int found = 0;
    for (List<Report> c : clusters) {
      found += checker.check(c).divergences().size(); // warm-up
    }
    long best = Long.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      long t = System.nanoTime();
      for (List<Report> c : clusters) {
        checker.check(c);
      }
      best = Math.min(best, System.nanoTime() - t);
    }
    double s = best / 1e9;
    System.out.printf(Locale.ROOT, "%-8s %6.2f s for all, %6.1f ms per cluster, %6.2f s per MB (%d divergences)%n",
        name, s, 1e3 * s / clusters.size(), s / mb, found);
  }

  private static List<List<Report>> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<List<Report>> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = json.readTree(line);
      List<Report> reports = new ArrayList<>();
      for (JsonNode r : c.path("reports")) {
        reports.add(new Report(r.path("id").asText(), r.path("text").asText()));
      }
      if (reports.size() >= 2) {
        out.add(reports);
      }
    }
    return out;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** The resident memory of the process (Linux), in bytes; 0 where it cannot be read. */
  private static long rss() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }
}
