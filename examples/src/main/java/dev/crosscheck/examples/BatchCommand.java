package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code batch IN.jsonl|- [OUT.jsonl]}: checks one cluster per input line and writes one JSON line
 * per cluster, in input order. A line that cannot be checked becomes an error line and the batch
 * goes on; the input is streamed, never held whole.
 */
@Command(
    name = "batch",
    description = {
      "Check many clusters: each input line is {\"cluster\": \"id\", \"reports\": [{\"id\", \"text\", \"date\"?}]}, "
          + "each output line the check JSON of that cluster plus \"cluster\", in input order.",
      "A line that cannot be checked gives {\"cluster\", \"error\"} and the batch goes on; "
          + "the exit status is then 1."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class)
final class BatchCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(index = "0", paramLabel = "IN.jsonl|-", description = "The clusters, one JSON object a line; - reads standard input.")
  String input;

  @Parameters(index = "1", arity = "0..1", paramLabel = "OUT.jsonl", description = "Where to write; standard output when absent.")
  String output;

  @Option(names = "--resume",
      description = "Continue an interrupted batch: keep the complete lines already in OUT.jsonl, check the "
          + "clusters after them and append (a line cut off midway is checked again). The input must be the "
          + "same; without OUT.jsonl the batch starts afresh.")
  boolean resume;

  @Option(names = "--max-line-bytes", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_LINE_BYTES,
      description = "Refuse an input line of more than N bytes with an error line, reading past it "
          + "without holding it (default: ${DEFAULT-VALUE}).")
  int maxLineBytes;

  @Option(names = "--threads", paramLabel = "N",
      description = "Check up to N clusters at once; the output keeps the input order (default: one per core, "
          + "${DEFAULT-VALUE} here).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--progress",
      description = "Show on standard error how far the batch is: clusters done, clusters a second, and for a "
          + "file the share read and the time left.")
  boolean progress;

  @Option(names = "--html-dir", paramLabel = "DIR",
      description = "Also write a page per cluster into DIR (check --format html's page), and index.html "
          + "listing the clusters by number of conflicts.")
  Path htmlDir;

  /** What the index lists of each cluster checked: its page, or why it has none. */
  private final List<HtmlOutput.IndexEntry> index = new ArrayList<>();
  private final Set<String> pageNames = new HashSet<>();

  @Mixin
  LimitOptions limits = new LimitOptions();

  @Mixin
  RuleChoice choice = new RuleChoice();

  @Mixin
  SemanticOption meaning = new SemanticOption();

  /** 64 MiB: a cluster of several long reports, held with its JSON tree in a few hundred megabytes. */
  static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

  private BatchLines perLine;

  BatchCommand(Cli cli) {
    this.cli = requireNonNull(cli, "cli");
  }

  @Override
  public Integer call() throws IOException {
    if (maxLineBytes < 1) {
      throw new InputException("--max-line-bytes must be at least 1, got " + maxLineBytes);
    }
    if (threads < 1) {
      throw new InputException("--threads must be at least 1, got " + threads);
    }
    perLine = new BatchLines(limits.apply(meaning.apply(choice.apply(cli.checker(), cli.mapper()))), cli.mapper(),
        cli.json());
    Path inPath = "-".equals(input) ? null : path(input);
    Path outPath = output == null ? null : path(output);
    if (resume && outPath == null) {
      throw new InputException("--resume needs OUT.jsonl: the file an interrupted batch was writing");
    }
    if (inPath != null) {
      if (Files.isDirectory(inPath)) {
        throw new InputException("not a file: " + inPath);
      }
      if (!Files.exists(inPath)) {
        throw new InputException("no such file: " + inPath);
      }
      if (outPath != null && Files.exists(outPath) && Files.isSameFile(inPath, outPath)) {
        throw new InputException("the output would overwrite the input: " + outPath);
      }
    }
    if (htmlDir != null) {
      if (resume) {
        throw new InputException("--html-dir cannot be combined with --resume: the index would miss the clusters "
            + "checked before; run the batch again without --resume");
      }
      if (Files.exists(htmlDir) && !Files.isDirectory(htmlDir)) {
        throw new InputException("--html-dir: not a directory: " + htmlDir);
      }
      try {
        Files.createDirectories(htmlDir);
      } catch (IOException e) {
        throw new InputException("--html-dir: cannot create " + htmlDir + ": " + ReportFiles.describe(e));
      }
    }
    BatchResume done = resume ? BatchResume.read(outPath, cli.mapper()) : BatchResume.NOTHING;
    InputStream in = inPath == null ? cli.in() : open(inPath);
    try {
      if (outPath == null) {
        return run(in, cli.out(), done);
      }
      try (PrintWriter out = new PrintWriter(new BufferedWriter(
          new OutputStreamWriter(create(outPath, resume), UTF_8)))) {
        int status = run(in, out, done);
        out.flush();
        if (out.checkError()) {
          throw new InputException("cannot write " + outPath);
        }
        return status;
      }
    } finally {
      // Standard input belongs to the caller; only a file we opened is closed here.
      if (inPath != null) {
        in.close();
      }
    }
  }

  /** The counts of a run so far, for the summary and --progress. */
  private static final class Counts {
    long clusters;
    long failed;
  }

  private int run(InputStream in, PrintWriter out, BatchResume done) throws IOException {
    LineReader lines = new LineReader(in, maxLineBytes);
    long lineNumber = 0;
    Counts counts = new Counts();
    counts.failed = done.failed();
    int skipped = 0;
    Progress shown = progress ? new Progress(cli.err(), inputSize()) : null;
    // Lines are read here, in order; up to `threads` clusters are checked at once, and their output
    // is written here in input order. At most twice that many lines are held, so memory does not
    // grow with the number of clusters.
    java.util.concurrent.ExecutorService pool = threads > 1 ? java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "crosscheck-batch");
      t.setDaemon(true);
      return t;
    }) : null;
    java.util.ArrayDeque<java.util.concurrent.Future<BatchLines.Outcome>> pending = new java.util.ArrayDeque<>();
    long read = 0;
    try {
      while (lines.next()) {
        lineNumber++;
        read += lines.lineBytes() + 1;
        if (skipped < done.clusters().size()) {
          // a cluster the interrupted run wrote already: the same input must have it at this place
          if (!isBlank(lines)) {
            String expected = done.clusters().get(skipped);
            String found = lines.tooLong() ? null : clusterOf(lines.bytes(), lines.length());
            if (!java.util.Objects.equals(expected, found)) {
              throw new InputException("cannot resume: input line " + lineNumber + " is cluster " + quoted(found)
                  + " but the output has " + quoted(expected) + " there; is it the same input?");
            }
            skipped++;
            counts.clusters++;
          }
          continue;
        }
        long number = lineNumber;
        java.util.concurrent.Future<BatchLines.Outcome> outcome;
        if (lines.tooLong()) {
          outcome = java.util.concurrent.CompletableFuture.completedFuture(BatchLines.failed(
              perLine.tooLongLine(lines.lineBytes(), maxLineBytes, number), number));
        } else if (pool == null) {
          outcome = java.util.concurrent.CompletableFuture.completedFuture(checkLine(lines.bytes(), lines.length(), number));
        } else {
          // the reader reuses its buffer: the task gets its own copy of the line
          byte[] bytes = java.util.Arrays.copyOf(lines.bytes(), lines.length());
          outcome = pool.submit(() -> checkLine(bytes, bytes.length, number));
        }
        pending.add(outcome);
        while (pending.size() >= 2 * threads) {
          emit(take(pending.poll()), out, counts);
        }
        if (shown != null) {
          shown.update(counts.clusters, read, false);
        }
      }
      while (!pending.isEmpty()) {
        emit(take(pending.poll()), out, counts);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    if (shown != null) {
      shown.update(counts.clusters, read, true);
    }
    if (htmlDir != null) {
      Cli.writeFile(htmlDir.resolve("index.html"), HtmlOutput.index(index));
    }
    if (skipped < done.clusters().size()) {
      throw new InputException("cannot resume: the output has " + done.clusters().size()
          + " clusters but the input only " + skipped + "; is it the same input?");
    }
    if (counts.failed > 0) {
      cli.err().println("crosscheck: " + counts.failed + " of " + counts.clusters + " clusters could not be checked"
          + " (see the \"error\" field of their lines)");
      return Cli.SOME_FAILED;
    }
    return Cli.OK;
  }

  /** The outcome of a task; what the checker threw that is not an error line is thrown on here. */
  private static BatchLines.Outcome take(java.util.concurrent.Future<BatchLines.Outcome> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("interrupted");
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }

  /** Writes one outcome, in input order: its page and index entry, then its output line. */
  private void emit(BatchLines.Outcome o, PrintWriter out, Counts counts) throws IOException {
    if (o == null) {
      return;
    }
    counts.clusters++;
    ObjectNode result = o.json();
    if (result.has("error")) {
      counts.failed++;
    }
    if (htmlDir != null) {
      JsonNode id = result.get("cluster");
      String cluster = id != null && id.isTextual() ? id.asText() : "(line " + o.line() + ")";
      if (o.result() != null) {
        String page = pageName(cluster);
        Cli.writeFile(htmlDir.resolve(page), HtmlOutput.page(o.result()));
        index.add(new HtmlOutput.IndexEntry(o.line(), cluster, page,
            o.result().divergences(dev.crosscheck.rule.Severity.CONFLICT).size(),
            o.result().divergences(dev.crosscheck.rule.Severity.VARIANT).size(), o.reports(), null));
      } else {
        // the index lists every line that could not be checked, with its reason
        index.add(new HtmlOutput.IndexEntry(o.line(), cluster, null, 0, 0, 0, result.path("error").asText()));
      }
    }
    out.println(cli.mapper().writeValueAsString(result));
    // Flushing each line lets a consumer read results as they come, keeps every line written when
    // the run is stopped (--resume goes on from there), and notices a closed pipe early.
    out.flush();
    if (out.checkError()) {
      throw new InputException("output closed after " + counts.clusters + " lines");
    }
  }

  /** The size of the input file in bytes, or -1 for standard input. */
  private long inputSize() {
    if ("-".equals(input)) {
      return -1;
    }
    try {
      return Files.size(path(input));
    } catch (IOException e) {
      return -1;
    }
  }

  /** The --progress line: at most one every two seconds, and one at the end. */
  private static final class Progress {
    private final PrintWriter err;
    private final long total;
    private final long start = System.nanoTime();
    private long last;

    Progress(PrintWriter err, long total) {
      this.err = err;
      this.total = total;
    }

    void update(long clusters, long read, boolean end) {
      long now = System.nanoTime();
      if (!end && (now - last < 2_000_000_000L || clusters == 0)) {
        return;
      }
      last = now;
      double seconds = Math.max(1e-3, (now - start) / 1e9);
      StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT, "crosscheck: %,d clusters, %.1f a second",
          clusters, clusters / seconds));
      if (total > 0) {
        double share = Math.min(1.0, (double) read / total);
        line.append(String.format(java.util.Locale.ROOT, ", %.0f%% of the input", 100 * share));
        if (!end && share > 0) {
          long left = Math.round(seconds * (1 - share) / share);
          line.append(", about ").append(left >= 120 ? left / 60 + " min" : left + " s").append(" left");
        }
      }
      if (end) {
        line.append(String.format(java.util.Locale.ROOT, ", done in %.1f s", seconds));
      }
      err.println(line);
      err.flush();
    }
  }

  /** The outcome of one input line, or null for a blank line. Thread-safe: tasks run it at once. */
  private BatchLines.Outcome checkLine(byte[] bytes, int length, long lineNumber) {
    String text;
    try {
      text = Utf8.decode(bytes, 0, length, "line " + lineNumber);
    } catch (InputException e) {
      return BatchLines.failed(perLine.error(null, e.getMessage(), lineNumber), lineNumber);
    }
    // the page, when one is asked for, is written in input order with the output line (emit)
    return perLine.outcome(text, lineNumber, htmlDir != null);
  }

  /**
   * The file name of a cluster's page: the id with anything but letters, digits, '.', '-' and '_'
   * made '_', at most 100 characters, made unique (ignoring case) with "-2", "-3"...
   */
  private String pageName(String cluster) {
    StringBuilder b = new StringBuilder();
    cluster.codePoints().limit(100).forEach(c -> b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'
        || c == '.' && b.length() > 0) ? (char) c : '_'));
    String base = b.length() == 0 ? "cluster" : b.toString();
    String name = base;
    for (int n = 2; !pageNames.add(name.toLowerCase(java.util.Locale.ROOT)) || name.equalsIgnoreCase("index"); n++) {
      name = base + "-" + n;
    }
    return name + ".html";
  }

  /** Whether the line is one that {@link #checkLine} passes over without an output line. */
  private static boolean isBlank(LineReader lines) {
    return !lines.tooLong() && new String(lines.bytes(), 0, lines.length(), UTF_8).isBlank();
  }

  /** The "cluster" of an input line, or null when it has none (as its error line has none). */
  private String clusterOf(byte[] bytes, int length) {
    try {
      JsonNode node = cli.mapper().readTree(Utf8.decode(bytes, 0, length, "line"));
      JsonNode cluster = node == null ? null : node.get("cluster");
      return cluster != null && cluster.isTextual() ? cluster.asText() : null;
    } catch (JacksonException | InputException e) {
      return null;
    }
  }

  private static String quoted(String cluster) {
    return cluster == null ? "(none)" : "'" + cluster + "'";
  }

  private static Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new InputException("not a valid path: " + name);
    }
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + ReportFiles.describe(e));
    }
  }

  private static OutputStream create(Path file, boolean append) {
    try {
      return append
          ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)
          : Files.newOutputStream(file);
    } catch (IOException e) {
      throw new InputException("cannot write " + file + ": " + ReportFiles.describe(e));
    }
  }
}
