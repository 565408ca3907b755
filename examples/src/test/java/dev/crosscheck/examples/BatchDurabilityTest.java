package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.Crosscheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch writes each line as soon as it is checked, and {@code --resume} continues an interrupted
 * one into the same file with no cluster lost or written twice; lines and reports over the limits
 * become error lines that name the limit.
 */
class BatchDurabilityTest {
  private static final Crosscheck STANDARD = Crosscheck.standard();

  @TempDir Path dir;

  /** A batch of {@code n} small clusters, each with its own figures. */
  private static String clusters(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String words = "The council in Town" + i + " met for " + (i % 5 + 2) + " hours and hired " + (i * 7 % 40 + 3)
          + " workers, the mayor said. \\\"We will build it,\\\" she said.";
      sb.append("{\"cluster\":\"c").append(i).append("\",\"reports\":[")
          .append("{\"id\":\"a\",\"text\":\"").append(words.repeat(30)).append("\"},")
          .append("{\"id\":\"b\",\"text\":\"").append(words.replace(" met for ", " met for nearly ").repeat(30))
          .append("\"}]}\n");
      if (i % 17 == 3) {
        sb.append("\n"); // blank lines give no output line, and must not shift a resumed batch
      }
      if (i % 23 == 5) {
        sb.append("{\"cluster\":\"bad").append(i).append("\",\"reports\":[]}\n"); // an error line
      }
    }
    return sb.toString();
  }

  private static CliTest.Run run(String... args) {
    return CliTest.run(STANDARD, args);
  }


  @Test
  void aBatchKilledMidwayResumesWithoutLosingOrRepeatingACluster() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, clusters(400), UTF_8);
    Path expected = dir.resolve("expected.jsonl");
    assertThat(run("batch", in.toString(), expected.toString()).status()).isEqualTo(Cli.SOME_FAILED);
    List<String> all = Files.readAllLines(expected, UTF_8);
    assertThat(all).hasSize(400 + 18);

    Path out = dir.resolve("out.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process batch = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "batch", in.toString(), out.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (batch.isAlive() && lineCount(out) < 20 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    batch.destroyForcibly();
    assertThat(batch.waitFor(1, TimeUnit.MINUTES)).isTrue();
    long written = lineCount(out);
    assertThat(written).as("killed midway, with lines written").isBetween(1L, (long) all.size() - 1);

    // the kill may also leave half a line: make sure the resume meets one
    Files.writeString(out, all.get((int) written).substring(0, 40), UTF_8, StandardOpenOption.APPEND);
    CliTest.Run resumed = run("batch", in.toString(), out.toString(), "--resume");
    assertThat(resumed.status()).as(resumed.err()).isEqualTo(Cli.SOME_FAILED);
    assertThat(Files.readAllLines(out, UTF_8)).containsExactlyElementsOf(all);
    assertThat(resumed.err()).contains("18 of 418 clusters could not be checked");

    // resuming a finished batch checks nothing more and leaves the file as it is
    assertThat(run("batch", in.toString(), out.toString(), "--resume").status()).isEqualTo(Cli.SOME_FAILED);
    assertThat(Files.readAllLines(out, UTF_8)).containsExactlyElementsOf(all);
  }

  @Test
  void resumingOnAnotherInputIsRefusedAndTouchesNothing() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, clusters(5), UTF_8);
    Path out = dir.resolve("out.jsonl");
    run("batch", in.toString(), out.toString());
    String before = Files.readString(out, UTF_8);
    Path other = dir.resolve("other.jsonl");
    Files.writeString(other, clusters(8).replace("\"c1\"", "\"x1\""), UTF_8);
    CliTest.Run r = run("batch", other.toString(), out.toString(), "--resume");
    assertThat(r.status()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("cannot resume", "'x1'", "'c1'");
    assertThat(Files.readString(out, UTF_8)).isEqualTo(before);

    Path notOutput = dir.resolve("notes.jsonl");
    Files.writeString(notOutput, "some notes\n", UTF_8);
    assertThat(run("batch", in.toString(), notOutput.toString(), "--resume").err()).contains("not a batch result line");
    assertThat(run("batch", in.toString(), "--resume").err()).contains("--resume needs OUT.jsonl");
  }

  @Test
  void aLineOverTheLimitIsAnErrorLineAndTheBatchGoesOn() throws IOException {
    Path in = dir.resolve("in.jsonl");
    String small = "{\"cluster\":\"s\",\"reports\":[{\"id\":\"a\",\"text\":\"x\"},{\"id\":\"b\",\"text\":\"y\"}]}";
    String big = "{\"cluster\":\"big\",\"reports\":[{\"id\":\"a\",\"text\":\"" + "x".repeat(5000) + "\"},{\"id\":\"b\",\"text\":\"y\"}]}";
    Files.writeString(in, small + "\n" + big + "\n" + small.replace("\"s\"", "\"t\"") + "\n", UTF_8);
    CliTest.Run r = run("batch", in.toString(), "--max-line-bytes", "1000");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("{\"cluster\":\"s\"");
    assertThat(lines.get(1)).contains("\"error\":\"line of " + String.format("%,d", big.length())
        + " bytes, over the limit of 1,000 (--max-line-bytes)\"");
    assertThat(lines.get(2)).startsWith("{\"cluster\":\"t\"");
  }

  @Test
  void aReportOverTheLimitIsRefusedByName() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"cluster\":\"c\",\"reports\":[{\"id\":\"wire\",\"text\":\"" + "x".repeat(50)
        + "\"},{\"id\":\"b\",\"text\":\"y\"}]}\n", UTF_8);
    CliTest.Run r = run("batch", in.toString(), "--max-report-chars", "20");
    assertThat(r.out()).contains("report 'wire' has 50 characters, over the limit of 20 (maxReportLength)");
    assertThat(r.status()).isEqualTo(Cli.SOME_FAILED);

    Path a = dir.resolve("wire.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(a, "x".repeat(50), UTF_8);
    Files.writeString(b, "y", UTF_8);
    CliTest.Run check = run("check", "--max-report-chars", "20", a.toString(), b.toString());
    assertThat(check.status()).isEqualTo(Cli.USAGE);
    assertThat(check.err()).contains("report 'wire' has 50 characters, over the limit of 20");
    Path c = Files.writeString(dir.resolve("c.txt"), "z", UTF_8);
    CliTest.Run tooMany = run("check", "--max-reports", "2", a.toString(), b.toString(), c.toString());
    assertThat(tooMany.status()).isEqualTo(Cli.USAGE);
    assertThat(tooMany.err()).contains("the cluster has 3 reports, over the limit of 2 (maxReports)");
    Files.writeString(a, "x".repeat(200), UTF_8);
    assertThat(run("facts", "--max-report-chars", "20", a.toString()).err())
        .contains("report 'wire'", "200 bytes", "--max-report-chars");
    assertThat(run("check", "--max-report-chars", "0", a.toString(), b.toString()).err())
        .contains("--max-report-chars must be at least 1");
  }

  private static long lineCount(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    byte[] bytes = Files.readAllBytes(file);
    long n = 0;
    for (byte x : bytes) {
      if (x == '\n') {
        n++;
      }
    }
    return n;
  }
}
