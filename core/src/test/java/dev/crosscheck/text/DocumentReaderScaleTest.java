package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Large and hostile inputs. The reader is linear, so these finish quickly; the assertions are on sizes
 * and counts, which a shortcut (a truncation, a dropped paragraph) would break.
 */
class DocumentReaderScaleTest {

  private static final DocumentReader READER = new DocumentReader();

  private static Document read(String text) {
    return READER.read(new Report("big", text));
  }

  @Test
  void aMegabyteLineWithoutPunctuationIsOneSentenceOfAllItsWords() {
    String text = "word ".repeat(200_000);
    Document d = read(text);
    assertThat(d.paragraphs()).hasSize(1);
    assertThat(d.sentences()).hasSize(1);
    assertThat(d.tokens()).hasSize(200_000);
    assertThat(d.sentences().get(0).end()).isEqualTo(text.length() - 1);
  }

  @Test
  void aTenMegabyteReportKeepsEveryParagraphAndSentence() {
    StringBuilder sb = new StringBuilder();
    int paragraphs = 0;
    while (sb.length() < 10_000_000) {
      sb.append("Report ").append(paragraphs).append(" says the talks lasted three hours. Mr. Kim left at 4 p.m.\n\n");
      paragraphs++;
    }
    Document d = read(sb.toString());
    assertThat(d.paragraphs()).hasSize(paragraphs);
    assertThat(d.sentences()).hasSize(2 * paragraphs);
    assertThat(d.ignored()).isEmpty();
    // Report N says the talks lasted three hours . Mr. Kim left at 4 p.m.
    assertThat(d.tokens()).hasSize(15 * paragraphs);
  }

  @Test
  void twentyThousandUnbalancedQuotationMarks() {
    String text = "“He said ".repeat(20_000);
    Document d = read(text);
    assertThat(d.tokens()).hasSize(60_000);
    assertThat(d.tokens()).filteredOn(t -> t.kind() == Token.Kind.QUOTE).hasSize(20_000);
    String mixed = "a\" b” c» d' ".repeat(20_000);
    assertThat(read(mixed).tokens()).filteredOn(t -> t.kind() == Token.Kind.QUOTE).hasSize(80_000);
  }

  @Test
  void tenThousandNumbers() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      sb.append(i % 3 == 0 ? "10,000" : i % 3 == 1 ? "4.5" : "1/2").append(i % 50 == 49 ? ". " : " ");
    }
    Document d = read(sb.toString());
    assertThat(d.tokens()).filteredOn(t -> t.kind() == Token.Kind.NUMBER).hasSize(10_000);
  }

  @Test
  void degenerateRunsAreSingleTokens() {
    int n = 1_000_000;
    assertThat(read("x" + ".".repeat(n)).tokens()).hasSize(2);
    assertThat(read("x" + "a".repeat(n)).tokens()).hasSize(1);
    assertThat(read("1" + ",000".repeat(n / 4)).tokens()).hasSize(1);
    assertThat(read("a." .repeat(n / 2)).tokens()).hasSize(1);
    assertThat(read("x " + "-".repeat(n)).tokens()).hasSize(2);
  }

  @Test
  void manyUnclosedBracketsAndSeparators() {
    int n = 200_000;
    assertThat(read("x" + "(".repeat(n)).tokens()).hasSize(n + 1);
    // far too long for a breadcrumb, so it is kept, every separator a token
    assertThat(read("Home » " + "» ".repeat(n)).tokens()).hasSize(n + 2);
    assertThat(read("(AP Photo/X) " + "(".repeat(n)).ignored()).hasSize(1);
    assertThat(read("It. ".repeat(n)).sentences()).hasSize(n);
    assertThat(read("Mr. ".repeat(n) + "Kim").sentences()).hasSize(1);
  }

  @Test
  void manyLinesSharingAnOpeningAndManyDuplicates() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      sb.append("Kim and Putin met on Thursday in the far eastern port number ").append(i).append('\n');
    }
    Document d = read(sb.toString());
    assertThat(d.paragraphs()).hasSize(50_000);
    Document copies = read("The same line again.\n".repeat(100_000));
    assertThat(copies.paragraphs()).hasSize(1);
    assertThat(copies.ignored()).hasSize(99_999);
  }
}
