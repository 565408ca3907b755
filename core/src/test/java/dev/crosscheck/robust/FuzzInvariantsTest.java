package dev.crosscheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.CheckResult;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.text.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The fuzzing harness: a seeded stream of inputs ({@link Mutations}: real reports cut and mutated,
 * random Unicode, adversarial patterns), each checked against the invariants every result must
 * keep: no exception on valid text; spans inside their report and equal to their text; sizes
 * bounded by the input; the same input gives the same result twice; any order of the reports gives
 * the same findings; one checker shared by 8 threads gives the sequential results.
 *
 * <p>In the build it runs a fixed number of inputs from a fixed seed (about a minute). Properties:
 * {@code crosscheck.fuzz.seed} (a number, or {@code random}), {@code crosscheck.fuzz.inputs} (how
 * many), {@code crosscheck.fuzz.minutes} (run for so long instead, the long run). A failing input is
 * written to {@code target/fuzz-failures/} as a {@code batch} line and reported with its own seed,
 * which {@code -Dcrosscheck.fuzz.seed=S -Dcrosscheck.fuzz.inputs=1} makes again alone.
 */
class FuzzInvariantsTest {
  private static final long DEFAULT_SEED = 20_261_202L;
  private static final int DEFAULT_INPUTS = 250;
  private static final int THREADS = 8;

  private static final Crosscheck CHECKER = Crosscheck.standard();

  @Test
  void everyInputKeepsTheInvariants() throws Exception {
    String seedProperty = System.getProperty("crosscheck.fuzz.seed", Long.toString(DEFAULT_SEED));
    long base = seedProperty.equals("random") ? new Random().nextLong() : Long.parseLong(seedProperty);
    int inputs = Integer.getInteger("crosscheck.fuzz.inputs", DEFAULT_INPUTS);
    String minutesProperty = System.getProperty("crosscheck.fuzz.minutes");
    long deadline = minutesProperty == null ? Long.MAX_VALUE
        : System.nanoTime() + (long) (Double.parseDouble(minutesProperty) * 60e9);
    Mutations mutations = Mutations.load();
    System.out.printf("fuzz: seed %d, %s, %s%n", base,
        minutesProperty == null ? inputs + " inputs" : minutesProperty + " minutes",
        mutations.real() ? "shared corpora" : "made-up prose (no ../shared)");

    List<String> failures = new ArrayList<>();
    List<List<Report>> recent = new ArrayList<>();
    List<String> recentResults = new ArrayList<>();
    long characters = 0;
    int done = 0;
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int i = 0; minutesProperty == null ? i < inputs : System.nanoTime() < deadline; i++) {
        long seed = base + i;
        List<Report> input = mutations.input(seed);
        characters += input.stream().mapToInt(r -> r.text().length()).sum();
        String result = checkOne(seed, input, failures);
        done++;
        if (result != null) {
          recent.add(input);
          recentResults.add(result);
        }
        if (recent.size() == THREADS) {
          concurrently(pool, recent, recentResults, base + i, failures);
          recent.clear();
          recentResults.clear();
        }
        if (failures.size() >= 20) {
          break;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf("fuzz: %d inputs, %,d characters, %d failures%n", done, characters, failures.size());
    assertThat(failures).as("seed %d: failing inputs (each with its own seed)", base).isEmpty();
  }

  /** Checks one input against every invariant; its full result, or null when it failed. */
  private static String checkOne(long seed, List<Report> input, List<String> failures) {
    try {
      CheckResult result = CHECKER.check(input);
      List<String> problems = new ArrayList<>(Invariants.check(input, result));
      String full = Invariants.full(result);
      if (!Invariants.full(CHECKER.check(input)).equals(full)) {
        problems.add("the same input gave another result the second time");
      }
      List<Report> reversed = new ArrayList<>(input);
      Collections.reverse(reversed);
      List<Report> shuffled = new ArrayList<>(input);
      Collections.shuffle(shuffled, new Random(seed));
      for (List<Report> order : List.of(reversed, shuffled)) {
        if (!Invariants.findings(CHECKER.check(order)).equals(Invariants.findings(result))) {
          problems.add("order " + order.stream().map(Report::id).toList() + " gave other findings: "
              + Invariants.findings(CHECKER.check(order)) + " against " + Invariants.findings(result));
          break;
        }
      }
      if (!problems.isEmpty()) {
        fail(seed, input, String.join("; ", problems), failures);
        return null;
      }
      return full;
    } catch (RuntimeException | StackOverflowError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      fail(seed, input, trace.toString().lines().limit(12).reduce((a, b) -> a + "\n" + b).orElse(""), failures);
      return null;
    }
  }

  /** The last inputs checked at once by one shared checker give their sequential results. */
  private static void concurrently(ExecutorService pool, List<List<Report>> inputs, List<String> expected,
      long seed, List<String> failures) throws Exception {
    List<Future<String>> futures = new ArrayList<>();
    for (List<Report> input : inputs) {
      futures.add(pool.submit(() -> Invariants.full(CHECKER.check(input))));
    }
    for (int k = 0; k < futures.size(); k++) {
      if (!futures.get(k).get().equals(expected.get(k))) {
        fail(seed, inputs.get(k), "checked by " + THREADS + " threads at once it gave another result", failures);
      }
    }
  }

  private static void fail(long seed, List<Report> input, String why, List<String> failures) {
    String line = "seed " + seed + ": " + why;
    System.out.println("fuzz: " + line);
    failures.add(line);
    try {
      ObjectMapper json = new ObjectMapper();
      ObjectNode cluster = json.createObjectNode().put("cluster", "seed-" + seed);
      ArrayNode reports = cluster.putArray("reports");
      for (Report r : input) {
        ObjectNode o = reports.addObject().put("id", r.id()).put("text", r.text());
        r.date().ifPresent(d -> o.put("date", d.toString()));
      }
      Path dir = Path.of("target", "fuzz-failures");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("seed-" + seed + ".jsonl"), json.writeValueAsString(cluster) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      failures.add("seed " + seed + ": could not write the failing input: " + e);
    }
  }
}
