package dev.crosscheck.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link CheckBenchmark} and prints, per cluster set, the bare tokenising pass and the full
 * check in ms and MB/s, and how many times the floor the check costs (the README's Performance
 * table). Arguments: the sets (default {@code example corpora generated-10 generated-100
 * generated-1000}); {@code --stages} times each stage too.
 *
 * <pre>
 * mvn -B -q -DskipTests package &amp;&amp; java -cp benchmarks/target/benchmarks.jar dev.crosscheck.benchmarks.Performance
 * </pre>
 */
public final class Performance {
  private Performance() {}

  public static void main(String[] args) throws RunnerException {
    List<String> sets = new ArrayList<>();
    boolean stages = false;
    for (String a : args) {
      if (a.equals("--stages")) {
        stages = true;
      } else {
        sets.add(a);
      }
    }
    if (sets.isEmpty()) {
      sets = List.of("example", "corpora", "generated-10", "generated-100", "generated-1000");
    }
    Options options = new OptionsBuilder()
        .include(CheckBenchmark.class.getName() + "\\.(" + (stages ? "tokenize|check|stage.*" : "tokenize|check") + ")$")
        .param("set", sets.toArray(String[]::new))
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Map<String, Double>> ms = new HashMap<>();
    for (RunResult r : results) {
      String set = r.getParams().getParam("set");
      String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
      ms.computeIfAbsent(set, k -> new HashMap<>()).put(method, r.getPrimaryResult().getScore());
    }
    System.out.printf(Locale.ROOT, "%n%-16s %9s %12s %12s %10s %8s%n", "set", "MB", "tokenize ms", "check ms", "check MB/s",
        "x floor");
    for (String set : sets) {
      Map<String, Double> m = ms.getOrDefault(set, Map.of());
      double mb = Clusters.chars(Clusters.named(set)) / 1e6;
      double tokenize = m.getOrDefault("tokenize", Double.NaN);
      double check = m.getOrDefault("check", Double.NaN);
      System.out.printf(Locale.ROOT, "%-16s %9.3f %12.2f %12.2f %10.2f %8.1f%n", set, mb, tokenize, check,
          mb / (check / 1000), check / tokenize);
      if (stages) {
        for (String stage : Arrays.asList("stageRead", "stageQuantities", "stageDates", "stageNames", "stageQuotations",
            "stageAlign", "stageRules")) {
          System.out.printf(Locale.ROOT, "    %-20s %10.2f ms%n", stage, m.getOrDefault(stage, Double.NaN));
        }
      }
    }
  }
}
