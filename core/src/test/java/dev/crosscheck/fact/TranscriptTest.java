package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.text.DocumentReader;
import dev.crosscheck.text.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An interview printed as a transcript quotes its speakers without marks. */
class TranscriptTest {
  private static List<Quotation> extract(String text) {
    return new QuotationExtractor().extract(new DocumentReader().read(new Report("r", text)));
  }

  private static final String INTERVIEW = """
      Host Nora Quill spoke with the singer Ben Arlo on Tuesday.

      NQ: Did the tour change you?

      BA: I think it did. We played every night, you know, and the crowd kept us going.

      The road was long. Some nights we slept on the bus.

      NQ: Will you go out again?

      BA: Not this year. "Never again," my drummer said, and he meant it.

      Arlo lives in Tulsa.
      """;

  @Test
  void eachTurnIsAQuotationOfItsSpeakerWithoutMarks() {
    List<Quotation> qs = extract(INTERVIEW);
    assertThat(qs).filteredOn(q -> !q.inMarks()).extracting(Quotation::text).containsExactly(
        "Did the tour change you?",
        "I think it did. We played every night, you know, and the crowd kept us going.",
        "The road was long. Some nights we slept on the bus.",
        "Will you go out again?");
    // initials are read as the name in the text that has them; a paragraph between two turns is
    // the first one's, one after the last turn is prose again
    assertThat(qs).filteredOn(q -> !q.inMarks()).extracting(q -> q.speaker().orElse("?"))
        .containsExactly("Nora Quill", "Ben Arlo", "Ben Arlo", "Nora Quill");
    // a turn that quotes in marks is left to its marks
    assertThat(qs).filteredOn(Quotation::inMarks).extracting(Quotation::text).containsExactly("Never again,");
  }

  @Test
  void labelledParagraphsWithoutAnExchangeAreNoTranscript() {
    assertThat(extract("""
        Update: The vote was moved to Friday.

        Claim: The bridge cost $2 million.

        Verdict: False. It cost $3 million.
        """)).isEmpty();
    // one speaker only, however many paragraphs
    assertThat(extract("""
        Lowe: We will build it.

        Lowe: We will pay for it.

        Lowe: We will open it in May.
        """)).isEmpty();
    // a time or an address is no label
    assertThat(extract("""
        At 10:30 the doors opened.

        Mayor: We are ready.

        See http://example.org for more.
        """)).isEmpty();
  }

  @Test
  void questionsAndAnswersHaveNoNamedSpeaker() {
    List<Quotation> qs = extract("""
        Q: Why now?

        A: Because the money is there.

        Q: And next year?

        A: We will see.
        """);
    assertThat(qs).hasSize(4).allSatisfy(q -> assertThat(q.speaker()).isEmpty());
  }
}
