package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static final DocumentReader READER = new DocumentReader();

  private static List<String> sentences(String text) {
    Document d = READER.read(new Report("s", text));
    return d.sentences().stream().map(s -> text.substring(s.start(), s.end())).collect(Collectors.toList());
  }

  @Test
  void splitsAtFullStopsAndReportsExactOffsets() {
    //            0         1         2         3
    //            0123456789012345678901234567890123456
    String text = "Kim left early.  Putin stayed on.";
    Document d = READER.read(new Report("s", text));
    assertThat(d.sentences()).extracting(Sentence::start).containsExactly(0, 17);
    assertThat(d.sentences()).extracting(Sentence::end).containsExactly(15, 33);
    assertThat(d.sentences()).extracting(Sentence::firstToken).containsExactly(0, 4);
    assertThat(d.sentences()).extracting(Sentence::endToken).containsExactly(4, 8);
  }

  @Test
  void titlesAndInitialsDoNotEndSentences() {
    assertThat(sentences("Mr. Kim met Dr. Lee and Gen. Park. They talked."))
        .containsExactly("Mr. Kim met Dr. Lee and Gen. Park.", "They talked.");
    assertThat(sentences("Donald J. Trump met Sen. Smith. It went well."))
        .containsExactly("Donald J. Trump met Sen. Smith.", "It went well.");
    assertThat(sentences("He met Mr Kim. Mr Kim left."))
        .containsExactly("He met Mr Kim.", "Mr Kim left.");
  }

  @Test
  void acronymsEndASentenceOnlyBeforeATypicalOpener() {
    assertThat(sentences("He will brief the U.S. President Trump agreed."))
        .containsExactly("He will brief the U.S. President Trump agreed.");
    assertThat(sentences("He will brief the U.S. The talks ended."))
        .containsExactly("He will brief the U.S.", "The talks ended.");
    assertThat(sentences("They met in Washington, D.C. on Friday at 10 a.m. Officials said so."))
        .containsExactly("They met in Washington, D.C. on Friday at 10 a.m. Officials said so.");
    assertThat(sentences("It ended at 10 p.m. He left."))
        .containsExactly("It ended at 10 p.m.", "He left.");
    assertThat(sentences("The U.N. and the U.K. agreed with Acme Inc. and Acme Corp. on Sept. 11."))
        .hasSize(1);
    assertThat(sentences("He works for Acme Inc. The firm grew.")).hasSize(2);
  }

  @Test
  void monthsAndNumbers() {
    assertThat(sentences("It was signed on Feb. 1. The rest followed on Aug. 2, 2019.")).containsExactly(
        "It was signed on Feb. 1.", "The rest followed on Aug. 2, 2019.");
    assertThat(sentences("He was No. 1 in 2018. 2019 was worse.")).containsExactly(
        "He was No. 1 in 2018.", "2019 was worse.");
    assertThat(sentences("It grew 4.5 percent.")).containsExactly("It grew 4.5 percent.");
    assertThat(sentences("See Fig. 3 and St. Petersburg. It flew to Hong Kong. Since then it rained.")).containsExactly(
        "See Fig. 3 and St. Petersburg.", "It flew to Hong Kong.", "Since then it rained.");
  }

  @Test
  void ellipsisEndsASentenceOnlyBeforeACapital() {
    assertThat(sentences("“We need to... return to a state of law,” he said."))
        .containsExactly("“We need to... return to a state of law,” he said.");
    assertThat(sentences("He paused… Then he left.")).containsExactly("He paused…", "Then he left.");
    assertThat(sentences("We will develop … security guarantees.")).hasSize(1);
  }

  @Test
  void closingQuotesBelongToTheSentenceTheyEnd() {
    assertThat(sentences("It is at a “critical point,” the agency said. He left."))
        .containsExactly("It is at a “critical point,” the agency said.", "He left.");
    assertThat(sentences("It will gird itself for every possible situation.\" Then he left."))
        .containsExactly("It will gird itself for every possible situation.\"", "Then he left.");
    assertThat(sentences("They predicted a “major breakthrough.” Instead, it ended."))
        .containsExactly("They predicted a “major breakthrough.”", "Instead, it ended.");
    assertThat(sentences("He was “unreserved and friendly.”"))
        .containsExactly("He was “unreserved and friendly.”");
    // a full stop inside quotes followed by a lower-case word goes on
    assertThat(sentences("“It is over.” he said, and left.")).hasSize(1);
    // an opening quote after the full stop starts the next sentence
    assertThat(sentences("He spoke. “We will win,” he said."))
        .containsExactly("He spoke.", "“We will win,” he said.");
    assertThat(sentences("He left (for good.) Then she came."))
        .containsExactly("He left (for good.)", "Then she came.");
  }

  @Test
  void questionAndExclamationMarks() {
    assertThat(sentences("“Why?” he asked. “Because!” She left. Really?! Yes."))
        .containsExactly("“Why?” he asked.", "“Because!”", "She left.", "Really?!", "Yes.");
  }

  @Test
  void noWhiteSpaceNoBoundary() {
    assertThat(sentences("See example.com.Then x.Y and U.S.-based firms.")).hasSize(1);
  }

  @Test
  void paragraphsAreNeverJoined() {
    //            0         1
    //            0123456789 0123456789
    String text = "He said Mr\nKim left";
    Document d = READER.read(new Report("s", text));
    assertThat(d.paragraphs()).extracting(Paragraph::start).containsExactly(0, 11);
    assertThat(d.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1);
    assertThat(sentences("The summit ended\r\n\r\nKim left")).containsExactly("The summit ended", "Kim left");
  }

  @Test
  void aLoneQuoteOrEllipsisIsNotASentenceOfItsOwn() {
    assertThat(sentences("... and then he left. Fine.")).containsExactly("... and then he left.", "Fine.");
    assertThat(sentences("“... Security matters,” he said.")).hasSize(1);
  }
}
