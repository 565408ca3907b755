package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.Crosscheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain}: the groups, and for one fact what it met and what kept them apart. */
class ExplainCommandTest {
  @TempDir Path dir;

  private Path[] cluster() throws IOException {
    return new Path[] {
      Files.writeString(dir.resolve("a.txt"), "The leaders met for three hours in Vladivostok. The blaze destroyed 40 homes.", UTF_8),
      Files.writeString(dir.resolve("b.txt"), "The leaders met for five hours in Moscow. Flames razed 60 homes.", UTF_8)};
  }

  @Test
  void withoutAFactItListsTheGroups() {
    CliTest.Run r = CliTest.run(Crosscheck.standard(), "explain", "--example");
    assertThat(r.status()).isEqualTo(Cli.OK);
    assertThat(r.out()).contains("The aligner formed", "Meeting duration", "--fact REPORT:OFFSET");
  }

  @Test
  void aFactByItsWordsShowsWhatKeptItApartAndWhatItNeverMet() throws IOException {
    Path[] p = cluster();
    CliTest.Run r = CliTest.run(Crosscheck.standard(), "explain", "--text", "three hours", p[0].toString(), p[1].toString());
    assertThat(r.status()).isEqualTo(Cli.OK);
    assertThat(r.out()).contains("a [20,31) quantity \"three hours\"", "five hours", "different places",
        "no divergence reported on it: it aligned with no fact of another report");
    CliTest.Run example = CliTest.run(Crosscheck.standard(), "explain", "--example", "--text", "nearly five hours");
    assertThat(example.out()).contains("reported in divergence 2: CONFLICT quantity-mismatch: Meeting duration");
    CliTest.Run homes = CliTest.run(Crosscheck.standard(), "explain", "--fact", "a:70", p[0].toString(), p[1].toString());
    assertThat(homes.out()).contains("\"40 homes\"", "never compared", "\"60 homes\"");
  }

  @Test
  void jsonGivesTheSameForPrograms() throws IOException {
    Path[] p = cluster();
    JsonNode root = CliTest.run(Crosscheck.standard(), "explain", "--format", "json", "--text", "three hours",
        p[0].toString(), p[1].toString()).json();
    JsonNode fact = root.path("facts").get(0);
    assertThat(fact.path("fact").path("text").asText()).isEqualTo("three hours");
    assertThat(fact.path("compared").get(0).path("outcome").asText()).contains("different places");
    assertThat(root.path("groups").isArray()).isTrue();
  }

  @Test
  void badAsksAreOneClearLine() throws IOException {
    Path[] p = cluster();
    for (String[] args : new String[][] {
        {"explain", "--fact", "a", p[0].toString(), p[1].toString()},
        {"explain", "--fact", "a:x", p[0].toString(), p[1].toString()},
        {"explain", "--fact", "zz:3", p[0].toString(), p[1].toString()},
        {"explain", "--fact", "a:0", p[0].toString(), p[1].toString()},
        {"explain", "--text", "no such words", p[0].toString(), p[1].toString()},
        {"explain", "--format", "html", "--example"}}) {
      CliTest.Run r = CliTest.run(Crosscheck.standard(), args);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(Cli.USAGE);
      assertThat(r.errLines()).as(String.join(" ", args)).hasSize(1);
    }
  }
}
