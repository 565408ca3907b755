package dev.crosscheck.robust;

import dev.crosscheck.testing.Corpora;
import dev.crosscheck.text.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Inputs for the fuzzing harness: clusters of real reports from {@code ../shared/corpora/} (or of
 * made-up prose without it) cut and mutated, random Unicode, and adversarial patterns. Each input
 * comes from one seed, so one failing input can be made again on its own.
 */
final class Mutations {
  /** Things a scraped page or a careless user hands in, inserted at random places. */
  private static final String[] INSERTS = {
      "\"", "“", "”", "„", "«", "»", "‘", "’", "'", "‹", "›", "「", "」", "\"\"", "“”", "''",
      "0", "7", "12", "1,000", "10,000", "3.5", "1e9", "1e308", "-5", "−5", "+3", "007", "99999999999999999999",
      "½", "¼", "4 1/2", "4½", "3/4", "2/3rds", "one", "three", "twenty-five", "a dozen", "half a million",
      "hundreds of", "tens of millions", "lakh", "crore", "trillion", "billion", "point",
      "about", "nearly", "more than", "at least", "up to", "as many as", "less than", "between", "and", "or so",
      "hours", "minutes", "days", "years ago", "km", "$", "€", "£", "%", "percent", "people", "killed",
      "Monday", "on Thursday", "yesterday", "last week", "two months ago", "in late February", "April 25",
      "2019", "Oct. 7", "2009-03-13", "the 1990s", "ago", "next year",
      "[", "]", "(", ")", "[the agency]", "...", "…", "—", "–", "-", "‐", ".", ",", ";", ":", "?", "!",
      "\n", "\n\n", "\r\n", "\t", " ", "  ", "said", "told", "according to", "Mr.", "U.S.", "Kim Jong-un",
      "😀", "👍🏽", "🇺🇸", "\uD800", "\uDC00", "\uDBFF", "\u200B", "\u200C", "\u200D", "\uFEFF", "\u00AD",
      "\u202E", "\u202D", "\u2066", "\u2069", "\u061C", "\u0000", "\u0007", "\uFFFD", "\uFFFF", "é", "e\u0301",
      "ß", "İ", "ﬁ", "Ⅻ", "٣", "३", "１２", "\u3000", "\u00A0", "\u2009", "\u202F",
  };

  private final List<List<Report>> corpus;

  private Mutations(List<List<Report>> corpus) {
    this.corpus = corpus;
  }

