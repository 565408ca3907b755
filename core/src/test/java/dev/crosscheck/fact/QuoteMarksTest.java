package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  /** The quoted characters of each run, marks excluded. */
  private static List<String> quoted(String text) {
    return QuoteMarks.scan(text, 0, text.length()).stream()
        .map(r -> text.substring(r.open() + 1, r.end()))
        .toList();
  }

  @Test
  void curlyStraightAndReversedMarksPairByContext() {
    assertThat(quoted("He said “yes” and ”no” today.")).containsExactly("yes", "no");
    assertThat(quoted("She said “it is over\". Then she left.")).containsExactly("it is over");
    assertThat(quoted("„Gut“, sagte er.")).containsExactly("Gut");
  }

  @Test
  void apostrophesNeitherOpenNorClose() {
    assertThat(quoted("Russia’s leader didn't say ‘never’ at all.")).containsExactly("never");
    assertThat(quoted("“It rests on the US' next step,” he said.")).containsExactly("It rests on the US' next step,");
    assertThat(quoted("The workers' pay rose.")).isEmpty();
  }

  @Test
  void singleQuotesInsideDoubleQuotesBelongToTheOuterQuotation() {
    assertThat(quoted("“He called it ‘bad faith’ again,” she said.")).containsExactly("He called it ‘bad faith’ again,");
  }

  @Test
  void anUnclosedSingleMarkIsAnApostropheAndFreesWhatFollows() {
    assertThat(quoted("The ’90s saw a “boom” in trade.")).containsExactly("boom");
  }

  @Test
  void doubleQuotationsDoNotNest() {
    List<QuoteMarks.Run> runs = QuoteMarks.scan("“a “b “c", 0, 8);
    assertThat(runs).extracting(QuoteMarks.Run::open).containsExactly(0, 3, 6);
    assertThat(runs).extracting(QuoteMarks.Run::closed).containsExactly(false, false, false);
    assertThat(runs).extracting(QuoteMarks.Run::atParagraphEnd).containsExactly(false, false, true);
  }

  @Test
  void guillemetsWithSpacesInside() {
    assertThat(quoted("Il a dit « non » hier.")).containsExactly(" non ");
  }

  @Test
  void aMarkBetweenSpacesClosesOnlyWhatIsOpen() {
    assertThat(quoted("a \" b")).isEmpty();
    assertThat(quoted("“yes, ” he said")).containsExactly("yes, ");
  }
}
