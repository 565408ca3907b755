package dev.crosscheck.align;

import dev.crosscheck.RuleFixture;
import dev.crosscheck.rule.standard.QuotationWordingRule;
import org.junit.jupiter.api.Test;

/** A transcript's turns are compared with the other reports' quotations of the same speaker. */
class TranscriptAlignmentTest {
  private final QuotationWordingRule rule = new QuotationWordingRule();

  @Test
  void aTurnOfTheSpeakerIsComparedWithTheirQuotation() {
    RuleFixture.parse("""
        === a
        "We will open the new <e1 conflict>harbour</e1> bridge in the spring of next year," Mayor Ann Lowe told the radio station.
        === b
        The radio station spoke with Mayor Ann Lowe.

        RH: When will the bridge open?

        AL: We will open the new <e1>river</e1> bridge in the spring of next year, you know, if the weather holds.

        RH: And the cost?

        AL: About what we said.
        """).verify(rule);
  }

  @Test
  void aHostRetellingSomeoneElseIsNotTheirQuotation() {
    // the correspondent's turn retells the mayor's words in its own: no statement of the mayor's
    RuleFixture.parse("""
        === a
        "The leaks about the harbour deal are absolutely real, but the news is fake," Mayor Ann Lowe said.
        === b
        HOST: What did the mayor say about the deal?

        QUILL: She said the leaks about the harbour deal are real, but the news is fake. Then she left.

        HOST: Thank you.
        """).verify(rule);
  }
}
