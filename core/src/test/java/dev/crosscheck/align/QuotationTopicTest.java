package dev.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.fact.Quotation;
import dev.crosscheck.text.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotationTopicTest {

  private static List<Quotation> spokenBy(String... speakers) {
    return Arrays.stream(speakers).map(s -> {
      Span span = new Span("r" + s, 0, 5);
      return new Quotation(span, "words", 0, ImmutableList.of(span), ImmutableList.of(),
          Optional.ofNullable(s), Optional.empty(), Optional.empty(), Optional.empty());
    }).toList();
  }

  @Test
  void theSpeakerMostQuotationsNameWinsOverAStrayShorterOne() {
    assertThat(QuotationAligner.topic(spokenBy("Tube", "Richard Blumenthal", "Blumenthal")))
        .isEqualTo("Quotation of Blumenthal");
  }

  @Test
  void noNamedSpeakerGivesAPlainTopic() {
    assertThat(QuotationAligner.topic(spokenBy(null, null))).isEqualTo("Quotation");
    assertThat(QuotationAligner.topic(spokenBy("officials' aide", null))).isEqualTo("Quotation");
  }
}
