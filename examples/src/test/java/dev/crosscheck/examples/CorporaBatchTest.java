package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.Crosscheck;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs {@code batch} with the standard checker over the real clusters in {@code ../shared/corpora},
 * when that folder is there: every cluster gives one line, only clusters that really are unfit fail,
 * and every piece of evidence is exactly the characters of its report.
 */
class CorporaBatchTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  /** The shared folder, found by walking up from the working directory; null when absent. */
  static Path shared() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared");
      if (Files.isRegularFile(candidate.resolve("DESIGN.md"))) {
        return candidate;
      }
    }
    return null;
  }

  @ParameterizedTest
  @ValueSource(strings = {"multinews-200.jsonl", "basil-100.jsonl", "allsides.jsonl", "summedits-news.jsonl"})
  void everyClusterGivesOneLineWithExactEvidence(String name) throws IOException {
    Path shared = shared();
    assumeTrue(shared != null && Files.isRegularFile(shared.resolve("corpora").resolve(name)),
        "no ../shared/corpora/" + name);
    Path in = shared.resolve("corpora").resolve(name);
    Path out = dir.resolve("out.jsonl");
    StringWriter err = new StringWriter();

    int status = new Cli(Crosscheck.standard(), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()), new PrintWriter(err)).run("batch", in.toString(), out.toString());

    int failed = 0;
    try (BufferedReader input = Files.newBufferedReader(in, UTF_8);
        BufferedReader output = Files.newBufferedReader(out, UTF_8)) {
      String line;
      int lineNumber = 0;
      while ((line = input.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode cluster = MAPPER.readTree(line);
        String resultLine = output.readLine();
        assertThat(resultLine).as("output for line %s of %s", lineNumber, name).isNotNull();
        JsonNode result = MAPPER.readTree(resultLine);
        assertThat(result.get("cluster").asText()).isEqualTo(cluster.get("cluster").asText());
        if (cluster.get("reports").size() < 2) {
          assertThat(result.get("error").asText()).contains("at least 2 reports");
          failed++;
          continue;
        }
        assertThat(result.has("error")).as("%s line %s: %s", name, lineNumber, result.get("error")).isFalse();
        Map<String, String> texts = new HashMap<>();
        cluster.get("reports").forEach(r -> texts.put(r.get("id").asText(), r.get("text").asText()));
        for (JsonNode d : result.get("divergences")) {
          for (JsonNode e : d.get("evidence")) {
            String text = texts.get(e.get("report").asText());
            assertThat(e.get("text").asText()).as("%s line %s: %s", name, lineNumber, e)
                .isEqualTo(text.substring(e.get("start").asInt(), e.get("end").asInt()));
          }
        }
      }
      assertThat(output.readLine()).as("extra output lines").isNull();
    }
    assertThat(status).isEqualTo(failed > 0 ? Cli.SOME_FAILED : Cli.OK);
  }
}
