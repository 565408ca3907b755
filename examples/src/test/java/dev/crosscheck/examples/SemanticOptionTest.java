package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.Crosscheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --semantic} on check and batch: the sentence model joins the words. */
class SemanticOptionTest {
  private static final String A = "The blaze destroyed 40 homes on the ridge before dawn.";
  private static final String B = "Flames razed 60 homes along the ridge overnight.";

  @TempDir Path dir;

  @Test
  void checkFindsWhatTheWordsAloneMiss() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), A, UTF_8);
    Path b = Files.writeString(dir.resolve("b.txt"), B, UTF_8);
    CliTest.Run without = CliTest.run(Crosscheck.standard(), "check", a.toString(), b.toString());
    assertThat(without.out()).contains("0 divergences in 2 reports").doesNotContain("CONFLICT");
    CliTest.Run with = CliTest.run(Crosscheck.standard(), "check", "--semantic", a.toString(), b.toString());
    assertThat(with.status()).isEqualTo(Cli.OK);
    assertThat(with.out()).contains("CONFLICT quantity-mismatch", "40 homes", "60 homes");
  }

  @Test
  void batchTakesItToo() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"cluster\": \"fire\", \"reports\": ["
        + "{\"id\": \"a\", \"text\": \"" + A + "\"}, {\"id\": \"b\", \"text\": \"" + B + "\"}]}\n", UTF_8);
    Path out = dir.resolve("out.jsonl");
    CliTest.Run r = CliTest.run(Crosscheck.standard(), "batch", "--semantic", in.toString(), out.toString());
    assertThat(r.err()).isEmpty();
    assertThat(Files.readString(out, UTF_8)).contains("\"cluster\":\"fire\"", "quantity-mismatch");
  }
}
