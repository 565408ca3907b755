package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.text.Document;
import dev.crosscheck.text.DocumentReader;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;
import dev.crosscheck.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationExtractorTest {

  private static final QuotationExtractor EXTRACTOR = new QuotationExtractor();

  private static Document read(String text) {
    return new DocumentReader().read(new Report("r", text));
  }

  private static List<Quotation> extract(String text) {
    return EXTRACTOR.extract(read(text));
  }

  private static Quotation only(String text) {
    List<Quotation> all = extract(text);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static List<String> norms(Quotation q) {
    return q.words().stream().map(Token::norm).toList();
  }

  private static Span span(String text, String part) {
    int start = text.indexOf(part);
    assertThat(start).as("fixture holds %s", part).isGreaterThanOrEqualTo(0);
    return new Span("r", start, start + part.length());
  }

  @Test
  void quotationThenSubjectAndVerb() {
    String text = "“We will gird ourselves,” Putin said.";
    Quotation q = only(text);
    assertThat(q.text()).isEqualTo("We will gird ourselves,");
    assertThat(q.span()).isEqualTo(span(text, "We will gird ourselves,"));
    assertThat(q.parts()).containsExactly(q.span());
    assertThat(norms(q)).containsExactly("we", "will", "gird", "ourselves");
    assertThat(q.speaker()).contains("Putin");
    assertThat(q.speakerSpan()).contains(span(text, "Putin"));
    assertThat(q.source()).isEmpty();
    assertThat(q.sentence()).isEqualTo(0);
  }

  @Test
  void invertedVerbBeforeTheSpeaker() {
    Quotation q = only("“It was expected all along,” said Lee Min-ho, a professor at a university in Seoul.");
    assertThat(q.speaker()).contains("Lee Min-ho");
    assertThat(q.source()).isEmpty();
  }

  @Test
  void quotingVerbCreditsItsObjectAndIsTheSource() {
    String text = "“Security will depend on the US,” KCNA quoted Kim as saying.";
    Quotation q = only(text);
    assertThat(q.speaker()).contains("Kim");
    assertThat(q.source()).contains("KCNA");
    assertThat(q.sourceSpan()).contains(span(text, "KCNA"));
  }

  @Test
  void personBeforeAndAgencyAfter() {
    Quotation q = only("At the dinner, Kim said “the talks are stuck,” the Korean Central News Agency said.");
    assertThat(q.speaker()).contains("Kim");
    assertThat(q.source()).contains("Korean Central News Agency");
  }

  @Test
  void aPhraseBeforeTheSubjectDoesNotHideIt() {
    // "he" is Kim, the subject after "According to ...,", not Petrov, the last subject before
    String text = "Petrov had already left for Beijing.\n\nAccording to the Korean Central News Agency, Kim blamed "
        + "the stalemate on Washington. What happens next will \"depend on the US,\" he told his host.";
    List<Quotation> quotes = extract(text);
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).speaker()).contains("Kim");
    // an opening place ("In Moscow,") leaves the subject after it too
    List<Quotation> other = extract("Petrov left early. In Moscow, Ivanov met the press. \"We are ready,\" he said.");
    assertThat(other.get(0).speaker()).contains("Ivanov");
  }

  @Test
  void pronounAndTheAgencyPointBack() {
    String text = "At the dinner, Kim said “the talks are stuck,” the Korean Central News Agency said.\n\n"
        + "He warned that the deal “could fall apart soon”, the agency added.";
    List<Quotation> all = extract(text);
    assertThat(all).hasSize(2);
    Quotation q = all.get(1);
    assertThat(q.text()).isEqualTo("could fall apart soon");
    assertThat(q.speaker()).contains("Kim");
    assertThat(q.speakerSpan()).contains(span(text, "Kim"));
    assertThat(q.source()).contains("Korean Central News Agency");
    assertThat(q.sourceSpan()).contains(span(text, "Korean Central News Agency"));
  }

  @Test
  void ministryStatementQuotingItsLeader() {
    String text = "The talks were the focus, North Korea’s Ministry of Foreign Affairs said in a statement.\n\n"
        + "“Kim Jong Un said that the talks were useful,” the Ministry said, "
        + "“and added that the country will arm itself.”";
    List<Quotation> all = extract(text);
    assertThat(all).hasSize(2);
    for (Quotation q : all) {
      assertThat(q.speaker()).contains("Kim Jong Un");
      assertThat(q.source()).contains("Ministry of Foreign Affairs");
    }
    assertThat(all.get(1).text()).isEqualTo("and added that the country will arm itself.");
  }

  @Test
  void accordingToASourceCarriesOnToTheSameSpeaker() {
    String text = "According to a report from the state-run Korean Central News Agency (KCNA), "
        + "Mr Kim told the visitor “that the region is at a turning point”.\n\n"
        + "He added that this was because “Washington acted in bad faith”.\n\n"
        + "Mr Kim also told the visitor that “the country will guard itself”.";
    List<Quotation> all = extract(text);
    assertThat(all).hasSize(3);
    for (Quotation q : all) {
      assertThat(q.speaker()).as(q.text()).contains("Kim");
      assertThat(q.source()).as(q.text()).contains("Korean Central News Agency");
    }
  }

  @Test
  void bracketedEditorialWordsAreNotQuotedWords() {
    String text = "Mr Kim said “the DPRK [the country’s formal name] will guard itself”.";
    Quotation q = only(text);
    assertThat(q.text()).isEqualTo("the DPRK [the country’s formal name] will guard itself");
    assertThat(norms(q)).containsExactly("the", "dprk", "will", "guard", "itself");
  }

  @Test
  void anEllipsisStaysAsAnOmission() {
    Quotation q = only("“We need to ... return to order,” Putin said.");
    assertThat(q.words()).extracting(Token::kind).contains(Token.Kind.ELLIPSIS);
    assertThat(q.words()).filteredOn(t -> t.kind() == Token.Kind.WORD).extracting(Token::norm)
        .containsExactly("we", "need", "to", "return", "to", "order");
  }

  @Test
  void aQuotationContinuesIntoAParagraphThatOpensWithAMark() {
    String text = "The leader said: “The first part goes on\n\n“and the second part ends here.”\n\nAfter that, nothing.";
    Quotation q = only(text);
    assertThat(q.parts()).containsExactly(span(text, "The first part goes on"), span(text, "and the second part ends here."));
    assertThat(q.span()).isEqualTo(new Span("r", q.parts().get(0).start(), q.parts().get(1).end()));
    assertThat(q.text()).isEqualTo(text.substring(q.span().start(), q.span().end()));
    assertThat(norms(q)).containsExactly("the", "first", "part", "goes", "on", "and", "the", "second", "part", "ends", "here");
  }

  @Test
  void anUnclosedQuotationEndsWithItsParagraph() {
    String text = "He said “an open quotation with no end\n\nA plain paragraph.";
    Quotation q = only(text);
    assertThat(q.text()).isEqualTo("an open quotation with no end");
  }

  @Test
  void aChainThatNeverClosesIsOneQuotationPerParagraph() {
    List<Quotation> all = extract("“one\n\n“two\n\nplain words");
    assertThat(all).extracting(Quotation::text).containsExactly("one", "two");
    assertThat(all).allSatisfy(q -> assertThat(q.parts()).hasSize(1));
  }

  @Test
  void headlineAndScareQuotesAreQuotations() {
    List<Quotation> all = extract(
        "Leader accuses rival of acting ‘in bad faith’\n\nThe talks reached a “critical point”, officials said.");
    assertThat(all).extracting(Quotation::text).containsExactly("in bad faith", "critical point");
    assertThat(all.get(1).sentence()).isEqualTo(1);
  }

  @Test
  void laterQuotationsOfASentenceShareItsSpeaker() {
    List<Quotation> all = extract("Putin called the talks “useful” and promised to be “open” with Kim.");
    assertThat(all).extracting(q -> q.speaker().orElse("?")).containsExactly("Putin", "Putin");
  }

  @Test
  void aPassiveSayingCreditsNobody() {
    Quotation q = only("Putin is said to have accepted a visit at a “convenient time”.");
    assertThat(q.speaker()).isEmpty();
    assertThat(q.source()).isEmpty();
  }

  @Test
  void aParticipleTakesTheSubjectOfItsSentence() {
    Quotation q = only("North Korean leader Kim Jong Un left on Friday, saying the US had acted in “bad faith”.");
    assertThat(q.speaker()).contains("Kim Jong Un");
  }

  @Test
  void stateMediaIsASource() {
    Quotation q = only("Kim accused the US of acting in “bad faith”, Pyongyang’s state media said on Friday.");
    assertThat(q.speaker()).contains("Kim");
    assertThat(q.source()).contains("Pyongyang’s state media");
  }

  @Test
  void noQuotationMarksNoQuotations() {
    assertThat(extract("Kim met Putin for three hours. It's the workers' day.")).isEmpty();
    assertThat(extract("")).isEmpty();
  }

  @Test
  void speakerSpansHoldTheSpeakersName() {
    String text = "“Fine,” Mr Putin said.\n\n“Not fine,” said Deputy Minister Sergei Ryabkov.";
    Document d = read(text);
    for (Quotation q : EXTRACTOR.extract(d)) {
      assertThat(q.speakerSpan().map(s -> s.text(text))).isEqualTo(q.speaker());
    }
    assertThat(EXTRACTOR.extract(d)).extracting(q -> q.speaker().orElse("?")).containsExactly("Putin", "Sergei Ryabkov");
  }

  @Test
  void anAppositionBetweenSpeakerAndVerb() {
    Quotation q = only("“We will take the offer,” Sen. Ann Lee, a Democrat from Ohio, told reporters.");
    assertThat(q.speaker()).contains("Ann Lee");
  }

  @Test
  void aQuotationOpeningTheNextSentenceGoesOnInTheSameVoice() {
    List<Quotation> all = extract("“It is a bad law,” said Press Secretary Tom Reed. “That is not true.” Others disagreed.");
    assertThat(all).extracting(q -> q.speaker().orElse("?")).containsExactly("Tom Reed", "Tom Reed");
  }

  @Test
  void anOrganisationsOfficerIsAPerson() {
    Quotation q = only("“No comment,” said White House Press Secretary Tom Reed.");
    assertThat(q.speaker()).contains("Tom Reed");
    assertThat(q.source()).isEmpty();
  }

  @Test
  void elidedWordsDoNotOpenSingleQuotations() {
    List<Quotation> all = extract("In the ’90s the ’hood saw a ‘boom’ in the workers’ pay.");
    assertThat(all).extracting(Quotation::text).containsExactly("boom");
  }

  @Test
  void twoApostrophesCloseAnOpenDoubleQuotation() {
    Quotation q = only("\"The pain is on him now,'' Egeland said. He left the court.");
    assertThat(q.text()).isEqualTo("The pain is on him now,");
    assertThat(q.speaker()).isPresent();
    // with no double quotation open, they are apostrophes as before
    assertThat(extract("It was the ''best'' of days, he wrote.")).allSatisfy(x -> assertThat(x.text()).doesNotContain("days"));
  }
}
