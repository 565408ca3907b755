package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.text.Document;
import dev.crosscheck.text.DocumentReader;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;
import dev.crosscheck.text.Token;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuotationRobustnessTest {

  private static final QuotationExtractor EXTRACTOR = new QuotationExtractor();

  private static List<Quotation> extract(String text) {
    return EXTRACTOR.extract(new DocumentReader().read(new Report("r", text)));
  }

  @Test
  void twentyThousandUnbalancedMarksInOneParagraph() {
    String text = "“w ".repeat(20_000);
    List<Quotation> all = extract(text);
    assertThat(all).hasSize(20_000);
    assertThat(all).allSatisfy(q -> assertThat(q.text()).isEqualTo("w"));
  }

  @Test
  void twentyThousandUnclosedParagraphsNeverMakeOneQuotation() {
    // Each paragraph distinct: the reader sets repeated lines aside as page debris.
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append("“w").append(i).append("\n\n");
    }
    List<Quotation> all = extract(text.toString());
    assertThat(all).hasSize(20_000);
    assertThat(all).allSatisfy(q -> assertThat(q.parts()).hasSize(1));
  }

  @Test
  void twentyThousandStrayClosingMarks() {
    assertThat(extract("w” ".repeat(20_000))).isEmpty();
  }

  @Test
  void aMegabyteParagraph() {
    String words = "word ".repeat(200_000);
    assertThat(extract(words)).isEmpty();
    List<Quotation> quoted = extract("“" + words + "” he said");
    assertThat(quoted).hasSize(1);
    assertThat(quoted.get(0).words()).hasSize(200_000);
    assertThat(quoted.get(0).speaker()).isEmpty();
  }

  @Test
  void randomMarksKeepEveryInvariant() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "ab  ,.\"“”‘’'«»[]\n";
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(400);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      List<Quotation> all = extract(text);
      int previousEnd = 0;
      for (Quotation q : all) {
        String why = "seed " + seed + " text " + text;
        assertThat(q.text()).as(why).isEqualTo(text.substring(q.span().start(), q.span().end()));
        assertThat(q.span().start()).as(why).isGreaterThanOrEqualTo(previousEnd);
        previousEnd = q.span().end();
        assertThat(q.parts()).as(why).isNotEmpty().allSatisfy(p -> assertThat(q.span().contains(p)).isTrue());
        assertThat(q.parts().get(0).start()).as(why).isEqualTo(q.span().start());
        assertThat(q.parts().get(q.parts().size() - 1).end()).as(why).isEqualTo(q.span().end());
        for (Token t : q.words()) {
          assertThat(q.parts().stream().anyMatch(p -> p.overlaps(new Span("r", t.start(), t.end())))).as(why).isTrue();
        }
      }
    }
  }
}
