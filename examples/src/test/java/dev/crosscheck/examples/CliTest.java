package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Rule;
import dev.crosscheck.rule.RuleContext;
import dev.crosscheck.rule.RulePack;
import dev.crosscheck.rule.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the command line in-process: exit status, standard output and the error stream. */
class CliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The output of one run. */
  record Run(int status, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }

    JsonNode json() throws IOException {
      return MAPPER.readTree(out);
    }
  }

  @TempDir Path dir;

  static Crosscheck testChecker() {
    return Crosscheck.builder().rulePack(new TestRulePack()).build();
  }

  static Run run(byte[] stdin, String... args) {
    return run(testChecker(), stdin, args);
  }

  /** Runs the command line over the given checker, with nothing on standard input. */
  static Run run(Crosscheck checker, String... args) {
    return run(checker, new byte[0], args);
  }

  private static Run run(Crosscheck checker, byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = new Cli(checker, new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err))
        .run(args);
    return new Run(status, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(new byte[0], args);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  /** Exit 2, nothing on standard output, exactly one line on the error stream; returns that line. */
  private static String assertUsageError(String... args) {
    Run r = run(args);
    assertThat(r.status()).as("exit status of %s", List.of(args)).isEqualTo(Cli.USAGE);
    assertThat(r.out()).as("stdout of %s", List.of(args)).isEmpty();
    assertThat(r.errLines()).as("stderr of %s", List.of(args)).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("crosscheck: ").doesNotContain("Exception", "\tat ");
    return r.errLines().get(0);
  }

  // ---- check --format json

  @Test
  void checkJsonEvidenceIsExactlyTheFileCharacters() throws IOException {
    // Non-BMP and accented characters before the evidence: offsets are UTF-16 units, as in Java strings.
    Path a = write("a.txt", "Ünïcode 😀😀 «quoted» text\nsecond line ends with Alpha.\n");
    Path b = write("b.txt", "Beta report, shorter — Gamma");
    Path c = write("c.txt", "Beta report, same opening, 𝔘𝔫𝔦 then Delta!");

    Run r = run("check", "--format", "json", a.toString(), b.toString(), c.toString());

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode json = r.json();
    List<String> ids = new ArrayList<>();
    for (JsonNode report : json.get("reports")) {
      ids.add(report.get("id").asText());
      String text = Files.readString(dir.resolve(report.get("id").asText() + ".txt"), UTF_8);
      assertThat(report.get("chars").asInt()).isEqualTo(text.length());
    }
    assertThat(ids).containsExactly("a", "b", "c");
    // three pairs differ in length (conflicts); a's first word differs from b's and c's (variants)
    List<String> rules = new ArrayList<>();
    int evidenceCount = 0;
    for (JsonNode d : json.get("divergences")) {
      rules.add(d.get("rule").asText() + "/" + d.get("kind").asText() + "/" + d.get("severity").asText());
      assertThat(d.get("message").asText()).isNotBlank();
      for (JsonNode e : d.get("evidence")) {
        String text = Files.readString(dir.resolve(e.get("report").asText() + ".txt"), UTF_8);
        assertThat(e.get("text").asText())
            .as("evidence %s", e)
            .isEqualTo(text.substring(e.get("start").asInt(), e.get("end").asInt()));
        evidenceCount++;
      }
      assertThat(d.get("readings")).hasSize(2);
      for (JsonNode reading : d.get("readings")) {
        assertThat(reading.get("reports")).hasSize(1);
        JsonNode e = reading.get("evidence").get(0);
        assertThat(e.get("report").asText()).isEqualTo(reading.get("reports").get(0).asText());
      }
    }
    assertThat(rules).containsExactly(
        "length-differs/length/conflict", "length-differs/length/conflict", "length-differs/length/conflict",
        "first-word-differs/name/variant", "first-word-differs/name/variant");
    assertThat(evidenceCount).isEqualTo(10);
    JsonNode first = json.get("divergences").get(0).get("evidence");
    assertThat(first.get(0).get("text").asText()).isEqualTo("Alpha");
    assertThat(first.get(1).get("text").asText()).isEqualTo("Gamma");
    String aText = Files.readString(a, UTF_8);
    assertThat(first.get(0).get("start").asInt()).isEqualTo(aText.indexOf("Alpha"));
  }

  @Test
  void checkTextListsEachDivergenceWithEvidenceAndASummary() throws IOException {
    Path a = write("000_b80febacbb332027.txt", "Alpha one two");
    Path b = write("001_616088699722051b.txt", "Beta three four five");

    Run r = run("check", a.toString(), b.toString());

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines().toList()).containsExactly(
        "CONFLICT length-differs: 000_b80febacbb332027 and 001_616088699722051b differ",
        "  - 13 chars",
        "      000_b80febacbb33… [10,13) \"two\"",
        "  - 20 chars",
        "      001_616088699722… [16,20) \"five\"",
        "",
        "VARIANT first-word-differs: 000_b80febacbb332027 and 001_616088699722051b differ",
        "  - Alpha",
        "      000_b80febacbb33… [0,5) \"Alpha\"",
        "  - Beta",
        "      001_616088699722… [0,4) \"Beta\"",
        "",
        "2 divergences: 1 conflict, 1 variant in 2 reports");
  }

  @Test
  void aDirectoryIsItsTextFilesInNameOrder() throws IOException {
    write("cluster/b.txt", "Same text");
    write("cluster/a.txt", "Same text");
    write("cluster/c.TXT", "Same text");
    write("cluster/notes.md", "not a report");
    Files.createDirectories(dir.resolve("cluster/sub.txt"));

    Run r = run("check", "--format", "json", dir.resolve("cluster").toString());

    assertThat(r.status()).isZero();
    List<String> ids = new ArrayList<>();
    r.json().get("reports").forEach(n -> ids.add(n.get("id").asText()));
    assertThat(ids).containsExactly("a", "b", "c");
    assertThat(r.json().get("divergences")).isEmpty();
  }

  @Test
  void anEmptyReportIsFine() throws IOException {
    Path a = write("a.txt", "");
    Path b = write("b.txt", "Some text here.");

    Run r = run("check", "--format", "json", a.toString(), b.toString());

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.json().get("reports").get(0).get("chars").asInt()).isZero();
    assertThat(r.json().get("divergences")).isEmpty();
    assertThat(run("check", a.toString(), b.toString()).out()).isEqualTo("0 divergences in 2 reports" + System.lineSeparator());
  }

  @Test
  void aByteOrderMarkIsKeptSoOffsetsMatchTheFileAsJavaReadsIt() throws IOException {
    Path a = write("a.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', 'b'});
    Path b = write("b.txt", "Abc");

    Run r = run("check", "--format", "json", a.toString(), b.toString());

    assertThat(r.json().get("reports").get(0).get("chars").asInt())
        .isEqualTo(Files.readString(a).length()).isEqualTo(3);
    JsonNode evidence = r.json().get("divergences").get(0).get("evidence").get(0);
    assertThat(evidence.get("start").asInt()).isEqualTo(1);
    assertThat(evidence.get("text").asText()).isEqualTo("Ab");
  }

  // ---- usage and input errors: exit 2, one line

  @Test
  void aDirectoryWithoutTextFilesIsNamed() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("notes"));
    Files.writeString(empty.resolve("a.md"), "text");
    Path a = write("a.txt", "text");
    assertThat(assertUsageError("check", a.toString(), empty.toString()))
        .contains("no *.txt files", "notes");
  }

  @Test
  void aMissingFileIsAUsageError() throws IOException {
    Path a = write("a.txt", "text");
    assertThat(assertUsageError("check", a.toString(), dir.resolve("missing.txt").toString()))
        .contains("no such file", "missing.txt");
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithTheirOffset() throws IOException {
    Path a = write("a.txt", "text");
    Path bad = write("bad.txt", new byte[] {'a', 'b', 'c', (byte) 0xff, 'd'});
    assertThat(assertUsageError("check", a.toString(), bad.toString()))
        .isEqualTo("crosscheck: not UTF-8 text: " + bad + " (byte 0xff at offset 3)");
    Path truncated = write("cut.txt", new byte[] {'a', (byte) 0xe2, (byte) 0x82});
    assertThat(assertUsageError("facts", truncated.toString())).contains("not UTF-8 text", "offset 1");
    Path latin1 = write("latin1.txt", "café".getBytes(ISO_8859_1));
    assertThat(assertUsageError("check", a.toString(), latin1.toString())).contains("byte 0xe9 at offset 3");
  }

  @Test
  void binaryFilesAreRefused() throws IOException {
    Path a = write("a.txt", "text");
    Path bin = write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path nul = write("nul.txt", new byte[] {'a', 'b', 0, 'c'});
    assertThat(assertUsageError("check", a.toString(), bin.toString())).contains("image.png");
    assertThat(assertUsageError("check", a.toString(), nul.toString()))
        .contains("binary", "nul.txt", "NUL byte at offset 2");
  }

  @Test
  void fewerThanTwoReportsIsAUsageError() throws IOException {
    Path a = write("a.txt", "text");
    write("one/x.txt", "text");
    Files.createDirectories(dir.resolve("empty"));
    assertThat(assertUsageError("check", a.toString())).contains("at least 2 reports", "got 1");
    assertThat(assertUsageError("check", dir.resolve("one").toString())).contains("got 1");
    assertThat(assertUsageError("check", dir.resolve("empty").toString())).contains("no *.txt files", "empty");
  }

  @Test
  void twoReportsWithOneIdAreAUsageError() throws IOException {
    Path first = write("left/x.txt", "one");
    Path second = write("right/x.md", "two");
    assertThat(assertUsageError("check", first.toString(), second.toString()))
        .contains("'x'", first.toString(), second.toString());
  }

  @Test
  void badCommandLinesAreUsageErrors() throws IOException {
    Path a = write("a.txt", "one");
    Path b = write("b.txt", "two");
    assertThat(assertUsageError("frobnicate")).contains("unknown command 'frobnicate'");
    assertThat(assertUsageError("--frobnicate")).contains("--frobnicate");
    assertThat(assertUsageError("check", "--frobnicate", a.toString(), b.toString())).contains("--frobnicate");
    assertThat(assertUsageError("check", "--format", "xml", a.toString(), b.toString())).contains("xml");
    assertThat(assertUsageError("check", "--format")).contains("--format");
    assertThat(assertUsageError("check")).contains("no PATH");
    assertThat(assertUsageError("facts")).contains("no PATH");
    assertThat(assertUsageError("check", "--example", a.toString())).contains("--example");
    assertThat(assertUsageError("batch")).contains("IN.jsonl");
    assertThat(assertUsageError("batch", "a", "b", "c")).contains("'c'");
    assertThat(assertUsageError("batch", dir.resolve("none.jsonl").toString())).contains("no such file");
    assertThat(assertUsageError("batch", dir.toString())).contains("not a file");
  }

  @Test
  void atSignsAreFileNamesNotArgumentFiles() throws IOException {
    write("@list.txt", "one");
    write("b.txt", "two");
    Run r = run("check", dir.resolve("@list.txt").toString(), dir.resolve("b.txt").toString());
    assertThat(r.status()).isZero();
  }

  // ---- facts

  @Test
  void factsJsonListsEveryReportAndEachFactMatchesItsSpan() throws IOException {
    String aText = "The leaders met for more than three hours; 10,000 workers will leave. "
        + "He said \"we will gird ourselves\", the agency added.";
    Path a = write("a.txt", aText);
    Path b = write("b.txt", "They met for nearly five hours.");

    Run r = run("facts", "--format", "json", a.toString(), b.toString());

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode reports = r.json().get("reports");
    assertThat(reports).hasSize(2);
    assertThat(reports.get(0).get("id").asText()).isEqualTo("a");
    assertThat(reports.get(1).get("id").asText()).isEqualTo("b");
    for (JsonNode report : reports) {
      String text = Files.readString(dir.resolve(report.get("id").asText() + ".txt"), UTF_8);
      assertThat(report.get("facts").isArray()).isTrue();
      int previousStart = -1;
      for (JsonNode fact : report.get("facts")) {
        int start = fact.get("start").asInt();
        assertThat(start).isGreaterThanOrEqualTo(previousStart);
        previousStart = start;
        assertThat(fact.get("text").asText()).isEqualTo(text.substring(start, fact.get("end").asInt()));
        String type = fact.get("type").asText();
        if (type.equals("quantity")) {
          assertThat(fact.has("value") && fact.has("low") && fact.has("high") && fact.has("unit") && fact.has("hedge"))
              .as("quantity fields of %s", fact).isTrue();
        } else if (type.equals("quotation")) {
          assertThat(fact.has("speaker") && fact.has("source") && fact.get("words").isArray())
              .as("quotation fields of %s", fact).isTrue();
        }
      }
    }
  }

  @Test
  void aPublicationDateResolvesTheDatesOfEveryFile() throws IOException {
    Path a = write("a.txt", "The leaders met on Thursday. The summit broke down two months ago.");
    Path b = write("b.txt", "They met yesterday.");

    Run r = run("facts", "--format", "json", "--date", "2019-04-26", a.toString(), b.toString());

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    List<JsonNode> dates = new ArrayList<>();
    for (JsonNode report : r.json().get("reports")) {
      for (JsonNode fact : report.get("facts")) {
        if (fact.get("type").asText().equals("date")) {
          dates.add(fact);
        }
      }
    }
    assertThat(dates).extracting(d -> d.get("text").asText())
        .containsExactly("on Thursday", "two months ago", "yesterday");
    assertThat(dates.get(0).get("start_date").asText()).isEqualTo("2019-04-25");
    assertThat(dates.get(0).get("end_date").asText()).isEqualTo("2019-04-25");
    assertThat(dates.get(0).get("granularity").asText()).isEqualTo("day");
    assertThat(dates.get(1).get("granularity").asText()).isEqualTo("month");
    assertThat(dates.get(2).get("start_date").asText()).isEqualTo("2019-04-24");

    Run undated = run("facts", "--format", "json", a.toString());
    JsonNode first = undated.json().get("reports").get(0).get("facts").get(0);
    assertThat(first.get("type").asText()).isEqualTo("date");
    assertThat(first.get("start_date").isNull()).isTrue();

    Run text = run("facts", "--date", "2019-04-26", b.toString());
    assertThat(text.out()).contains("\"yesterday\"", "2019-04-24..2019-04-26");
  }

  @Test
  void aBadPublicationDateIsAUsageError() throws IOException {
    Path a = write("a.txt", "They met on Thursday.");
    Path b = write("b.txt", "They met on Friday.");
    assertThat(assertUsageError("check", "--date", "2019-02-30", a.toString(), b.toString()))
        .contains("--date", "2019-02-30", "yyyy-MM-dd");
    assertThat(assertUsageError("facts", "--date", "yesterday", a.toString())).contains("yyyy-MM-dd");
    assertThat(run("check", "--help").out()).contains("--date");
  }

  @Test
  void factsNeedsOnlyOneReport() throws IOException {
    Path a = write("a.txt", "One report.");
    Run r = run("facts", a.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("a (11 chars): ");
  }

  // ---- the bundled cluster, help, version, rules

  @Test
  void withoutArgumentsTheBundledClusterIsChecked() {
    Run r = run();
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    // five reports of five lengths make ten conflicts; four open with "Kim", one with "Putin"
    assertThat(r.out()).contains("CONFLICT length-differs: 01-wire and 02-agency differ");
    assertThat(r.out().lines().reduce((x, y) -> y).orElseThrow())
        .isEqualTo("14 divergences: 10 conflicts, 4 variants in 5 reports");
  }

  @Test
  void checkExampleGivesJsonOfTheBundledCluster() throws IOException {
    Run r = run("check", "--example", "--format", "json");
    assertThat(r.status()).isZero();
    assertThat(r.json().get("reports")).hasSize(5);
    assertThat(r.json().get("reports").get(4).get("date").asText()).isEqualTo("2019-04-26");
  }

  @Test
  void helpAndVersionGoToStandardOutput() {
    Run help = run("--help");
    assertThat(help.status()).isZero();
    assertThat(help.err()).isEmpty();
    assertThat(help.out()).contains("Usage: crosscheck", "check", "facts", "batch", "rules");
    Run checkHelp = run("check", "--help");
    assertThat(checkHelp.status()).isZero();
    assertThat(checkHelp.out()).contains("--format", "PATH");
    Run version = run("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).startsWith("crosscheck ");
  }

  @Test
  void rulesListsIdKindSeverityAndDescription() throws IOException {
    Run r = run("rules");
    assertThat(r.status()).isZero();
    assertThat(r.out().lines().toList()).containsExactly(
        "length-differs      length  conflict  Flags reports of different lengths.",
        "first-word-differs  name    variant   Flags reports that open with different words.");
    JsonNode json = run("rules", "--format", "json").json();
    assertThat(json.get("rules").get(1).get("severity").asText()).isEqualTo("variant");
  }

  @Test
  void aFailingRuleIsAnInternalErrorOnOneLine() throws IOException {
    Path a = write("a.txt", "one");
    Path b = write("b.txt", "two");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Crosscheck broken = Crosscheck.builder().rulePack(new BrokenPack()).build();
    int status = new Cli(broken, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err))
        .run("check", a.toString(), b.toString());
    assertThat(status).isEqualTo(Cli.SOME_FAILED);
    assertThat(err.toString().lines().toList()).hasSize(1);
    assertThat(err.toString()).startsWith("crosscheck: internal error: ").contains("rule bug");
  }

  /** A pack whose one rule always throws. */
  static final class BrokenPack implements RulePack {
    @Override
    public String id() {
      return "broken";
    }

    @Override
    public ImmutableList<Rule> rules() {
      return ImmutableList.of(new Rule() {
        @Override
        public String id() {
          return "always-throws";
        }

        @Override
        public String description() {
          return "Throws.";
        }

        @Override
        public String kind() {
          return "test";
        }

        @Override
        public Severity defaultSeverity() {
          return Severity.CONFLICT;
        }

        @Override
        public ImmutableList<String> examples() {
          return ImmutableList.of();
        }

        @Override
        public ImmutableList<Divergence> check(RuleContext context) {
          throw new IllegalStateException("rule bug\nsecond line");
        }
      });
    }
  }
}
