package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.DocumentReader;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What must hold for every quantity of every text: the text is exactly the span's characters, spans
 * lie inside their sentence, in order and without overlap, and the interval agrees with the value.
 * Checked on the seed articles (when ../shared is there), on random text, and on very long lines,
 * where counts (not time) show that nothing is read twice.
 */
class QuantityExtractorInvariantsTest {

  private static ImmutableList<Quantity> checked(Report report) {
    Document document = new DocumentReader().read(report);
    ImmutableList<Quantity> qs = new QuantityExtractor().extract(document);
    String text = report.text();
    int previousEnd = -1;
    for (Quantity q : qs) {
      assertThat(q.span().reportId()).isEqualTo(report.id());
      assertThat(text.substring(q.span().start(), q.span().end())).as("span of %s", q).isEqualTo(q.text());
      assertThat(q.span().start()).as("order of %s", q).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = q.span().end();
      Sentence s = document.sentences().get(q.sentence());
      assertThat(q.span().start()).isGreaterThanOrEqualTo(s.start());
      assertThat(q.span().end()).isLessThanOrEqualTo(s.end());
      Interval i = q.interval();
      if (q.hedge() == Hedge.RANGE) {
        assertThat(i.low()).isEqualTo(q.value());
        assertThat(i.high()).isGreaterThan(q.value());
      } else {
        assertThat(q.value()).as("value of %s", q).isBetween(i.low(), i.high());
      }
      if (q.noun().isPresent()) {
        assertThat(q.unit()).isEmpty();
        assertThat(q.noun().get()).isLowerCase().doesNotContain(" ");
      }
    }
    return qs;
  }

  /** The shared folder beside the checkout, or null. */
  static Path shared() {
    return Shared.folder().orElse(null);
  }

  @Test
  void everySeedQuantityQuotesItsSpanExactly() throws IOException {
    Path shared = shared();
    Assumptions.assumeTrue(shared != null && Files.isDirectory(shared.resolve("seeds")), "no ../shared/seeds");
    List<Path> seeds;
    try (Stream<Path> files = Files.list(shared.resolve("seeds"))) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(seeds).hasSize(5);
    List<String> all = new ArrayList<>();
    for (Path seed : seeds) {
      String id = seed.getFileName().toString().replace(".txt", "");
      for (Quantity q : checked(new Report(id, Files.readString(seed, StandardCharsets.UTF_8)))) {
        all.add(q.text());
      }
    }
    // the figures the seed reports disagree on are all read, with their hedges
    assertThat(all).contains("more than three hours", "three hours", "nearly five hours",
        "more than four hours", "about 4 1/2 hours", "two hours", "More than 10,000 North Korean workers",
        "more than 10,000 North Korean laborers", "two-day", "half a million", "two months", "four meetings",
        "2017");
  }

  @Test
  void randomTextKeepsEveryInvariant() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String[] pieces = {
      "3", "10,000", "4.5", "1/2", "½", "2019", "26", "-", "–", "/", ":", ".", ",", "$", "US$", "£", "%",
      "one", "two", "twenty", "hundred", "million", "bn", "m", "k", "half", "a", "an", "and", "or", "to",
      "between", "more", "than", "about", "nearly", "up", "at", "least", "hours", "day", "km", "people",
      "workers", "April", "Nov", "p.m.", "st", "s", "COVID", "the", "of", "in", "\"", "(", ")", "\n", "’s",
      "odd", "dozen", "quarter", "first", "year", "old", "C", "lbs", "per", "cent"
    };
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(60);
      for (int k = 0; k < n; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      String text = b.toString();
      try {
        checked(new Report("r", text));
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("seed " + seed + ", text: " + text, e);
      }
    }
  }

  @Test
  void aMegabyteLineWithTwentyThousandNumbersIsReadOnceThrough() {
    String unit = "12 apples and more than 7,000 North Korean workers a3b4 ";
    int repeats = 1_000_000 / unit.length() + 1;
    String text = unit.repeat(repeats);
    ImmutableList<Quantity> qs = checked(new Report("r", text));
    assertThat(qs).hasSize(2 * repeats);
    assertThat(qs.get(1).text()).isEqualTo("more than 7,000 North Korean workers");
    assertThat(qs.get(qs.size() - 2).text()).isEqualTo("12 apples");
  }

  @Test
  void aMegabyteOfGluedDigitsAndLettersIsNoNumber() {
    StringBuilder b = new StringBuilder();
    Random random = new Random(7);
    while (b.length() < 1_000_000) {
      b.append((char) ('a' + random.nextInt(26))).append(random.nextInt(1000));
    }
    assertThat(checked(new Report("r", b.toString()))).isEmpty();
    assertThat(checked(new Report("r", "7".repeat(1_000_000)))).isEmpty();
    assertThat(checked(new Report("r", "1-".repeat(500_000)))).isEmpty();
  }

  @Test
  void tenThousandNumberWordsAndHyphensInARow() {
    assertThat(checked(new Report("r", "five ".repeat(10_000)))).hasSize(10_000);
    // each "twenty" stands alone but the last, which with "twenty-one" makes the range 20-21
    ImmutableList<Quantity> twenties = checked(new Report("r", "twenty-".repeat(10_000) + "one"));
    assertThat(twenties).hasSize(9_999);
    assertThat(twenties.get(9_998).interval()).isEqualTo(Interval.closed(20, 21));
    assertThat(checked(new Report("r", "one hundred and six, ".repeat(10_000)))).hasSize(10_000)
        .allSatisfy(q -> assertThat(q.value()).isEqualTo(106));
    assertThat(checked(new Report("r", "more than ".repeat(10_000) + "3 hours"))).hasSize(1);
  }

  @Test
  void longRunsOfTheNewShapesAreReadOnceThrough() {
    // a megabyte word before a run of space-grouped thousands: too many digits, no number
    assertThat(checked(new Report("r", "x".repeat(1_000_000) + " 1" + " 234".repeat(100_000)))).isEmpty();
    // compound amounts chain only while each unit is smaller than the one before
    assertThat(checked(new Report("r", "2 hours 10 minutes ".repeat(20_000)))).hasSize(20_000)
        .allSatisfy(q -> assertThat(q.text()).isEqualTo("2 hours 10 minutes"));
    assertThat(checked(new Report("r", "-".repeat(100_000) + "5 and a half and a quarter")))
        .extracting(Quantity::text).containsExactly("5 and a half", "a quarter");
    assertThat(checked(new Report("r", "one in ".repeat(50_000) + "three"))).isNotEmpty();
  }
}