  /** Reads the shared corpora when they are there; without them, clusters of made-up prose. */
  static Mutations load() {
    List<List<Report>> clusters = new ArrayList<>();
    for (Corpora.Cluster c : Corpora.clusters()) {
      if (c.reports().size() >= 2) {
        clusters.add(c.reports());
      }
    }
    if (clusters.isEmpty()) {
      Random random = new Random(1);
      for (int c = 0; c < 20; c++) {
        List<Report> cluster = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
          cluster.add(new Report("r" + r, prose(random, 3000)));
        }
        clusters.add(cluster);
      }
    }
    return new Mutations(clusters);
  }

  /** Whether the clusters are real reports from the shared corpora. */
  boolean real() {
    return corpus.size() > 20;
  }

  /** One input for the seed: a list of at least two reports with distinct ids. */
  List<Report> input(long seed) {
    Random random = new Random(seed);
    int shape = random.nextInt(10);
    if (shape < 7) {
      return mutatedCluster(random);
    } else if (shape < 9) {
      return randomUnicode(random);
    }
    return adversarial(random);
  }

  private List<Report> mutatedCluster(Random random) {
    List<Report> source = corpus.get(random.nextInt(corpus.size()));
    int count = Math.min(source.size(), 2 + random.nextInt(4));
    List<Report> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Report r = source.get(i);
      String text = r.text();
      if (text.length() > 12_000) {
        int from = random.nextInt(text.length() - 12_000);
        text = text.substring(from, from + 12_000);
      }
      text = mutate(random, text, random.nextInt(12));
      LocalDate date = random.nextInt(4) == 0 ? LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28))
          : r.date().orElse(null);
      out.add(date == null ? new Report(r.id(), text) : Report.of(r.id(), text, date));
    }
    // a report copied with a few changes is the shape the checker exists for
    if (random.nextInt(3) == 0) {
      Report r = out.get(0);
      out.add(new Report(r.id() + "-copy", mutate(random, r.text(), 1 + random.nextInt(4))));
    }
    return out;
  }

  static String mutate(Random random, String text, int mutations) {
    StringBuilder sb = new StringBuilder(text);
    for (int m = 0; m < mutations; m++) {
      int n = sb.length();
      int at = n == 0 ? 0 : random.nextInt(n + 1);
      switch (random.nextInt(5)) {
        case 0 -> { // delete a span
          int len = Math.min(n - at, random.nextInt(200));
          sb.delete(at, at + len);
        }
        case 1 -> { // duplicate a span
          int len = Math.min(n - at, random.nextInt(300));
          sb.insert(at, sb.substring(at, at + len));
        }
        case 2 -> { // swap two spans
          if (n > 4) {
            int a = random.nextInt(n / 2);
            int b = n / 2 + random.nextInt(n - n / 2);
            int len = Math.min(Math.min(b - a, n - b), random.nextInt(100));
            String x = sb.substring(a, a + len);
            String y = sb.substring(b, b + len);
            sb.replace(b, b + len, x);
            sb.replace(a, a + len, y);
          }
        }
        default -> { // insert one or a few nasty pieces
          int pieces = 1 + random.nextInt(3);
          StringBuilder ins = new StringBuilder();
          for (int p = 0; p < pieces; p++) {
            if (p > 0 && random.nextBoolean()) {
              ins.append(' ');
            }
            ins.append(INSERTS[random.nextInt(INSERTS.length)]);
          }
          if (random.nextBoolean()) {
            ins.insert(0, ' ').append(' ');
          }
          sb.insert(at, ins);
        }
      }
    }
    return sb.toString();
  }

  private static List<Report> randomUnicode(Random random) {
    int count = 2 + random.nextInt(3);
    List<Report> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(random.nextBoolean() ? 200 : 5000);
      while (sb.length() < length) {
        int kind = random.nextInt(10);
        if (kind < 4) {
          sb.append((char) (' ' + random.nextInt(95))); // printable ASCII
        } else if (kind < 6) {
          sb.append(INSERTS[random.nextInt(INSERTS.length)]);
        } else if (kind < 8) {
          sb.appendCodePoint(random.nextInt(0x3000)); // Latin, Greek, Cyrillic, marks, punctuation
        } else if (kind < 9) {
          sb.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1)); // lone surrogates too
        } else {
          sb.append(' ');
        }
      }
      out.add(random.nextBoolean() ? new Report("u" + i, sb.toString())
          : Report.of("u" + i, sb.toString(), LocalDate.of(2019, 4, 26)));
    }
    return out;
  }

  private static List<Report> adversarial(Random random) {
    String[] patterns = {
        "\"x-x-x-x ", "“", "”", "a-b-c-", "(((", ")))", "[[", "]]", "...", "1,", "2 ", "3.", "\n",
        "more than ", "about ", "hours ", "ago ", "Thursday ", "said ", "“we will ", "stay,” ", "-",
    };
    int count = 2 + random.nextInt(3);
    StringBuilder base = new StringBuilder();
    int length = 1000 + random.nextInt(20_000);
    int p = random.nextInt(patterns.length);
    while (base.length() < length) {
      if (random.nextInt(8) == 0) {
        p = random.nextInt(patterns.length);
      }
      base.append(patterns[p]);
    }
    List<Report> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(new Report("x" + i, mutate(random, base.toString(), random.nextInt(4))));
    }
    return out;
  }

  /** Made-up news prose for machines without the shared corpora. */
  static String prose(Random random, int length) {
    String[] words = {"the", "talks", "lasted", "three", "hours", "“we", "will", "stay,”", "said", "Kim",
        "10,000", "workers", "nearly", "five", "U.S.", "Mr.", "...", "[the", "agency]", "met", "on",
        "Thursday", "in", "Vladivostok", "two", "months", "ago", "killed", "13", "people", "about", "$4.5",
        "million", ".", ".", ",", "\n\n", "more", "than", "president", "Putin", "“the", "talks", "went", "well.”"};
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      sb.append(words[random.nextInt(words.length)]).append(' ');
    }
    return sb.toString();
  }
}
