package dev.crosscheck.examples;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.base.Suppliers;
import dev.crosscheck.CheckResult;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.LimitExceededException;
import dev.crosscheck.text.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The example runner's command line, runnable in-process: it reads from and writes to the streams it
 * is given and returns an exit status instead of ending the JVM, so that tests can drive it.
 *
 * <pre>{@code
 * crosscheck                                   check the bundled example cluster
 * crosscheck check [--format text|json] PATH...
 * crosscheck facts [--format text|json] PATH...
 * crosscheck batch IN.jsonl|- [OUT.jsonl]
 * crosscheck rules [--format text|json]
 * }</pre>
 *
 * <p>Exit status: {@value #OK} when the command ran, whatever it found; {@value #SOME_FAILED} when a
 * batch line could not be checked or the command could not finish (a bug); {@value #USAGE} for a usage
 * or input error, reported as one line on the error stream. An instance serves one run at a time.
 */
public final class Cli {
  /** The command ran, whatever it found. */
  public static final int OK = 0;
  /** Some batch lines could not be checked, or the command failed from within. */
  public static final int SOME_FAILED = 1;
  /** A usage or input error: a missing file, bytes that are not UTF-8, too few reports, a bad option. */
  public static final int USAGE = 2;

  private static final String NAME = "crosscheck";
  /** Jackson's default cap on one string (20M chars) would refuse a long report inside a batch line. */
  private static final int MAX_JSON_STRING = 256 * 1024 * 1024;

  private final Supplier<Crosscheck> checker;
  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;
  private final ObjectMapper mapper;
  private final JsonOutput json;

  /**
   * A command line that builds its checker on first use, so that {@code --help} needs no rules.
   *
   * @param checker gives the checker to run (called at most once)
   * @param in standard input, read by {@code batch -}; never closed
   * @param out standard output; flushed, never closed
   * @param err the error stream; flushed, never closed
   */
  public Cli(Supplier<Crosscheck> checker, InputStream in, PrintWriter out, PrintWriter err) {
    requireNonNull(checker, "checker");
    this.checker = Suppliers.memoize(() -> requireNonNull(checker.get(), "checker"));
    this.in = requireNonNull(in, "in");
    this.out = requireNonNull(out, "out");
    this.err = requireNonNull(err, "err");
    this.mapper = newMapper();
    this.json = new JsonOutput(mapper);
  }

  /** The JSON reader and writer of every command: long strings allowed, trailing tokens refused. */
  static ObjectMapper newMapper() {
    return JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_JSON_STRING).build())
            .build())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /** A command line over a checker built already (a test's own rule pack, say). */
  public Cli(Crosscheck checker, InputStream in, PrintWriter out, PrintWriter err) {
    this(supplierOf(checker), in, out, err);
  }

  private static Supplier<Crosscheck> supplierOf(Crosscheck checker) {
    requireNonNull(checker, "checker");
    return () -> checker;
  }

  /**
   * Runs the command line and returns its exit status; see the class comment. Nothing is thrown for
   * bad input: it becomes one line on the error stream.
   */
  public int run(String... args) {
    CommandLine root = new CommandLine(new Root(this));
    root.addSubcommand(new CheckCommand(this));
    root.addSubcommand(new FactsCommand(this));
    root.addSubcommand(new ExplainCommand(this));
    root.addSubcommand(new BatchCommand(this));
    root.addSubcommand(new RulesCommand(this));
    root.addSubcommand(new HelpCommand());
    root.setOut(out);
    root.setErr(err);
    root.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    // "@file" arguments would be expanded by picocli; a report may well be named "@home.txt".
    root.setExpandAtFiles(false);
    root.setParameterExceptionHandler((e, args1) -> usageError(root, e));
    root.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e));
    try {
      return root.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int usageError(CommandLine root, ParameterException e) {
    CommandLine where = e.getCommandLine();
    String message = ReportFiles.oneLine(String.valueOf(e.getMessage()));
    if (e instanceof UnmatchedArgumentException u && where == root && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-")) {
      message = "unknown command '" + u.getUnmatched().get(0) + "' (commands: "
          + String.join(", ", root.getSubcommands().keySet()) + ")";
    }
    String help = where == root ? NAME + " --help" : NAME + " " + where.getCommandName() + " --help";
    err.println(NAME + ": " + message + "; see '" + help + "'");
    return USAGE;
  }

  private int failure(Exception e) {
    if (e instanceof InputException || e instanceof LimitExceededException) {
      err.println(NAME + ": " + e.getMessage());
      return USAGE;
    }
    if (e instanceof IOException io) {
      err.println(NAME + ": I/O error: " + ReportFiles.describe(io));
      return USAGE;
    }
    if (e instanceof UncheckedIOException io) {
      err.println(NAME + ": I/O error: " + ReportFiles.describe(io.getCause()));
      return USAGE;
    }
    err.println(NAME + ": internal error: " + describe(e));
    return SOME_FAILED;
  }

  /** The exception's type and message on one line. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getName() + (message == null ? "" : ": " + ReportFiles.oneLine(message));
  }

  /**
   * Refuses too few reports with a usage error.
   *
   * @param purpose what they are needed for ("to compare")
   */
  static void requireAtLeast(int minimum, List<Report> reports, String purpose) {
    if (reports.size() < minimum) {
      throw new InputException("need at least " + minimum + (minimum == 1 ? " report " : " reports ") + purpose
          + ", got " + reports.size());
    }
  }

  Crosscheck checker() {
    return checker.get();
  }

  InputStream in() {
    return in;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  JsonOutput json() {
    return json;
  }

  /** Prints one indented JSON object on standard output. */
  void printJson(JsonNode node) {
    out.println(jsonText(node));
  }

  /** The node as the JSON output writes it: pretty-printed. */
  String jsonText(JsonNode node) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * Writes {@code text} to {@code file} in UTF-8, through a temporary file beside it moved into
   * place, so that a page half written is never left under the name asked for.
   */
  static void writeFile(java.nio.file.Path file, String text) {
    java.nio.file.Path target = file.toAbsolutePath();
    java.nio.file.Path dir = target.getParent();
    if (dir != null && !java.nio.file.Files.isDirectory(dir)) {
      throw new InputException("no such directory: " + dir);
    }
    if (java.nio.file.Files.isDirectory(target)) {
      throw new InputException("a directory, not a file: " + file);
    }
    try {
      java.nio.file.Path tmp = java.nio.file.Files.createTempFile(dir, ".crosscheck-", ".tmp");
      try {
        java.nio.file.Files.writeString(tmp, text, java.nio.charset.StandardCharsets.UTF_8);
        // a temporary file is private to its owner; the page is as readable as any file written
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          java.nio.file.Files.setPosixFilePermissions(tmp, java.nio.file.Files.exists(target)
              ? java.nio.file.Files.getPosixFilePermissions(target)
              : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
          java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
              java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
          java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        java.nio.file.Files.deleteIfExists(tmp);
      }
    } catch (java.io.IOException e) {
      throw new InputException("cannot write " + file + ": " + ReportFiles.describe(e));
    }
  }

  /** With no command: checks the bundled example cluster and prints the text listing. */
  @Command(
      name = NAME,
      description = {
        "Flags the facts on which parallel reports of one event diverge: conflicting numbers, "
            + "differently worded quotations, quotations credited to different speakers or sources.",
        "",
        "Without a command, checks the bundled example cluster (five reports of the Kim-Putin summit, April 2019).",
        "",
        "Exit status: 0 when the command ran, 1 when batch lines could not be checked, "
            + "2 for a usage or input error."
      },
      mixinStandardHelpOptions = true,
      versionProvider = Version.class)
  static final class Root implements Callable<Integer> {
    private final Cli cli;

    Root(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      CheckResult result = cli.checker().check(ExampleCluster.reports());
      TextOutput.check(result, cli.out());
      return OK;
    }
  }

  /** The version from the jar's Maven descriptor; "development build" when run from class folders. */
  static final class Version implements IVersionProvider {
    /** Picocli builds it by reflection. */
    public Version() {}

    @Override
    public String[] getVersion() {
      return new String[] {NAME + " " + version()};
    }

    static String version() {
      try (InputStream in = Cli.class.getResourceAsStream(
          "/META-INF/maven/dev.crosscheck/crosscheck-examples/pom.properties")) {
        if (in != null) {
          Properties properties = new Properties();
          properties.load(in);
          String version = properties.getProperty("version");
          if (version != null && !version.isBlank()) {
            return version;
          }
        }
      } catch (IOException e) {
        // Fall through: a version is a courtesy, not a reason to fail.
      }
      return "(development build)";
    }
  }
}
