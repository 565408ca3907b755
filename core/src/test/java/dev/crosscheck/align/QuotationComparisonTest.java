package dev.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.fact.Quotation;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.DocumentReader;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;
import dev.crosscheck.text.Token;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotationComparisonTest {
  private static final Lexicon LEXICON = Lexicon.standard();

  /** A quotation of the whole text of a one-report document, brackets left out of its words. */
  private static Quotation quote(String id, String text) {
    Document doc = new DocumentReader().read(new Report(id, text));
    ImmutableList.Builder<Token> words = ImmutableList.builder();
    int depth = 0;
    for (Token t : doc.tokens()) {
      if (t.norm().equals("[")) {
        depth++;
      } else if (t.norm().equals("]")) {
        depth--;
      } else if (depth == 0 && (t.isWordLike() || t.kind() == Token.Kind.ELLIPSIS || t.norm().equals("&"))) {
        words.add(t);
      }
    }
    Span span = new Span(id, 0, text.length());
    return new Quotation(span, text, 0, ImmutableList.of(span), words.build(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static QuotationComparison compare(String a, String b) {
    return QuotationComparison.compare(quote("a", a), quote("b", b), LEXICON).orElseThrow();
  }

  @Test
  void aChangedContentWordIsAConflictWithTheWordsAsEvidence() {
    QuotationComparison c = compare(
        "the country will guard itself for every possible situation",
        "the country will gird itself for every possible situation");
    assertThat(c.differences()).hasSize(1);
    QuotationComparison.Difference d = c.differences().get(0);
    assertThat(d.contentWords()).isTrue();
    assertThat(d.leftSpan()).isEqualTo(new Span("a", 17, 22));
    assertThat(d.rightSpan()).isEqualTo(new Span("b", 17, 21));
  }

  @Test
  void aChangedFunctionWordIsAVariant() {
    QuotationComparison c = compare(
        "as they took a unilateral attitude at the recent talks",
        "as they took an unilateral attitude at the recent talks");
    assertThat(c.differences()).singleElement()
        .satisfies(d -> assertThat(d.contentWords()).isFalse());
  }

  @Test
  void fillersOfSpeechAreAVariant() {
    QuotationComparison c = compare(
        "there is a difference between, you know, patting someone on the back and hitting them",
        "there is a difference between patting someone on the back and hitting them");
    assertThat(c.differences()).singleElement().satisfies(d -> assertThat(d.contentWords()).isFalse());
    // a word that carries meaning is no filler, nor is "and" alone
    assertThat(compare(
        "there is a difference between, frankly, patting someone on the back and hitting them",
        "there is a difference between patting someone on the back and hitting them").differences())
        .singleElement().satisfies(d -> assertThat(d.contentWords()).isTrue());
  }

  @Test
  void anEllipsisLeavesOutAnyNumberOfWords() {
    QuotationComparison c = compare(
        "the other stuff is just shameful and gross and we all know it... we have to start over",
        "the other stuff is just shameful and gross and we all know it, and I never met him and I am a fan of his "
            + "work and I do not imagine he will do it again, but we have to kind of start over");
    assertThat(c.differences()).singleElement().satisfies(d -> {
      assertThat(d.leftWords()).isEmpty();
      assertThat(d.rightWords()).extracting(Token::norm).containsExactly("kind", "of");
      assertThat(d.contentWords()).isFalse();
    });
  }

  @Test
  void onlyThePartBothCarryIsCompared() {
    QuotationComparison c = compare(
        "Kim said that the situation is now at a standstill and has reached a critical point",
        "the situation is now at a standstill");
    assertThat(c.differences()).isEmpty();
    assertThat(c.matched()).isEqualTo(7);
  }

  @Test
  void formIsNoDifference() {
    assertThat(compare("it depends on the U.S. future attitude and its colour",
        "It depends on the US future attitude, and its color").differences()).isEmpty();
    assertThat(compare("we spent three hours on the island talking",
        "we spent 3 hours on the island talking").differences()).isEmpty();
    assertThat(compare("we are gonna sit down and it will be okay with everyone in the room",
        "we are going to sit down and it will be OK with everyone in the room").differences()).isEmpty();
    assertThat(compare("with all due respect I completely disagree with Fredette's position on it",
        "with all due respect I completely disagree with Representative Fredette's position on it")
        .differences()).isEmpty();
    assertThat(compare("it is safe and effective and our program is voluntary and never forced",
        "it is safe & effective & our program is voluntary & never forced").differences()).isEmpty();
  }

  @Test
  void editorialInsertionsAndEllipsesAreNoDifference() {
    assertThat(compare("and the country [the formal name] will decide before the end of the month",
        "and the country will decide before the end of the month").differences()).isEmpty();
    assertThat(compare("we need to ... return to a state where law rules",
        "we need to urgently return to a state where law rules").differences()).isEmpty();
  }

  @Test
  void anAddedContentWordIsAConflict() {
    QuotationComparison c = compare(
        "peace on the peninsula will depend on their future attitude",
        "peace on the peninsula will entirely depend on their future attitude");
    assertThat(c.differences()).singleElement().satisfies(d -> {
      assertThat(d.contentWords()).isTrue();
      assertThat(d.leftWords()).isEmpty();
      assertThat(d.rightWords()).extracting(Token::norm).containsExactly("entirely");
    });
  }

  @Test
  void passagesSharingOnlyAStockPhraseAreNotTheSameQuotation() {
    assertThat(QuotationComparison.compare(quote("a", "we talked about the weather on the day"),
        quote("b", "nobody came to the party on the day"), LEXICON)).isEmpty();
  }

  @Test
  void changedLastOrFirstWordsOfBothQuotationsAreADifference() {
    QuotationComparison c = compare("they are releasing the new drug for Josh",
        "they are releasing the new drug to Josh");
    assertThat(c.differences()).singleElement().satisfies(d -> {
      assertThat(d.leftWords()).extracting(t -> t.norm()).containsExactly("for", "josh");
      assertThat(d.rightWords()).extracting(t -> t.norm()).containsExactly("to", "josh");
    });
    assertThat(compare("now we will rebuild the bridge across the river",
        "then we will rebuild the bridge across the river").differences()).singleElement()
        .satisfies(d -> assertThat(d.contentWords()).isTrue());
  }

  @Test
  void aQuotationThatStopsOrGoesOnLongerAtAnEdgeIsNotADifference() {
    // cut short: one side simply ends
    assertThat(compare("they are releasing the new drug for Josh",
        "they are releasing the new drug").differences()).isEmpty();
    // another sentence: more than two words past the shared part on one side
    assertThat(compare("I knew it was going to bite me",
        "There was nothing I could do, it was going to bite me").differences()).isEmpty();
    assertThat(compare("we will rebuild the bridge across the river now",
        "we will rebuild the bridge across the river and then we will go home").differences()).isEmpty();
  }

  @Test
  void aTitleAndItsAbbreviationAreForm() {
    assertThat(compare("we thank Sen. Warren for her work on the bill",
        "we thank Senator Warren for her work on the bill").differences()).isEmpty();
    assertThat(compare("we thank Mr. Warren for his work on the bill",
        "we thank Mrs. Warren for his work on the bill").differences()).hasSize(1);
  }

  @Test
  void aRunThatASingleEarlierWordWouldBreakStillAnchorsTheChange() {
    // "we" opens both: taken for one word in common, it would leave "we are" of the second part
    // unmatched and the changed word outside the compared part.
    QuotationComparison c = compare(
        "we are determined to complete this mission with or without a ceasefire",
        "we have neutralized dozens of tunnels and we are committed to complete this mission with or without a ceasefire");
    assertThat(c.differences()).singleElement().satisfies(d -> {
      assertThat(d.contentWords()).isTrue();
      assertThat(d.leftWords()).extracting(Token::norm).containsExactly("determined");
      assertThat(d.rightWords()).extracting(Token::norm).containsExactly("committed");
    });
    QuotationComparison mirror = compare(
        "we have neutralized dozens of tunnels and we are committed to complete this mission with or without a ceasefire",
        "we are determined to complete this mission with or without a ceasefire");
    assertThat(mirror.differences()).singleElement()
        .satisfies(d -> assertThat(d.leftWords()).extracting(Token::norm).containsExactly("committed"));
  }

  @Test
  void aRepeatedPairOfWordsIsTakenWhereItContinuesTheRun() {
    // "what else I see: I see tone" against "I see tone": the second "I see" is the one quoted by both
    QuotationComparison c = compare(
        "And I will tell you what else I see: I see tone. You know the word: tone. The tone is such hatred.",
        "I see tone. You know the word 'tone.' The tone is such hatred. I am really not a bad person.");
    assertThat(c.differences()).isEmpty();
    assertThat(c.matched()).isEqualTo(13);
  }

  @Test
  void aRangeWrittenWithADashOrWithToIsForm() {
    assertThat(compare("complained 7-10 times the car would swivel toward the barrier",
        "complained seven to 10 times the car would swivel toward the barrier").differences()).isEmpty();
    assertThat(compare("7-10 times the car would swivel toward that same exact barrier during autopilot.",
        "seven to 10 times the car would swivel toward that same exact barrier during autopilot.").differences())
        .isEmpty();
    assertThat(compare("complained 7 times the car would swivel toward the barrier",
        "complained seven to 10 times the car would swivel toward the barrier").differences()).isNotEmpty();
  }

  @Test
  void aLongStatementIsComparedToTheEndOfItsSentence() {
    // "need. We are shattered." stops, for the comparison, at "need"
    QuotationComparison c = compare(
        "her family and friends are as good as they can be and are getting the love and support they deserve.",
        "her family and friends are as good as they can be and are getting the love and support they need. We are shattered.");
    assertThat(c.differences()).singleElement().satisfies(d -> {
      assertThat(d.leftWords()).extracting(Token::norm).containsExactly("deserve");
      assertThat(d.rightWords()).extracting(Token::norm).containsExactly("need");
    });
    // compared whole: "autopilot" against "auto-pilot" is one word written two ways
    assertThat(compare("seven times the car would swivel toward that same exact barrier during autopilot.",
        "seven times the car would swivel toward that same exact barrier during auto-pilot. Walter took it in.")
        .differences()).isEmpty();
    // a short shared part is not read past its sentence's start: "I" and "People" open other statements
    assertThat(compare("how hard it was for people to accuse him. I didn't want to believe it or hear it.",
        "People didn't want to believe it. They were unprepared.").differences()).isEmpty();
  }

  @Test
  void twoQuotationsJoinedThroughAThirdNeedOnlyAShortRunInCommon() {
    Quotation a = quote("a", "heartbroken, and our deepest sympathies are with the family and the friends");
    Quotation b = quote("b", "Our deepest sympathies go out to the family");
    // strangers: three words in common are a stock phrase, no comparison
    assertThat(QuotationComparison.compare(a, b, LEXICON)).isEmpty();
    assertThat(QuotationComparison.compare(a, b, LEXICON, 3)).hasValueSatisfying(c ->
        assertThat(c.differences()).singleElement().satisfies(d -> {
          assertThat(d.contentWords()).isTrue();
          assertThat(d.rightWords()).extracting(Token::norm).containsExactly("go", "out", "to");
        }));
  }
}
