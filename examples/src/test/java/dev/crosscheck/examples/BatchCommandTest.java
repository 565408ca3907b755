package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch}: one output line per input cluster, in order; bad lines become error lines. */
class BatchCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String GOOD = "{\"cluster\":\"c1\",\"reports\":["
      + "{\"id\":\"r1\",\"text\":\"Alpha 😀 one two\",\"date\":\"2019-04-26\",\"source\":\"ignored\"},"
      + "{\"id\":\"r2\",\"text\":\"Beta three four five\"}]}";
  private static final String ONE_REPORT = "{\"cluster\":\"c2\",\"reports\":[{\"id\":\"r1\",\"text\":\"Alone\"}]}";
  private static final String BROKEN = "{\"cluster\":\"c3\",\"reports\":[{\"id\":";

  @TempDir Path dir;

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\\R")) {
      if (!line.isEmpty()) {
        nodes.add(MAPPER.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void eachLineGivesOneOutputLineInOrderAndBadLinesDoNotStopTheBatch() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, GOOD + "\n\n   \n" + ONE_REPORT + "\r\n" + BROKEN + "\n", UTF_8);

    CliTest.Run r = CliTest.run("batch", in.toString());

    assertThat(r.status()).isEqualTo(Cli.SOME_FAILED);
    assertThat(r.out().lines().toList()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"cluster\":"));
    List<JsonNode> out = lines(r.out());
    JsonNode good = out.get(0);
    assertThat(good.get("cluster").asText()).isEqualTo("c1");
    assertThat(good.has("error")).isFalse();
    assertThat(good.get("reports").get(0).get("chars").asInt()).isEqualTo("Alpha 😀 one two".length());
    assertThat(good.get("reports").get(0).get("date").asText()).isEqualTo("2019-04-26");
    assertThat(good.get("reports").get(1).has("date")).isFalse();
    assertThat(good.get("divergences")).hasSize(2);
    JsonNode evidence = good.get("divergences").get(0).get("evidence");
    assertThat(evidence.get(0).get("text").asText()).isEqualTo("two");
    assertThat(evidence.get(0).get("start").asInt()).isEqualTo("Alpha 😀 one two".indexOf("two"));
    assertThat(out.get(1).get("cluster").asText()).isEqualTo("c2");
    assertThat(out.get(1).get("error").asText()).contains("at least 2 reports", "got 1");
    assertThat(out.get(1).get("line").asInt()).isEqualTo(4);
    assertThat(out.get(2).get("cluster").isNull()).isTrue();
    assertThat(out.get(2).get("error").asText()).startsWith("bad JSON");
    assertThat(r.errLines()).containsExactly(
        "crosscheck: 2 of 3 clusters could not be checked (see the \"error\" field of their lines)");
  }

  @Test
  void goodLinesOnlyExitZeroAndTheCheckObjectIsThatOfCheck() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, GOOD + "\n" + GOOD.replace("c1", "c4"), UTF_8);

    CliTest.Run r = CliTest.run("batch", in.toString());

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    List<JsonNode> out = lines(r.out());
    assertThat(out).extracting(n -> n.get("cluster").asText()).containsExactly("c1", "c4");
    // The same cluster through check gives the same object, less the "cluster" field.
    Files.writeString(dir.resolve("r1.txt"), "Alpha 😀 one two", UTF_8);
    Files.writeString(dir.resolve("r2.txt"), "Beta three four five", UTF_8);
    JsonNode check = CliTest.run("check", "--format", "json", dir.resolve("r1.txt").toString(),
        dir.resolve("r2.txt").toString()).json();
    ObjectNode batch = out.get(0).deepCopy();
    batch.remove("cluster");
    ((ObjectNode) batch.get("reports").get(0)).remove("date");
    assertThat(batch).isEqualTo(check);
  }

  @Test
  void standardInputToAnOutputFile() throws IOException {
    Path outFile = dir.resolve("out.jsonl");
    byte[] stdin = (ONE_REPORT + "\n" + GOOD).getBytes(UTF_8);

    CliTest.Run r = CliTest.run(stdin, "batch", "-", outFile.toString());

    assertThat(r.status()).isEqualTo(Cli.SOME_FAILED);
    assertThat(r.out()).isEmpty();
    List<JsonNode> out = lines(Files.readString(outFile, UTF_8));
    assertThat(out).extracting(n -> n.get("cluster").asText()).containsExactly("c2", "c1");
  }

  @Test
  void everyKindOfBadLineIsAnErrorLineWithAReason() throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    String[] lines = {
      "[1, 2]",
      "{\"reports\": []}",
      "{\"cluster\": 7, \"reports\": []}",
      "{\"cluster\": \"no-reports\"}",
      "{\"cluster\": \"not-array\", \"reports\": {}}",
      "{\"cluster\": \"no-text\", \"reports\": [{\"id\": \"a\"}, {\"id\": \"b\", \"text\": \"x\"}]}",
      "{\"cluster\": \"no-id\", \"reports\": [{\"text\": \"a\"}, {\"id\": \"b\", \"text\": \"x\"}]}",
      "{\"cluster\": \"dup\", \"reports\": [{\"id\": \"a\", \"text\": \"1\"}, {\"id\": \"a\", \"text\": \"2\"}]}",
      "{\"cluster\": \"bad-date\", \"reports\": [{\"id\": \"a\", \"text\": \"1\", \"date\": \"26/04/2019\"},"
          + " {\"id\": \"b\", \"text\": \"2\"}]}",
      "{\"cluster\": \"trailing\", \"reports\": []} garbage",
    };
    for (String line : lines) {
      in.write(line.getBytes(UTF_8));
      in.write('\n');
    }
    in.write(new byte[] {'{', (byte) 0xC3, '}', '\n'});
    in.write(GOOD.getBytes(UTF_8));

    CliTest.Run r = CliTest.run(in.toByteArray(), "batch", "-");

    assertThat(r.status()).isEqualTo(Cli.SOME_FAILED);
    List<JsonNode> out = lines(r.out());
    assertThat(out).hasSize(lines.length + 2);
    List<String> errors = out.subList(0, lines.length + 1).stream()
        .map(n -> n.get("cluster").asText() + ": " + n.get("error").asText()).toList();
    assertThat(errors).containsExactly(
        "null: not a JSON object",
        "null: missing \"cluster\"",
        "null: \"cluster\" is not a string",
        "no-reports: missing \"reports\"",
        "not-array: \"reports\" is not an array",
        "no-text: report 'a' has no \"text\" (a string) and no \"html\"",
        "no-id: report 0 has no \"id\" (a non-blank string)",
        "dup: two reports have the id 'a'",
        "bad-date: report 'a': bad \"date\" '26/04/2019' (expected yyyy-MM-dd)",
        errors.get(9),
        "null: not UTF-8 text: line 11 (byte 0xc3 at offset 1)");
    assertThat(errors.get(9)).startsWith("null: bad JSON");
    assertThat(out.get(lines.length + 1).get("cluster").asText()).isEqualTo("c1");
    assertThat(out.get(lines.length + 1).has("error")).isFalse();
  }

  @Test
  void anEmptyInputIsAnEmptyOutput() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "");
    CliTest.Run r = CliTest.run("batch", in.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theOutputMayNotOverwriteTheInput() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, GOOD);
    CliTest.Run r = CliTest.run("batch", in.toString(), in.toString());
    assertThat(r.status()).isEqualTo(Cli.USAGE);
    assertThat(r.errLines()).hasSize(1);
    assertThat(Files.readString(in)).isEqualTo(GOOD);
  }
}
