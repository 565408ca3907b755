package dev.crosscheck.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.text.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The clusters the benchmarks check, by name: {@code example} (the runner's bundled cluster),
 * {@code corpora} (every cluster of {@code ../shared/corpora/*.jsonl}, when the folder is there),
 * {@code generated-N} (one cluster of N reports of one made-up story, each about 3,000 characters,
 * told with other figures, dates and sentences left out: a wire story reprinted everywhere).
 */
final class Clusters {
  private Clusters() {}

  static List<List<Report>> named(String name) {
    if (name.equals("example")) {
      return List.of(example());
    }
    if (name.equals("corpora")) {
      return corpora();
    }
    if (name.startsWith("generated-")) {
      return List.of(generated(Integer.parseInt(name.substring("generated-".length()))));
    }
    throw new IllegalArgumentException("no cluster set '" + name + "': example, corpora or generated-N");
  }

  static long chars(List<List<Report>> clusters) {
    long n = 0;
    for (List<Report> c : clusters) {
      for (Report r : c) {
        n += r.text().length();
      }
    }
    return n;
  }

  private static List<Report> example() {
    List<Report> out = new ArrayList<>();
    for (String id : List.of("01-wire", "02-agency", "03-broadsheet", "04-online", "05-daily")) {
      String path = "/dev/crosscheck/examples/cluster/" + id + ".txt";
      try (InputStream in = Clusters.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("the example cluster is not on the class path: " + path);
        }
        out.add(new Report(id, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The shared corpora, or, without them, 200 generated clusters of five reports (and a note). */
  private static List<List<Report>> corpora() {
    Path dir = Path.of(System.getProperty("crosscheck.corpora", "../shared/corpora"));
    List<List<Report>> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (var files = Files.isDirectory(dir) ? Files.list(dir) : java.util.stream.Stream.<Path>empty()) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode c = json.readTree(line);
          List<Report> reports = new ArrayList<>();
          for (JsonNode r : c.path("reports")) {
            reports.add(new Report(r.path("id").asText(), r.path("text").asText()));
          }
          if (reports.size() >= 2) {
            out.add(reports);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      System.err.println("no " + dir + ": 'corpora' is 200 generated clusters of five reports instead");
      for (int i = 0; i < 200; i++) {
        out.add(generated(5, i));
      }
    }
    return out;
  }

  static List<Report> generated(int reports) {
    return generated(reports, 0);
  }

  private static final String[] SENTENCES = {
    "The two leaders met for %H hours in %CITY on %DAY, officials said.",
    "Police said %N people were arrested after %M protesters gathered outside the hall.",
    "\"We will %VERB ourselves for every situation,\" %NAME told reporters on %DAY.",
    "The agreement, worth $%B billion, was signed %W days after talks began in %MONTH.",
    "About %N,000 workers remain abroad, a %P%% rise since %YEAR, the ministry said.",
    "%NAME, %AGE, left the summit about %H hours earlier than planned.",
    "Earlier, the delegation laid a wreath at a memorial near the harbour, %W hours late.",
    "The %CITY Times reported that %M officials had been dismissed in %MONTH %YEAR.",
    "According to %NAME, the talks were \"frank and %ADJ\" and lasted until %H p.m.",
    "Some %N residents were evacuated as %M fire crews fought the blaze for %W days.",
  };
  private static final String[] CITIES = {"Vladivostok", "Hanoi", "Singapore", "Moscow", "Beijing"};
  private static final String[] NAMES = {"Kim Jong Un", "Vladimir Putin", "Dmitry Peskov", "Ri Yong Ho", "Maria Lane"};
  private static final String[] DAYS = {"Thursday", "Friday", "Wednesday"};
  private static final String[] MONTHS = {"April", "February", "June"};
  private static final String[] VERBS = {"gird", "guard", "prepare"};
  private static final String[] ADJS = {"useful", "constructive", "open"};

  /** One story told by {@code reports} outlets: the same sentences, some left out, some figures changed. */
  static List<Report> generated(int reports, int story) {
    Random base = new Random(1_000 + story);
    int[] pick = new int[30];
    for (int i = 0; i < pick.length; i++) {
      pick[i] = base.nextInt(SENTENCES.length);
    }
    List<Report> out = new ArrayList<>(reports);
    for (int r = 0; r < reports; r++) {
      Random random = new Random(story * 100_003L + r);
      StringBuilder b = new StringBuilder(3_200);
      b.append(String.format(Locale.ROOT, "Report %d of the summit%n%n", r + 1));
      for (int i = 0; i < pick.length && b.length() < 3_000; i++) {
        if (random.nextInt(5) == 0) {
          continue; // this outlet leaves the sentence out
        }
        // most outlets agree on a figure; one in six writes another
        Random fact = random.nextInt(6) == 0 ? random : new Random(story * 31L + i);
        String s = SENTENCES[pick[i]]
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
            .replace("%MONTH", MONTHS[fact.nextInt(MONTHS.length)])
            .replace("%VERB", VERBS[fact.nextInt(VERBS.length)])
            .replace("%ADJ", ADJS[fact.nextInt(ADJS.length)]);
        b.append(s).append(i % 3 == 2 ? "\n\n" : " ");
      }
      out.add(new Report(String.format(Locale.ROOT, "r%04d", r), b.toString()));
    }
    return out;
  }
}
