package dev.crosscheck.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.examples.BatchLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * Checks clusters on Apache Spark: reads cluster JSON Lines (the input of {@code batch}) from any
 * Hadoop-compatible path, checks each line with one checker per executor JVM (built there, once,
 * from the job's rule configuration; never shipped as an object), and writes {@code batch}'s output
 * lines, in input order, as a text directory. With {@code --parquet DIR} it also writes one row per
 * piece of evidence of every divergence, and one row per line that could not be checked, for SQL
 * over the results.
 *
 * <pre>{@code
 * spark-submit --class dev.crosscheck.spark.CrosscheckJob crosscheck-spark.jar \
 *     IN.jsonl OUT_DIR [--parquet DIR] [--config rules.json] [--only RULE,...] [--disable RULE,...]
 * }</pre>
 *
 * A line that cannot be checked (bad JSON, no reports, a report over the limits) becomes an error
 * line, as in {@code batch}; the job goes on.
 */
@Command(name = "crosscheck-spark", mixinStandardHelpOptions = true,
    description = "Check cluster JSON Lines on Spark; writes batch's output lines to OUT_DIR.")
public final class CrosscheckJob implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "IN", description = "Cluster JSON Lines: a file, directory or glob on any Hadoop file system.")
  String input;

  @Parameters(index = "1", paramLabel = "OUT_DIR", description = "Where the output lines go (a directory of part files; must not exist).")
  String output;

  @Option(names = "--parquet", paramLabel = "DIR",
      description = "Also write one row per divergence's evidence (cluster, line, rule, kind, severity, report, start, end, "
          + "text, message) and per failed line (cluster, line, error) as Parquet.")
  String parquet;

  @Option(names = "--config", paramLabel = "FILE", description = "Rules configuration, as batch --config (any Hadoop path).")
  String config;

  @Option(names = "--only", paramLabel = "RULE", split = ",", description = "Run only these rules.")
  List<String> only;

  @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Leave these rules out.")
  List<String> disable;

  @Option(names = "--max-line-bytes", paramLabel = "N", defaultValue = "67108864",
      description = "A longer input line becomes an error line, as in batch (default: ${DEFAULT-VALUE}).")
  long maxLineBytes;

  /**
   * Runs the job in the Spark session {@code spark-submit} sets up.
   *
   * @param args the job's arguments (see the class description)
   */
  public static void main(String[] args) {
    int status = new CommandLine(new CrosscheckJob()).execute(args);
    if (status != 0) {
      System.exit(status);
    }
  }

  @Override
  public Integer call() throws IOException {
    SparkSession spark = SparkSession.builder().appName("crosscheck").getOrCreate();
    try {
      run(spark, input, output, parquet, settings(spark));
      return 0;
    } finally {
      spark.stop();
    }
  }

  private Settings settings(SparkSession spark) throws IOException {
    String configText = null;
    if (config != null) {
      Path path = new Path(config);
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (InputStream in = fs.open(path)) {
        configText = new String(in.readAllBytes(), UTF_8);
      }
    }
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("--max-line-bytes must be at least 1, got " + maxLineBytes);
    }
    Settings settings = new Settings(configText, only, disable, maxLineBytes);
    settings.lines(); // a bad configuration fails here, on the driver, before any task runs
    return settings;
  }

  /**
   * What an executor needs to build its checker: the rules configuration as text and the lines'
   * size limit. Small and serialisable; the checker built from it is cached per executor JVM.
   *
   * @param configJson the rules configuration ({@code {"rules": ...}}), or null
   * @param only the rules to run only, or null
   * @param disable the rules to leave out, or null
   * @param maxLineBytes the longest input line checked, in bytes
   */
  public record Settings(String configJson, List<String> only, List<String> disable, long maxLineBytes)
      implements Serializable {
    /** Settings of the standard checker, with batch's line limit. */
    public static final Settings STANDARD = new Settings(null, null, null, 64L * 1024 * 1024);

    /** Copies the lists. */
    public Settings {
      only = only == null ? null : List.copyOf(only);
      disable = disable == null ? null : List.copyOf(disable);
    }

    /** The lines of this JVM for these settings, built on first use and shared by its tasks. */
    BatchLines lines() {
      return CHECKERS.computeIfAbsent(this, s -> new BatchLines(BatchLines.checker(s.configJson, s.only, s.disable)));
    }
  }

  /** One checker per executor JVM and settings: tasks of one executor share it (it is thread-safe). */
  private static final Map<Settings, BatchLines> CHECKERS = new ConcurrentHashMap<>();

  /**
   * Checks the clusters at {@code input} and writes the output lines to {@code output} (and, when
   * {@code parquet} is not null, the rows there).
   *
   * @param spark the session
   * @param input the cluster JSON Lines (any Hadoop path or glob)
   * @param output the directory for the output lines
   * @param parquet the directory for the Parquet rows, or null
   * @param settings the checker's settings
   */
  public static void run(SparkSession spark, String input, String output, String parquet, Settings settings) {
    requireNonNull(settings, "settings");
    JavaRDD<String> lines = spark.read().textFile(input).javaRDD();
    JavaRDD<Tuple2<Long, String>> checked = lines.zipWithIndex()
        .mapPartitions(part -> checkPartition(part, settings));
    if (parquet != null) {
      checked = checked.persist(StorageLevel.MEMORY_AND_DISK());
    }
    checked.map(Tuple2::_2).saveAsTextFile(output);
    if (parquet != null) {
      JavaRDD<Row> rows = checked.flatMap(line -> rows(line).iterator());
      Dataset<Row> table = spark.createDataFrame(rows, ROW_SCHEMA);
      table.write().parquet(parquet);
      checked.unpersist(false);
    }
  }

  /** The output lines of one partition, each with its input line number, blank lines left out. */
  private static Iterator<Tuple2<Long, String>> checkPartition(Iterator<Tuple2<String, Long>> part, Settings settings) {
    BatchLines batch = settings.lines();
    return new Iterator<>() {
      private Tuple2<Long, String> next;

      @Override
      public boolean hasNext() {
        while (next == null && part.hasNext()) {
          Tuple2<String, Long> in = part.next();
          long number = in._2() + 1;
          String line = in._1();
          // a char is at most 3 bytes of UTF-8 (a surrogate pair 4 for 2): only a line that may be
          // over the limit is encoded to count its bytes
          long bytes = 3L * line.length() > settings.maxLineBytes() ? line.getBytes(UTF_8).length : 0;
          Optional<String> out = bytes > settings.maxLineBytes()
              ? Optional.of(batch.tooLong(bytes, settings.maxLineBytes(), number))
              : batch.check(line, number);
          if (out.isPresent()) {
            next = new Tuple2<>(number, out.get());
          }
        }
        return next != null;
      }

      @Override
      public Tuple2<Long, String> next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        Tuple2<Long, String> out = next;
        next = null;
        return out;
      }
    };
  }

  /** The Parquet table's columns. */
  public static final StructType ROW_SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("cluster", DataTypes.StringType, true),
      DataTypes.createStructField("line", DataTypes.LongType, false),
      DataTypes.createStructField("divergence", DataTypes.IntegerType, true),
      DataTypes.createStructField("rule", DataTypes.StringType, true),
      DataTypes.createStructField("kind", DataTypes.StringType, true),
      DataTypes.createStructField("severity", DataTypes.StringType, true),
      DataTypes.createStructField("report", DataTypes.StringType, true),
      DataTypes.createStructField("start", DataTypes.IntegerType, true),
      DataTypes.createStructField("end", DataTypes.IntegerType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("message", DataTypes.StringType, true),
      DataTypes.createStructField("error", DataTypes.StringType, true)));

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The rows of one output line: one per evidence span of each divergence (numbered from 1 within
   * its cluster, as the text output numbers them), or one for an error line.
   */
  private static List<Row> rows(Tuple2<Long, String> line) throws IOException {
    JsonNode node = MAPPER.readTree(line._2());
    String cluster = node.path("cluster").isTextual() ? node.get("cluster").asText() : null;
    if (node.has("error")) {
      return List.of(RowFactory.create(cluster, line._1(), null, null, null, null, null, null, null, null, null,
          node.get("error").asText()));
    }
    List<Row> out = new ArrayList<>();
    int n = 0;
    for (JsonNode d : node.path("divergences")) {
      n++;
      for (JsonNode e : d.path("evidence")) {
        out.add(RowFactory.create(cluster, line._1(), n, d.path("rule").asText(), d.path("kind").asText(),
            d.path("severity").asText(), e.path("report").asText(), e.path("start").asInt(), e.path("end").asInt(),
            e.path("text").asText(), d.path("message").asText(), null));
      }
    }
    return out;
  }
}
