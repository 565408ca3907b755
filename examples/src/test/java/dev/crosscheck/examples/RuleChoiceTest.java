package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.Crosscheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --only}, {@code --disable} and {@code --config} on check and batch, and their errors. */
class RuleChoiceTest {
  private static final Crosscheck STANDARD = Crosscheck.standard();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String CONFIG = """
      {"rules": {
        "quotation-wording": {"options": {"functionWords": false}},
        "quantity-mismatch": {"severity": "conflict"}
      }}
      """;

  @TempDir Path dir;

  private static CliTest.Run run(String... args) {
    return CliTest.run(STANDARD, args);
  }


  /** rule and severity of each divergence of a check --format json. */
  private static List<String> found(String json) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode d : MAPPER.readTree(json).get("divergences")) {
      out.add(d.get("rule").asText() + " " + d.get("severity").asText() + " " + d.get("evidence").get(0).get("text").asText());
    }
    return out;
  }

  private Path reports() throws IOException {
    Path cluster = Files.createDirectories(dir.resolve("cluster"));
    Files.writeString(cluster.resolve("a.txt"), "The minister left more than four hours earlier than planned. "
        + "\"We took a unilateral step to keep the peace of the whole region,\" Kim said.", UTF_8);
    Files.writeString(cluster.resolve("b.txt"), "The minister left about 4 1/2 hours earlier than planned. "
        + "\"We took an unilateral step to keep the peace of the whole region,\" Kim said.", UTF_8);
    return cluster;
  }

  @Test
  void aConfigTurnsTheFunctionWordVariantOffAndMakesTheDepartureAConflict() throws IOException {
    Path cluster = reports();
    Path config = Files.writeString(dir.resolve("rules.json"), CONFIG, UTF_8);
    assertThat(found(run("check", "--format", "json", cluster.toString()).out()))
        .containsExactlyInAnyOrder("quantity-mismatch variant more than four hours", "quotation-wording variant a");
    CliTest.Run configured = run("check", "--format", "json", "--config", config.toString(), cluster.toString());
    assertThat(configured.status()).as(configured.err()).isZero();
    assertThat(found(configured.out())).containsExactly("quantity-mismatch conflict more than four hours");
  }

  @Test
  void onTheSeedsTheConfigDoesWhatItSays() throws IOException {
    Path seeds = CorporaBatchTest.shared() == null ? null : CorporaBatchTest.shared().resolve("seeds");
    assumeTrue(seeds != null && Files.isDirectory(seeds), "no ../shared/seeds");
    Path config = Files.writeString(dir.resolve("rules.json"), CONFIG, UTF_8);
    List<String> before = found(run("check", "--format", "json", seeds.toString()).out());
    List<String> after = found(run("check", "--format", "json", "--config", config.toString(), seeds.toString()).out());
    assertThat(before).contains("quotation-wording variant a", "quantity-mismatch variant more than four hours");
    assertThat(after).doesNotContain("quotation-wording variant a", "quantity-mismatch variant more than four hours")
        .contains("quantity-mismatch conflict more than four hours", "quantity-mismatch conflict more than three hours",
            "quotation-wording conflict guard");
    assertThat(after).hasSize(before.size() - 1);
  }

  @Test
  void onlyAndDisableChooseRulesForCheckAndBatch() throws IOException {
    Path cluster = reports();
    assertThat(found(run("check", "--format", "json", "--only", "quotation-wording", cluster.toString()).out()))
        .containsExactly("quotation-wording variant a");
    assertThat(found(run("check", "--format", "json", "--disable", "quotation-wording,date-mismatch",
        cluster.toString()).out())).containsExactly("quantity-mismatch variant more than four hours");
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"cluster\":\"c\",\"reports\":["
        + "{\"id\":\"a\",\"text\":\"They met for three hours on Tuesday in the port.\"},"
        + "{\"id\":\"b\",\"text\":\"They met for nearly five hours on Tuesday in the port.\"}]}\n", UTF_8);
    assertThat(run("batch", in.toString()).out()).contains("quantity-mismatch");
    CliTest.Run none = run("batch", "--disable", "quantity-mismatch", in.toString());
    assertThat(none.status()).isZero();
    assertThat(none.out()).contains("\"divergences\":[]");
  }

  @Test
  void configurationMistakesAreOneClearLine() throws IOException {
    Path cluster = reports();
    String[][] cases = {
        {"{\"rules\": {\"no-such-rule\": {}}}", "no rule has the id(s) [no-such-rule]; known: ["},
        {"{\"rules\": {\"quotation-wording\": {\"options\": {\"articles\": false}}}}",
            "rule quotation-wording has no option 'articles'; its options: [functionWords]"},
        {"{\"rules\": {\"quotation-wording\": {\"options\": {\"functionWords\": 3}}}}",
            "option functionWords takes true or false, not '3'"},
        {"{\"rules\": {\"quantity-mismatch\": {\"severity\": \"fatal\"}}}", "\"severity\" must be \"conflict\" or \"variant\""},
        {"{\"rules\": {\"quantity-mismatch\": {\"enable\": false}}}", "unknown key(s) [enable]; known: [enabled, options, severity]"},
        {"{\"rule\": {}}", "unknown key(s) [rule]; known: [rules]"},
        {"{\"rules\": [", "bad JSON"},
    };
    for (String[] c : cases) {
      Path config = Files.writeString(dir.resolve("bad.json"), c[0], UTF_8);
      CliTest.Run s = run("check", "--config", config.toString(), cluster.toString());
      assertThat(s.status()).as(c[0]).isEqualTo(Cli.USAGE);
      assertThat(s.err()).as(c[0]).contains(c[1]).doesNotContain("Exception").hasLineCount(1);
    }
    CliTest.Run unknown = run("check", "--only", "nope", cluster.toString());
    assertThat(unknown.status()).isEqualTo(Cli.USAGE);
    assertThat(unknown.err()).contains("no rule has the id(s) [nope]");
    assertThat(run("check", "--config", dir.resolve("missing.json").toString(), cluster.toString()).err())
        .contains("missing.json");
  }
}
