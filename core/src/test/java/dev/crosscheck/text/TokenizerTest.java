package dev.crosscheck.text;

import static dev.crosscheck.text.Token.Kind.ELLIPSIS;
import static dev.crosscheck.text.Token.Kind.NUMBER;
import static dev.crosscheck.text.Token.Kind.PUNCTUATION;
import static dev.crosscheck.text.Token.Kind.QUOTE;
import static dev.crosscheck.text.Token.Kind.WORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Terms, offsets and kinds, in the manner of Lucene's {@code assertAnalyzesTo}. */
class TokenizerTest {

  private static final DocumentReader READER = new DocumentReader();

  static List<Token> tokens(String text) {
    return READER.read(new Report("t", text)).tokens();
  }

  static void assertTokens(String input, String[] norms, int[] starts, int[] ends) {
    List<Token> tokens = tokens(input);
    assertThat(tokens).extracting(Token::norm).as("norms of %s", input).containsExactly(norms);
    assertThat(tokens).extracting(Token::start).as("starts of %s", input).containsExactly(box(starts));
    assertThat(tokens).extracting(Token::end).as("ends of %s", input).containsExactly(box(ends));
  }

  static void assertKinds(String input, Token.Kind... kinds) {
    assertThat(tokens(input)).extracting(Token::kind).as("kinds of %s", input).containsExactly(kinds);
  }

  private static Integer[] box(int[] a) {
    Integer[] b = new Integer[a.length];
    for (int i = 0; i < a.length; i++) {
      b[i] = a[i];
    }
    return b;
  }

  private static String norms(String text) {
    return tokens(text).stream().map(Token::norm).collect(Collectors.joining(" "));
  }

  @Test
  void hyphenatedNamesSplitIntoPartsAndAHyphen() {
    //                0         1
    //                012345678901234
    assertTokens("Kim Jong-un met",
        new String[] {"kim", "jong", "-", "un", "met"},
        new int[] {0, 4, 8, 9, 12},
        new int[] {3, 8, 9, 11, 15});
    assertKinds("Kim Jong-un met", WORD, WORD, PUNCTUATION, WORD, WORD);
    assertThat(norms("a two-day meeting")).isEqualTo("a two - day meeting");
  }

  @Test
  void dottedAcronymsLoseTheirPeriodsButKeepTheirOffsets() {
    //                0         1         2
    //                0123456789012345678901234
    assertTokens("the U.S. and DPRK-U.S. talks",
        new String[] {"the", "us", "and", "dprk", "-", "us", "talks"},
        new int[] {0, 4, 9, 13, 17, 18, 23},
        new int[] {3, 8, 12, 17, 18, 22, 28});
    assertThat(norms("Washington, D.C., at 9 a.m. and U.N. staff")).isEqualTo("washington , dc , at 9 am and un staff");
    assertThat(norms("U.S-based")).isEqualTo("us - based");
  }

  @Test
  void titlesKeepTheirPeriodInTheTokenButNotInTheNorm() {
    //                0         1
    //                0123456789012345
    assertTokens("Mr. Kim and Gen. Lee",
        new String[] {"mr", "kim", "and", "gen", "lee"},
        new int[] {0, 4, 8, 12, 17},
        new int[] {3, 7, 11, 16, 20});
    // an ordinary word keeps its full stop as a token of its own
    assertTokens("He left.", new String[] {"he", "left", "."}, new int[] {0, 3, 7}, new int[] {2, 7, 8});
    // "No." is an abbreviation only before a number
    assertThat(norms("No. 1 seed")).isEqualTo("no 1 seed");
    assertThat(norms("No. He left")).isEqualTo("no . he left");
  }

  @Test
  void possessiveIsASeparateWordAndCurlyApostrophesFold() {
    //                0         1         2
    //                0123456789012345678901234
    assertTokens("Russia’s plan, don't, Kim's",
        new String[] {"russia", "'s", "plan", ",", "don't", ",", "kim", "'s"},
        new int[] {0, 6, 9, 13, 15, 20, 22, 25},
        new int[] {6, 8, 13, 14, 20, 21, 25, 27});
    assertKinds("Russia’s", WORD, WORD);
    assertThat(norms("couldn’t O’Brien")).isEqualTo("couldn't o'brien");
  }

  @Test
  void trailingApostropheIsAQuote() {
    //                0         1
    //                01234567890123
    assertTokens("the US' future",
        new String[] {"the", "us", "'", "future"},
        new int[] {0, 4, 6, 8},
        new int[] {3, 6, 7, 14});
    assertKinds("the US' future", WORD, WORD, QUOTE, WORD);
  }

