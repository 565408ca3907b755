package dev.crosscheck.bench;

import dev.crosscheck.fact.DateExtractor;
import dev.crosscheck.fact.DateMention;
import dev.crosscheck.fact.NameExtractor;
import dev.crosscheck.fact.Quantity;
import dev.crosscheck.fact.QuantityExtractor;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.DocumentReader;
import dev.crosscheck.text.Report;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times extraction (reading a report into a document, then {@link QuantityExtractor},
 * {@link DateExtractor} and {@link NameExtractor}) on
 * generated reports of 1 MB and 10 MB of news-like prose dense with numbers, units, hedges and dates,
 * and prints the CPU time and throughput of each and how the time per megabyte grew with the size
 * (about 1x when extraction is linear). A benchmark to
 * run by hand, not a timed test. Run it from the checkout with:
 *
 * <pre>
 * mvn -B -o -q -DskipTests package &amp;&amp; java -cp examples/target/crosscheck.jar:core/target/test-classes dev.crosscheck.bench.ExtractionBenchmark
 * </pre>
 *
 * <p>Optional arguments: the sizes in megabytes (default {@code 1 10}).
 */
public final class ExtractionBenchmark {

  private static final String[] SENTENCES = {
    "On %MONTH %DAY, more than %N workers walked out for nearly %W hours.",
    "Two months ago the firm paid $%D million, about %F hours earlier than planned.",
    "The %N-year-old ran %D km in %N minutes on %MONTH %DAY, %YEAR.",
    "Between %N and %M people waited, up to %G in all, a couple of days later.",
    "Prices rose %D%% to %B tonnes, and one of the talks lasted %N hours and %N minutes.",
    "Officials said %W soldiers and %N civilians died in the %N-day offensive.",
    "The %W-hour meeting in the capital ended at %N p.m., some %N minutes late.",
    "Last year the ministry spent €%D billion, roughly %N percent of its budget.",
    "He was sentenced to %N years, %N months in prison in late February.",
    "The storm dropped %D inches of rain within %W days, almost %N mm in one city.",
    "Since %YEAR, the company has cut %G jobs, or one in %N of its staff.",
    "Nearly half a million people lived within %N miles of the plant, at least %N of them children.",
    "%NAME of the %CAP Research Council met Mr. %CAP in %CAP City; %CAP said the talks went well.",
  };

  private static final String[] MONTHS = {"January", "March", "April", "June", "Sept.", "Nov."};
  private static final String[] WORDS = {"two", "three", "four", "five", "twenty-one", "a hundred"};

  private ExtractionBenchmark() {}

  /** A report of about {@code chars} characters, the same for the same size. */
  static String report(int chars) {
    Random random = new Random(chars);
    StringBuilder b = new StringBuilder(chars + 200);
    int inParagraph = 0;
    while (b.length() < chars) {
      String s = SENTENCES[random.nextInt(SENTENCES.length)];
      b.append(fill(s, random)).append(' ');
      if (++inParagraph == 5) {
        b.append("\n\n");
        inParagraph = 0;
      }
    }
    return b.toString();
  }

  /** A made-up capitalised word: names of many entities, so that joining their mentions is exercised. */
  private static String capitalised(Random r) {
    StringBuilder b = new StringBuilder().append((char) ('A' + r.nextInt(26)));
    for (int i = 0; i < 5; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }

  private static String fill(String template, Random r) {
    return template
        .replace("%%", "\u0000")
        .replace("%MONTH", MONTHS[r.nextInt(MONTHS.length)])
        .replace("%DAY", Integer.toString(1 + r.nextInt(28)))
        .replace("%YEAR", Integer.toString(1990 + r.nextInt(35)))
        .replace("%N", Integer.toString(2 + r.nextInt(90)))
        .replace("%M", Integer.toString(100 + r.nextInt(900)))
        .replace("%G", String.format(Locale.ROOT, "%,d", 1000 + r.nextInt(90_000)))
        .replace("%B", String.format(Locale.ROOT, "%,.1f", 1000 + r.nextInt(90_000) / 10.0))
        .replace("%D", String.format(Locale.ROOT, "%.1f", 1 + r.nextInt(900) / 10.0))
        .replace("%F", (1 + r.nextInt(9)) + " 1/2")
        .replace("%NAME", capitalised(r) + " " + capitalised(r))
        .replace("%CAP", capitalised(r))
        .replace("%W", WORDS[r.nextInt(WORDS.length)])
        .replace("\u0000", "%");
  }

  /**
   * One timed run: CPU milliseconds of this thread in all and in the extractor alone (CPU time, so
   * that other processes on a shared machine disturb it less), wall milliseconds, quantities found.
   */
  private record Run(double millis, double extractMillis, double wallMillis, int quantities, int dates, int names) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static Run run(String text) {
    DocumentReader reader = new DocumentReader();
    QuantityExtractor extractor = new QuantityExtractor();
    DateExtractor dateExtractor = new DateExtractor();
    NameExtractor nameExtractor = new NameExtractor();
    long w0 = System.nanoTime();
    long t0 = THREADS.getCurrentThreadCpuTime();
    Document document = reader.read(new Report("bench", text, java.util.Optional.of(java.time.LocalDate.of(2019, 4, 26))));
    long t1 = THREADS.getCurrentThreadCpuTime();
    List<Quantity> found = extractor.extract(document);
    List<DateMention> dates = dateExtractor.extract(document, found);
    int names = nameExtractor.extract(document).size();
    long t2 = THREADS.getCurrentThreadCpuTime();
    long w1 = System.nanoTime();
    return new Run((t2 - t0) / 1e6, (t2 - t1) / 1e6, (w1 - w0) / 1e6, found.size(), dates.size(), names);
  }

  /** Runs the benchmark; arguments are sizes in megabytes (default 1 and 10). */
  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {1, 10} : new int[args.length];
    for (int k = 0; k < args.length; k++) {
      sizes[k] = Integer.parseInt(args[k]);
    }
    String warm = report(1 << 20);
    for (int k = 0; k < 3; k++) {
      run(warm);
    }
    double firstPerMb = 0;
    for (int mb : sizes) {
      String text = report(mb << 20);
      Run best = null;
      for (int k = 0; k < 3; k++) {
        Run r = run(text);
        if (best == null || r.millis() < best.millis()) {
          best = r;
        }
      }
      double perMb = best.millis() / mb;
      if (firstPerMb == 0) {
        firstPerMb = perMb;
      }
      System.out.printf(Locale.ROOT,
          "%3d MB: %,7.0f ms CPU (best of 3; extractors %,.0f ms; wall %,.0f ms), %5.2f MB/s, %,d quantities, "
              + "%,d dates, %,d names, %.2fx the time per MB of %d MB%n",
          mb, best.millis(), best.extractMillis(), best.wallMillis(), mb / (best.millis() / 1000),
          best.quantities(), best.dates(), best.names(), perMb / firstPerMb, sizes[0]);
    }
  }
}
