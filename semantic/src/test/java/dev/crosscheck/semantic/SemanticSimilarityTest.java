package dev.crosscheck.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.align.Similarity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

@Order(2)
class SemanticSimilarityTest {
  private static SemanticSimilarity similarity;

  @BeforeAll
  static void load() {
    similarity = SemanticSimilarity.load();
  }

  @Test
  void withTheNamesAndFiguresLeftOutOneEventInOtherWordsIsCloserThanAnotherEvent() {
    // As written, the story's names are what the model hears most...
    String met = "Kim met with Putin for three hours on Thursday.";
    String lasted = "Their talks on an island off Vladivostok lasted nearly five hours.";
    String train = "Kim arrived in Vladivostok by armoured train on Wednesday.";
    assertThat(similarity.cosine(met, lasted)).isLessThan(similarity.cosine(met, train));
    // ...and as the similarity reads them (names, figures and dates left out), the event.
    assertThat(similarity.cosine("met with for", "Their talks on an island off lasted"))
        .isGreaterThan(similarity.cosine("met with for", "arrived in by armoured train"));
  }

  @Test
  void aShareOnlyAboveTheFloorAndRisingToTheWeight() {
    assertThat(SemanticSimilarity.share(-0.2)).isZero();
    assertThat(SemanticSimilarity.share(SemanticSimilarity.FLOOR)).isZero();
    assertThat(SemanticSimilarity.share(1.0)).isEqualTo(SemanticSimilarity.WEIGHT);
    assertThat(SemanticSimilarity.share(0.9)).isGreaterThan(SemanticSimilarity.share(0.7)).isPositive();
  }

  @Test
  void withoutAClusterItIsTheLexicalSimilarity() {
    assertThat(similarity.forCluster(java.util.List.of())).isNotSameAs(similarity);
    assertThat(similarity.toString()).contains("MiniLM");
    assertThat(Similarity.lexical().forCluster(java.util.List.of())).isSameAs(Similarity.lexical());
  }

  @Test
  void theModelReadsTheSentenceWithoutItsFiguresDatesAndNames() {
    dev.crosscheck.fact.DocumentFacts d = dev.crosscheck.Crosscheck.standard().facts(new dev.crosscheck.text.Report(
        "a", "Officials said President Vladimir Putin met the delegation for three hours on Thursday."));
    java.util.List<dev.crosscheck.text.Span> spans = d.all().stream()
        .filter(f -> !f.type().equals("quotation")).map(dev.crosscheck.fact.Fact::span).toList();
    String read = SemanticSimilarity.text(d.document(), 0, spans);
    assertThat(read).contains("met the delegation for").doesNotContain("three", "Thursday", "Putin");
  }

  @Test
  void anEndlessSentenceIsReadUpToTheCap() {
    String endless = "word ".repeat(5_000);
    dev.crosscheck.fact.DocumentFacts d = dev.crosscheck.Crosscheck.standard().facts(new dev.crosscheck.text.Report("a", endless));
    String read = SemanticSimilarity.text(d.document(), 0, java.util.List.of());
    assertThat(read.length()).isLessThanOrEqualTo(SemanticSimilarity.MAX_CHARS).isGreaterThan(SemanticSimilarity.MAX_CHARS / 2);
  }
}
