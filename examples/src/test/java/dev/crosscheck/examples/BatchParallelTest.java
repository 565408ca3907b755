package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.Crosscheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} on several cores: the output is the one-core output, line for line, in input order. */
class BatchParallelTest {
  @TempDir Path dir;

  @Test
  void manyThreadsWriteWhatOneThreadWrites() throws IOException {
    long seed = Long.getLong("crosscheck.batch.seed", 20261202L);
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      int a = 1 + random.nextInt(9);
      int b = 1 + random.nextInt(9);
      if (i % 13 == 5) {
        lines.add("{broken " + i);
      } else if (i % 17 == 3) {
        lines.add("");
      } else {
        lines.add("{\"cluster\": \"c" + i + "\", \"reports\": [{\"id\": \"a\", \"text\": \"The talks lasted " + a
            + " hours. Police arrested " + (10 * a) + " people.\"}, {\"id\": \"b\", \"text\": \"The talks lasted " + b
            + " hours. Police arrested " + (10 * b) + " people.\"}]}");
      }
    }
    Path in = Files.writeString(dir.resolve("in.jsonl"), String.join("\n", lines) + "\n", UTF_8);
    CliTest.Run one = CliTest.run(Crosscheck.standard(), "batch", "--threads", "1", in.toString(), dir.resolve("one.jsonl").toString());
    CliTest.Run many = CliTest.run(Crosscheck.standard(), "batch", "--threads", "4", in.toString(), dir.resolve("many.jsonl").toString());
    assertThat(many.status()).isEqualTo(one.status()).isEqualTo(Cli.SOME_FAILED);
    assertThat(many.err()).isEqualTo(one.err());
    List<String> expected = Files.readAllLines(dir.resolve("one.jsonl"), UTF_8);
    assertThat(expected).as("seed %s", seed).hasSize(60 - 4); // the four blank lines give none
    assertThat(Files.readAllLines(dir.resolve("many.jsonl"), UTF_8)).as("seed %s", seed).isEqualTo(expected);
  }

  @Test
  void progressSaysHowFarItIs() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"cluster\": \"x\", \"reports\": [{\"id\": \"a\", \"text\": \"a\"},"
        + " {\"id\": \"b\", \"text\": \"b\"}]}\n", UTF_8);
    CliTest.Run r = CliTest.run(Crosscheck.standard(), "batch", "--progress", in.toString(), dir.resolve("out.jsonl").toString());
    assertThat(r.status()).isEqualTo(Cli.OK);
    assertThat(r.err()).contains("crosscheck: 1 clusters", "100% of the input", "done in");
  }

  @Test
  void zeroThreadsIsAUsageError() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "\n", UTF_8);
    CliTest.Run r = CliTest.run(Crosscheck.standard(), "batch", "--threads", "0", in.toString());
    assertThat(r.status()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("--threads must be at least 1");
  }
}
