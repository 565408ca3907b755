package dev.crosscheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Hedge;
import dev.crosscheck.fact.Interval;
import dev.crosscheck.fact.Quantity;
import dev.crosscheck.fact.Quotation;
import dev.crosscheck.fact.Unit;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;
import dev.crosscheck.text.Token;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON and text forms of facts, built from hand-made facts since the extractors are not ours. */
class OutputFormatTest {
  // The facts' spans: [13,34) "more than three hours", [36,55) "Some 10,000 workers", [58,70) "We will gird".
  private static final String TEXT = "They met for more than three hours. Some 10,000 workers. \"We will gird\"";
  private static final Report REPORT = new Report("r", TEXT);

  private static DocumentFacts facts() {
    Quantity hours = new Quantity(new Span("r", 13, 34), "more than three hours", 0, 3,
        Interval.of(Hedge.MORE_THAN, 3, 1), Hedge.MORE_THAN,
        Optional.of(new Unit("hour", "duration", 3600)), Optional.empty());
    Quantity workers = new Quantity(new Span("r", 36, 55), "Some 10,000 workers", 1, 10_000,
        new Interval(Double.NEGATIVE_INFINITY, 12_500, true, false), Hedge.ABOUT,
        Optional.empty(), Optional.of("worker"));
    Quotation quote = new Quotation(new Span("r", 58, 70), "We will gird", 2,
        ImmutableList.of(new Span("r", 58, 70)),
        ImmutableList.of(new Token(0, 58, 60, "we", Token.Kind.WORD), new Token(1, 61, 65, "will", Token.Kind.WORD),
            new Token(2, 66, 70, "gird", Token.Kind.WORD)),
        Optional.of("Kim Jong Un"), Optional.empty(), Optional.empty(), Optional.empty());
    Document document = new Document(REPORT, List.of(), List.of(), List.of(), List.of());
    return new DocumentFacts(document, ImmutableList.of(hours, workers), ImmutableList.of(quote));
  }

  @Test
  void theHandMadeFactsPointAtTheirText() {
    assertThat(facts().all()).allSatisfy(f -> assertThat(f.span().text(TEXT)).isEqualTo(f.text()));
  }

  @Test
  void factsJsonCarriesNormalisedContentAndNullsForTheUnknown() {
    JsonNode facts = new JsonOutput(new ObjectMapper()).facts(List.of(facts())).get("reports").get(0).get("facts");

    assertThat(facts).hasSize(3);
    JsonNode hours = facts.get(0);
    assertThat(hours.get("type").asText()).isEqualTo("quantity");
    assertThat(hours.get("text").asText()).isEqualTo("more than three hours");
    assertThat(hours.get("start").asInt()).isEqualTo(13);
    assertThat(hours.get("end").asInt()).isEqualTo(34);
    assertThat(hours.get("value").isIntegralNumber()).isTrue();
    assertThat(hours.get("value").asLong()).isEqualTo(3);
    assertThat(hours.get("low").asDouble()).isEqualTo(3.0);
    assertThat(hours.get("high").asDouble()).isEqualTo(4.0);
    assertThat(hours.get("lowClosed").asBoolean()).isFalse();
    assertThat(hours.get("unit").asText()).isEqualTo("hour");
    assertThat(hours.get("hedge").asText()).isEqualTo("more_than");
    assertThat(hours.get("noun").isNull()).isTrue();

    JsonNode workers = facts.get(1);
    assertThat(workers.get("low").isNull()).isTrue();
    assertThat(workers.get("high").asLong()).isEqualTo(12_500);
    assertThat(workers.get("unit").isNull()).isTrue();
    assertThat(workers.get("noun").asText()).isEqualTo("worker");
    assertThat(workers.get("hedge").asText()).isEqualTo("about");

    JsonNode quote = facts.get(2);
    assertThat(quote.get("type").asText()).isEqualTo("quotation");
    assertThat(quote.get("text").asText()).isEqualTo("We will gird");
    assertThat(quote.get("speaker").asText()).isEqualTo("Kim Jong Un");
    assertThat(quote.get("source").isNull()).isTrue();
    assertThat(quote.get("words")).extracting(JsonNode::asText).containsExactly("we", "will", "gird");
  }

  @Test
  void factsTextShowsEachFactWithItsReading() {
    StringWriter out = new StringWriter();
    TextOutput.facts(List.of(facts()), new PrintWriter(out, true));

    assertThat(out.toString().lines().toList()).containsExactly(
        "r (71 chars): 3 facts",
        "  [13,34)      quantity  \"more than three hours\"",
        "      more_than 3 hour = (3, 4]",
        "  [36,55)      quantity  \"Some 10,000 workers\"",
        "      about 10000 (worker) = [-inf, 12500)",
        "  [58,70)      quotation \"We will gird\"",
        "      speaker: Kim Jong Un; source: ?; words: we will gird");
  }

  @Test
  void longEvidenceIsShortenedBetweenWords() {
    String text = "alpha beta gamma delta epsilon ".repeat(12).strip();
    String shown = TextOutput.abbreviate(text);
    assertThat(shown).hasSizeLessThan(text.length()).contains(" … ").doesNotContain("  ");
    String[] parts = shown.split(" … ");
    assertThat(text).startsWith(parts[0]).endsWith(parts[1]);
    assertThat(List.of("alpha", "beta", "gamma", "delta", "epsilon"))
        .anySatisfy(w -> assertThat(parts[0]).endsWith(w))
        .anySatisfy(w -> assertThat(parts[1]).startsWith(w));
    assertThat(TextOutput.abbreviate("short")).isEqualTo("short");
  }

  @Test
  void longIdsAreShortenedOnlyAsFarAsTheyStayDistinct() {
    Map<String, String> ids = TextOutput.shortIds(List.of(
        "000_b80febacbb332027", "001_616088699722051b", "p1", "report-number-1", "report-number-2", "abcdefghi"));

    assertThat(ids).containsEntry("000_b80febacbb332027", "000_b80febacbb33…")
        .containsEntry("001_616088699722051b", "001_616088699722…")
        .containsEntry("p1", "p1")
        .containsEntry("report-number-1", "report-number-1")
        .containsEntry("report-number-2", "report-number-2")
        .containsEntry("abcdefghi", "abcdefghi");
  }

  @Test
  void longEvidenceKeepsItsEndsAndStaysOnOneLine() {
    String quoted = TextOutput.quote("first line\nsecond " + "x".repeat(400) + " the end");
    assertThat(quoted).startsWith("\"first line⏎second ").endsWith(" the end\"").contains(" … ");
    assertThat(quoted.length()).isLessThan(200);
  }
}