  @Test
  void everyQuotationMarkIsAQuoteToken() {
    String input = "\"a\" “b” „c“ «d» ‘e’ ”f”";
    assertThat(tokens(input)).filteredOn(t -> t.kind() == QUOTE).hasSize(12);
    assertThat(tokens(input)).filteredOn(t -> t.kind() == WORD).extracting(Token::norm)
        .containsExactly("a", "b", "c", "d", "e", "f");
    // double marks fold to one form, single marks to another
    assertThat(norms("“x” ‘y’")).isEqualTo("\" x \" ' y '");
  }

  @Test
  void numbersStayWhole() {
    //                0         1         2         3
    //                0123456789012345678901234567890123456
    assertTokens("10,000 workers, 4.5% and $3 in 2019.",
        new String[] {"10000", "workers", ",", "4.5", "%", "and", "$", "3", "in", "2019", "."},
        new int[] {0, 7, 14, 16, 19, 21, 25, 26, 28, 31, 35},
        new int[] {6, 14, 15, 19, 20, 24, 26, 27, 30, 35, 36});
    assertKinds("10,000 4.5 2019", NUMBER, NUMBER, NUMBER);
    assertKinds("$5 %", PUNCTUATION, NUMBER, PUNCTUATION);
  }

  @Test
  void fractionsAreNumbers() {
    //                0         1
    //                0123456789012
    assertTokens("about 4 1/2 hours",
        new String[] {"about", "4", "1/2", "hours"},
        new int[] {0, 6, 8, 12},
        new int[] {5, 7, 11, 17});
    assertKinds("4 1/2", NUMBER, NUMBER);
    assertTokens("4½ hours", new String[] {"4", "1/2", "hours"}, new int[] {0, 1, 3}, new int[] {1, 2, 8});
    assertKinds("½ cup", NUMBER, WORD);
  }

  @Test
  void numberSuffixesAndUnits() {
    assertThat(norms("the 10th in the 1990s")).isEqualTo("the 10th in the 1990s");
    assertThat(norms("5km")).isEqualTo("5 km");
    assertThat(norms("1,2,3")).isEqualTo("1 , 2 , 3");
    assertThat(norms("2019-04-26")).isEqualTo("2019 - 04 - 26");
  }

  @Test
  void ellipsesAndDashes() {
    //                0         1         2
    //                012345678901234567890123
    assertTokens("to... return … a – b — c -- d",
        new String[] {"to", "...", "return", "...", "a", "-", "b", "-", "c", "-", "d"},
        new int[] {0, 2, 6, 13, 15, 17, 19, 21, 23, 25, 28},
        new int[] {2, 5, 12, 14, 16, 18, 20, 22, 24, 27, 29});
    assertKinds("... … – — -- x", ELLIPSIS, ELLIPSIS, PUNCTUATION, PUNCTUATION, PUNCTUATION, WORD);
  }

  @Test
  void initialsKeepTheirPeriod() {
    //                0         1
    //                0123456789012345
    assertTokens("Donald J. Trump",
        new String[] {"donald", "j", "trump"}, new int[] {0, 7, 10}, new int[] {6, 9, 15});
    assertThat(norms("David M Warren")).isEqualTo("david m warren");
  }

  @Test
  void bracketsAndEditorialInsertions() {
    assertThat(norms("the DPRK [the acronym] will")).isEqualTo("the dprk [ the acronym ] will");
    assertKinds("[x]", PUNCTUATION, WORD, PUNCTUATION);
  }

  @Test
  void supplementaryCharactersAreNeverCutInHalf() {
    String input = "a 😀 b 𝐀𝐁 c";
    List<Token> tokens = tokens(input);
    for (Token t : tokens) {
      assertThat(Character.isLowSurrogate(input.charAt(t.start()))).as("start of %s", t).isFalse();
      assertThat(Character.isHighSurrogate(input.charAt(t.end() - 1))).as("end of %s", t).isFalse();
    }
    assertThat(tokens).extracting(t -> t.surface(input)).containsExactly("a", "😀", "b", "𝐀𝐁", "c");
    assertThat(tokens.get(3).norm()).isEqualTo("𝐀𝐁".toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void invisibleCharactersInsideAWordKeepItWhole() {
    // a soft hyphen inside a word, a zero-width space between words
    String input = "Pyong\u00ADyang\u200Bnow";
    assertThat(tokens(input)).extracting(t -> t.surface(input)).containsExactly("Pyong\u00ADyang", "now");
  }
}
