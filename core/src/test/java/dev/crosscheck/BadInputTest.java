package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.text.Report;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's bad input, end to end through the checker: each finishes with a correct result. Sizes
 * and counts are asserted, not time; the build's own time limit is the guard against a hang.
 */
class BadInputTest {
  private static final Crosscheck CHECKER = Crosscheck.standard();

  @Test
  void aMegabyteLineWithoutPunctuation() {
    String line = "word ".repeat(200_000);
    CheckResult r = CHECKER.check(List.of(new Report("a", line), new Report("b", line + "more")));
    assertThat(r.divergences()).isEmpty();
    assertThat(r.documents().get(0).document().tokens()).hasSize(200_000);
  }

  @Test
  void aMegabyteLineOfNumbersWithoutPunctuation() {
    // One sentence of a megabyte holding 30,000 figures: each figure reads a bounded stretch of its
    // sentence, so the work stays linear (it was quadratic, minutes for this input).
    Random random = new Random(7);
    String[] words = {"word", "three", "hours", "Kim", "said", "met", "12"};
    StringBuilder line = new StringBuilder();
    while (line.length() < 1_000_000) {
      line.append(words[random.nextInt(words.length)]).append(' ');
    }
    CheckResult r = CHECKER.check(List.of(new Report("a", line.toString()),
        new Report("b", "Kim met Putin for nearly five hours, officials said.")));
    assertThat(r.documents().get(0).document().sentences()).hasSize(1);
    assertThat(r.documents().get(0).quantities()).hasSizeGreaterThan(20_000);
  }

  @Test
  void numbersPastWhatADoubleHoldsAreNoAmounts() {
    String huge = "9".repeat(400);
    CheckResult r = CHECKER.check(List.of(
        new Report("a", "About 1e999 people came, and " + huge + " apples were sold; 12 people left."),
        new Report("b", "About 1e999 people came, and 7 apples were sold; 12 people left.")));
    assertThat(r.documents().get(0).quantities())
        .allSatisfy(q -> assertThat(q.interval().high()).isFinite())
        .anySatisfy(q -> assertThat(q.text()).isEqualTo("12 people"));
  }

  @Test
  void twentyThousandUnbalancedQuotationMarks() {
    String marks = "“he said ".repeat(20_000);
    CheckResult r = CHECKER.check(List.of(new Report("a", marks), new Report("b", marks.replace("he", "she"))));
    assertThat(r.documents()).allSatisfy(d -> assertThat(d.quotations()).hasSizeLessThanOrEqualTo(20_000));
    assertThat(r.divergences()).isEmpty();
  }

  @Test
  void tenThousandNumbersInEachReport() {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      a.append("The meeting lasted ").append(i % 7 + 1).append(" hours on Tuesday. ");
      b.append("The meeting lasted ").append(i % 5 + 2).append(" hours on Tuesday. ");
    }
    CheckResult r = CHECKER.check(List.of(new Report("a", a.toString()), new Report("b", b.toString())));
    assertThat(r.documents().get(0).quantities()).hasSize(10_000);
    // Ten thousand look-alike sentences say nothing about which is meant: a stock context aligns nothing.
    assertThat(r.alignment().quantities()).isEmpty();
  }

  @Test
  void tenThousandDistinctNumbersAlignOneToOne() {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      String place = "X" + letters(i);
      a.append("The talks in ").append(place).append(" lasted three hours. ");
      b.append("The talks in ").append(place).append(" lasted three hours.\n");
    }
    CheckResult r = CHECKER.check(List.of(new Report("a", a.toString()), new Report("b", b.toString())));
    assertThat(r.alignment().quantities()).hasSize(10_000);
    assertThat(r.divergences()).isEmpty();
  }

  /** A distinct lower-case word for each number. */
  private static String letters(int n) {
    StringBuilder sb = new StringBuilder();
    do {
      sb.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return sb.toString();
  }

  @Test
  void tenMegabytesOfRandomProse() {
    Random random = new Random(42);
    String[] words = {"the", "talks", "lasted", "three", "hours", "“we", "will", "stay,”", "said", "Kim",
        "10,000", "workers", "nearly", "five", "U.S.", "Mr.", "...", "[the", "agency]", "\n\n"};
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 10_000_000) {
      sb.append(words[random.nextInt(words.length)]).append(' ');
    }
    String text = sb.toString();
    DocumentFacts facts = CHECKER.facts(new Report("big", text));
    assertThat(facts.document().tokens().size()).as("seed 42").isGreaterThan(1_000_000);
    assertThat(facts.quantities()).allSatisfy(q -> assertThat(q.text()).isEqualTo(
        text.substring(q.span().start(), q.span().end())));
  }

  @Test
  void binaryLookingTextIsReadNotRefused() {
    String junk = "\u0000\u0001\uFFFD\uD800 abc 3 hours \u0007";
    CheckResult r = CHECKER.check(List.of(new Report("a", junk), new Report("b", junk)));
    assertThat(r.divergences()).isEmpty();
  }
}
