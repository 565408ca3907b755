package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.Crosscheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage in both outputs: a table in text, {@code "coverage"} in JSON. */
class CoverageOutputTest {
  @TempDir Path dir;

  private Path[] cluster() throws IOException {
    return new Path[] {
      Files.writeString(dir.resolve("wire.txt"), "The two leaders met for three hours. Police arrested 40 protesters.", UTF_8),
      Files.writeString(dir.resolve("daily.txt"), "The two leaders met for nearly five hours on the island.", UTF_8)};
  }

  @Test
  void textShowsWhoStatesWhatAndWhatOnlyOneReportHas() throws IOException {
    Path[] p = cluster();
    CliTest.Run r = CliTest.run(Crosscheck.standard(), "check", p[0].toString(), p[1].toString());
    assertThat(r.out()).contains("Who states what", "Meeting duration", "three hours", "nearly five ho")
        .contains("Matched with no other report's fact", "wire (1): 40 protesters");
    assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow()).startsWith("1 divergence");
  }

  @Test
  void jsonCarriesEveryFactWithItsReportsEvidenceAndTheSilentOnes() throws IOException {
    Path[] p = cluster();
    CliTest.Run r = CliTest.run(Crosscheck.standard(), "check", "--format", "json", p[0].toString(), p[1].toString());
    JsonNode root = r.json();
    Map<String, String> texts = new HashMap<>();
    texts.put("wire", Files.readString(p[0], UTF_8));
    texts.put("daily", Files.readString(p[1], UTF_8));
    JsonNode facts = root.path("coverage").path("facts");
    assertThat(facts.size()).isGreaterThanOrEqualTo(2);
    boolean meeting = false;
    boolean arrests = false;
    for (JsonNode f : facts) {
      for (JsonNode s : f.path("stated")) {
        for (JsonNode e : s.path("evidence")) {
          assertThat(e.path("text").asText())
              .isEqualTo(texts.get(e.path("report").asText()).substring(e.path("start").asInt(), e.path("end").asInt()));
        }
      }
      if (f.path("topic").asText().equals("Meeting duration")) {
        meeting = true;
        assertThat(f.path("shared").asBoolean()).isTrue();
        assertThat(f.path("stated")).hasSize(2);
        assertThat(f.path("silent")).isEmpty();
      }
      if (f.path("topic").asText().equals("40 protesters")) {
        arrests = true;
        assertThat(f.path("shared").asBoolean()).isFalse();
        assertThat(f.path("silent").get(0).asText()).isEqualTo("daily");
      }
    }
    assertThat(meeting).isTrue();
    assertThat(arrests).isTrue();
  }
}
