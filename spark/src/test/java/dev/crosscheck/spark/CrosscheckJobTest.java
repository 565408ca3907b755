package dev.crosscheck.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.examples.Cli;
import dev.crosscheck.testing.Shared;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on the real Spark engine in {@code local[2]}, bound to 127.0.0.1: its output is
 * {@code batch}'s output line for line on the same input, bad lines included.
 */
class CrosscheckJobTest {
  private static SparkSession spark;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder()
        .appName("crosscheck-test")
        .master("local[2]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        // small splits, so that one input file is read by several tasks and order must be kept
        .config("spark.sql.files.maxPartitionBytes", "4096")
        .config("spark.sql.files.openCostInBytes", "0")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** Clusters written here, with a bad JSON line, a blank line, a one-report cluster and a line over the limit. */
  private static List<String> madeUpLines(long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      int a = 1 + random.nextInt(9);
      int b = 1 + random.nextInt(9);
      if (i % 19 == 7) {
        lines.add("{broken " + i);
      } else if (i % 23 == 4) {
        lines.add("");
      } else if (i == 30) {
        lines.add("{\"cluster\": \"alone\", \"reports\": [{\"id\": \"a\", \"text\": \"Only one report.\"}]}");
      } else if (i == 41) {
        lines.add("{\"cluster\": \"long\", \"reports\": [{\"id\": \"a\", \"text\": \"" + "word ".repeat(1200)
            + "\"}, {\"id\": \"b\", \"text\": \"x\"}]}");
      } else {
        lines.add("{\"cluster\": \"c" + i + "\", \"reports\": [{\"id\": \"a\", \"text\": \"The talks lasted " + a
            + " hours on Tuesday. Police arrested " + (10 * a) + " people, the mayor said: \\\"We will guard the city against every flood this winter.\\\"\"},"
            + " {\"id\": \"b\", \"text\": \"The talks lasted " + b + " hours on Tuesday. Police arrested " + (10 * b)
            + " people, the mayor said: \\\"We will gird the city against every flood this winter.\\\"\"}]}");
      }
    }
    return lines;
  }

  private static final long LIMIT = 4000;

  private List<String> batch(Path in, String... options) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args = new ArrayList<>(List.of("batch", "--threads", "1"));
    args.addAll(List.of(options));
    args.add(in.toString());
    int status = new Cli(Crosscheck.standard(), new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err)).run(args.toArray(String[]::new));
    assertThat(status).as("batch: %s", err).isIn(Cli.OK, Cli.SOME_FAILED);
    return out.toString().lines().toList();
  }

  private static List<String> partLines(Path outDir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(outDir)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, UTF_8));
      }
    }
    return lines;
  }

  @Test
  void theJobWritesWhatBatchWritesLineForLine() throws IOException {
    long seed = Long.getLong("crosscheck.spark.seed", 20261202L);
    Path in = Files.writeString(dir.resolve("in.jsonl"), String.join("\n", madeUpLines(seed)) + "\n", UTF_8);
    List<String> expected = batch(in, "--max-line-bytes", String.valueOf(LIMIT));
    Path out = dir.resolve("out");
    Path rows = dir.resolve("rows");
    CrosscheckJob.run(spark, in.toString(), out.toString(), rows.toString(),
        new CrosscheckJob.Settings(null, null, null, LIMIT));
    assertThat(spark.read().textFile(in.toString()).javaRDD().getNumPartitions()).as("several tasks read the file")
        .isGreaterThan(1);
    List<String> lines = partLines(out);
    assertThat(lines).as("seed %s", seed).isEqualTo(expected);
    // the bad lines are error lines, as in batch, and the job went on past them
    assertThat(lines).filteredOn(l -> l.contains("\"error\"")).hasSize(6);
    assertThat(lines).anyMatch(l -> l.contains("over the limit of 4,000"));

    // one row per evidence span of every divergence, one per error line
    List<Row> table = spark.read().parquet(rows.toString()).collectAsList();
    long spans = 0;
    long errors = 0;
    for (String l : lines) {
      JsonNode node = MAPPER.readTree(l);
      if (node.has("error")) {
        errors++;
      }
      for (JsonNode d : node.path("divergences")) {
        spans += d.path("evidence").size();
      }
    }
    assertThat(spans).isPositive();
    assertThat(table).hasSize((int) (spans + errors));
    assertThat(table).filteredOn(r -> !r.isNullAt(r.fieldIndex("error"))).hasSize((int) errors)
        .allSatisfy(r -> assertThat(r.<Long>getAs("line")).isPositive());
    Row guard = table.stream().filter(r -> "guard".equals(r.getAs("text"))).findFirst().orElseThrow();
    assertThat(guard.<String>getAs("rule")).isEqualTo("quotation-wording");
    assertThat(guard.<String>getAs("severity")).isEqualTo("conflict");
    assertThat(guard.<String>getAs("report")).isEqualTo("a");
  }

  @Test
  void realClustersGiveBatchsLinesWithARulesConfiguration() throws IOException {
    Path corpus = Shared.require().resolve("corpora").resolve("multinews-200.jsonl");
    List<String> first;
    try (Stream<String> all = Files.lines(corpus, UTF_8)) {
      first = all.limit(25).toList();
    }
    Path in = Files.writeString(dir.resolve("real.jsonl"), String.join("\n", first) + "\n", UTF_8);
    String config = "{\"rules\": {\"quantity-mismatch\": {\"options\": {\"variants\": false}}}}";
    Path configFile = Files.writeString(dir.resolve("rules.json"), config, UTF_8);
    List<String> expected = batch(in, "--config", configFile.toString(), "--disable", "name-mismatch");
    Path out = dir.resolve("real-out");
    CrosscheckJob.run(spark, in.toString(), out.toString(), null,
        new CrosscheckJob.Settings(config, null, List.of("name-mismatch"), CrosscheckJob.Settings.STANDARD.maxLineBytes()));
    assertThat(partLines(out)).isEqualTo(expected).hasSize(25);
    assertThat(expected).noneMatch(l -> l.contains("name-mismatch"));
  }

  @Test
  void aBadConfigurationFailsBeforeAnyTaskRuns() {
    CrosscheckJob.Settings bad = new CrosscheckJob.Settings("{\"rules\": {\"no-such-rule\": {}}}", null, null, LIMIT);
    assertThatThrownBy(bad::lines).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-rule");
  }
}
