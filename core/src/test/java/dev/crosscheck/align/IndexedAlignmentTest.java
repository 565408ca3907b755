package dev.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Fact;
import dev.crosscheck.text.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Candidate pairs come from an index of rare shared features, never from all pairs: on generated
 * clusters the groups are those that comparing every pair of facts finds.
 */
class IndexedAlignmentTest {
  private static final String[] SENTENCES = {
    "The two leaders met for %H hours in %CITY on %DAY, officials said.",
    "Police said %N people were arrested after %M protesters gathered outside the hall.",
    "The agreement, worth $%B billion, was signed %W days after talks began in %MONTH.",
    "About %N,000 workers remain abroad, a %P%% rise since %YEAR, the ministry said.",
    "%NAME, %AGE, left the summit about %H hours earlier than planned.",
    "Some %N residents were evacuated as %M fire crews fought the blaze for %W days.",
    "The ferry carried %M cars and %N passengers across the bay on %DAY morning.",
    "Inspectors found %M faults in %N kilometres of track laid in %MONTH.",
  };
  private static final String[] CITIES = {"Vladivostok", "Hanoi", "Singapore"};
  private static final String[] NAMES = {"Anna Berg", "Tomas Varga", "Lena Ortiz"};
  private static final String[] DAYS = {"Thursday", "Friday", "Wednesday"};
  private static final String[] MONTHS = {"April", "February", "June"};

  /** One story told by {@code n} outlets: the same sentences in their order, some left out, some figures changed. */
  static List<Report> story(int n, long seed) {
    Random plan = new Random(seed);
    int[] order = new int[16];
    for (int i = 0; i < order.length; i++) {
      order[i] = plan.nextInt(SENTENCES.length);
    }
    List<Report> out = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      Random outlet = new Random(seed * 7_919 + r);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < order.length; i++) {
        if (outlet.nextInt(4) == 0) {
          continue;
        }
        Random fact = outlet.nextInt(5) == 0 ? outlet : new Random(seed * 31 + i);
        b.append(SENTENCES[order[i]]
            .replace("%H", String.valueOf(2 + fact.nextInt(4)))
            .replace("%N", String.valueOf(10 + fact.nextInt(90)))
            .replace("%M", String.valueOf(3 + fact.nextInt(30)))
            .replace("%B", String.valueOf(1 + fact.nextInt(9)))
            .replace("%W", String.valueOf(2 + fact.nextInt(5)))
            .replace("%P", String.valueOf(1 + fact.nextInt(40)))
            .replace("%AGE", String.valueOf(30 + fact.nextInt(40)))
            .replace("%YEAR", String.valueOf(2010 + fact.nextInt(9)))
            .replace("%CITY", CITIES[fact.nextInt(CITIES.length)])
            .replace("%NAME", NAMES[fact.nextInt(NAMES.length)])
            .replace("%DAY", DAYS[fact.nextInt(DAYS.length)])
            .replace("%MONTH", MONTHS[fact.nextInt(MONTHS.length)]))
            .append(i % 3 == 2 ? "\n\n" : " ");
      }
      out.add(new Report(String.format(Locale.ROOT, "r%03d", r), b.toString().strip()));
    }
    return out;
  }

  /** The groups as lists of their facts' spans, in order: what two alignments must agree on. */
  private static List<String> spans(List<? extends FactGroup<? extends Fact>> groups) {
    return groups.stream().map(g -> g.facts().stream().map(f -> f.span().toString()).toList().toString()).toList();
  }

  /** The lexical similarity, counting how often it is asked. */
  private static final class Counting implements Similarity {
    final AtomicLong asked = new AtomicLong();

    @Override
    public double similarity(FactContext a, FactContext b) {
      asked.incrementAndGet();
      return Similarity.lexical().similarity(a, b);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 12, 40})
  void theIndexFindsTheGroupsThatComparingEveryPairFinds(int reports) {
    long seed = Long.getLong("crosscheck.index.seed", 20261202L) + reports;
    List<Report> cluster = story(reports, seed);
    Crosscheck checker = Crosscheck.standard();
    List<DocumentFacts> documents = cluster.stream().map(checker::facts).toList();
    Counting indexed = new Counting();
    Counting everyPair = new Counting();
    Alignment byIndex = new Aligner(Lexicon.standard(), indexed).align(documents);
    Alignment byAll = new Aligner(Lexicon.standard(), everyPair).alignExhaustively(documents);
    assertThat(spans(byIndex.quantities())).as("seed %s", seed).isEqualTo(spans(byAll.quantities()));
    assertThat(spans(byIndex.dates())).as("seed %s", seed).isEqualTo(spans(byAll.dates()));
    assertThat(byIndex.quantities()).as("seed %s: the story's figures align", seed).isNotEmpty();
    // the index never scores a pair the exhaustive run would not (one story told 40 times: every
    // pair of comparable facts shares a rare word, so here it scores as many)
    assertThat(indexed.asked.get()).isPositive().isLessThanOrEqualTo(everyPair.asked.get());
  }
}
