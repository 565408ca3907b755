package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Severity;
import dev.crosscheck.testing.Corpora;
import dev.crosscheck.testing.Shared;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on the labelled development sets of {@code ../shared/eval-dev/}, counted as its
 * {@code score.py} counts it: a finding finds a gold divergence when its evidence overlaps the gold
 * evidence in at least two reports. Prints recall and precision per kind and fails below the floors
 * reached so far, so accuracy only goes up. Skipped without the shared folder. The floors are counts,
 * raised by hand when a change lifts them (say so in the commit). A module that changes alignment
 * (the sentence model of {@code crosscheck-semantic}) runs the same floors with its own checker by
 * extending this class and overriding {@link #checker()}.
 */
public class AccuracyTest {
  /** Multi-News dev: gold divergences found, at least. */
  private static final int FOUND = 21;
  /** Multi-News dev: findings that match a gold divergence, at least this share of all findings. */
  private static final double PRECISION = 0.65;
  /** Multi-News dev: findings on labelled agreements, at most. */
  private static final int ON_AGREEMENTS = 0;
  /** Multi-News dev, per kind: gold divergences found, at least. */
  private static final Map<String, Integer> FOUND_BY_KIND =
      Map.of("quantity", 1, "quotation", 11, "attribution", 0, "date", 0, "name", 9);
  /** SummEdits dev: numeric edits caught, at least. */
  private static final int NUMERIC = 9;
  /** SummEdits dev: consistent summaries given a conflict, at most. */
  private static final int FALSE_ALARMS = 0;
  /** SummEdits dev: inconsistent summaries given a conflict, at least. */
  private static final int FLAGGED = 10;

  /**
   * The checker measured.
   *
   * @return {@link Crosscheck#standard()} here
   */
  protected Crosscheck checker() {
    return Crosscheck.standard();
  }

  private static final List<String> KINDS = List.of("quantity", "quotation", "attribution", "date", "name");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path evalDev() {
    Path dev = Shared.require().resolve("eval-dev");
    assumeTrue(Files.isDirectory(dev), "no shared/eval-dev: skipped");
    return dev;
  }

  private static Map<String, Corpora.Cluster> corpus(String file) {
    Map<String, Corpora.Cluster> out = new LinkedHashMap<>();
    for (Corpora.Cluster c : Corpora.clusters()) {
      if (c.file().equals(file)) {
        out.put(c.id(), c);
      }
    }
    return out;
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  private static boolean overlaps(int s1, int e1, int s2, int e2) {
    return s1 < e2 && s2 < e1;
  }

  /** The reports in which the finding's evidence overlaps an occurrence of the label's evidence. */
  private static Set<String> covered(Divergence d, JsonNode label, Map<String, String> texts) {
    Set<String> out = new HashSet<>();
    for (JsonNode e : label.path("evidence")) {
      String report = e.path("report").asText();
      String needle = e.path("text").asText();
      String text = texts.getOrDefault(report, "");
      if (needle.isEmpty()) {
        continue;
      }
      for (int i = text.indexOf(needle); i >= 0 && !out.contains(report); i = text.indexOf(needle, i + 1)) {
        for (Span s : d.evidence()) {
          if (s.reportId().equals(report) && overlaps(s.start(), s.end(), i, i + needle.length())) {
            out.add(report);
          }
        }
      }
    }
    return out;
  }

  @Test
  public void multiNewsDevRecallAndPrecisionHoldTheirFloors() throws IOException {
    Path dev = evalDev();
    Map<String, Corpora.Cluster> all = corpus("multinews-200.jsonl");
    assumeTrue(!all.isEmpty(), "no multinews-200.jsonl: skipped");
    List<String> ids = new ArrayList<>();
    JSON.readTree(dev.resolve("multinews-dev-clusters.json").toFile()).forEach(n -> ids.add(n.asText()));
    List<JsonNode> labels = lines(dev.resolve("multinews-dev-gold.jsonl"));
    Crosscheck checker = checker();
    Multiset<String> total = HashMultiset.create();
    Multiset<String> found = HashMultiset.create();
    Multiset<String> predicted = HashMultiset.create();
    Multiset<String> right = HashMultiset.create();
    int onAgreements = 0;
    for (String id : ids) {
      Corpora.Cluster c = all.get(id);
      assertThat(c).as("cluster %s in multinews-200.jsonl", id).isNotNull();
      Map<String, String> texts = new HashMap<>();
      for (Report r : c.reports()) {
        texts.put(r.id(), r.text());
      }
      List<Divergence> divergences = checker.check(c.reports()).divergences();
      List<JsonNode> gold = labels.stream()
          .filter(l -> l.path("cluster").asText().equals(id) && KINDS.contains(l.path("kind").asText())).toList();
      List<JsonNode> agreements = labels.stream()
          .filter(l -> l.path("cluster").asText().equals(id) && l.path("kind").asText().equals("agreement")).toList();
      for (JsonNode g : gold) {
        boolean hit = divergences.stream().anyMatch(d -> covered(d, g, texts).size() >= 2);
        total.add(g.path("kind").asText());
        total.add("all");
        if (hit) {
          found.add(g.path("kind").asText());
          found.add("all");
        }
      }
      for (Divergence d : divergences) {
        predicted.add(d.kind());
        predicted.add("all");
        if (gold.stream().anyMatch(g -> covered(d, g, texts).size() >= 2)) {
          right.add(d.kind());
          right.add("all");
        } else if (agreements.stream().anyMatch(a -> covered(d, a, texts).size() >= 2)) {
          onAgreements++;
        }
      }
    }
    double precision = (double) right.count("all") / Math.max(1, predicted.count("all"));
    System.out.printf(Locale.ROOT, "Multi-News dev: recall %.2f (%d/%d), precision %.2f (%d/%d; %d on agreements)%n",
        (double) found.count("all") / Math.max(1, total.count("all")), found.count("all"), total.count("all"),
        precision, right.count("all"), predicted.count("all"), onAgreements);
    Map<String, String> byKind = new TreeMap<>();
    for (String k : KINDS) {
      byKind.put(k, found.count(k) + "/" + total.count(k) + " found, " + right.count(k) + "/" + predicted.count(k)
          + " right");
      System.out.printf(Locale.ROOT, "  %-12s recall %d/%d  precision %d/%d%n", k, found.count(k), total.count(k),
          right.count(k), predicted.count(k));
    }
    assertThat(found.count("all")).as("gold divergences found").isGreaterThanOrEqualTo(FOUND);
    assertThat(precision).as("precision").isGreaterThanOrEqualTo(PRECISION);
    assertThat(onAgreements).as("findings on labelled agreements").isLessThanOrEqualTo(ON_AGREEMENTS);
    for (String k : KINDS) {
      assertThat(found.count(k)).as("%s found (%s)", k, byKind.get(k)).isGreaterThanOrEqualTo(FOUND_BY_KIND.get(k));
    }
  }

  private static final Set<String> NUMBER_WORDS = Set.of(("zero one two three four five six seven eight nine ten eleven"
      + " twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty"
      + " seventy eighty ninety hundred thousand million billion dozen half").split(" "));
  private static final Pattern NUMBERISH = Pattern.compile("\\d[\\d,.]*\\d|\\d|[A-Za-z]+");

  private static Multiset<String> numbers(String s) {
    Multiset<String> out = HashMultiset.create();
    Matcher m = NUMBERISH.matcher(s);
    while (m.find()) {
      String t = m.group().toLowerCase(Locale.ROOT);
      if (Character.isDigit(t.charAt(0)) || NUMBER_WORDS.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  @Test
  public void summEditsDevNumericRecallAndFalseAlarmsHoldTheirFloors() throws IOException {
    Path dev = evalDev();
    Map<String, Corpora.Cluster> all = corpus("summedits-news.jsonl");
    assumeTrue(!all.isEmpty(), "no summedits-news.jsonl: skipped");
    JsonNode labels = JSON.readTree(dev.resolve("summedits-dev-labels.json").toFile());
    Crosscheck checker = checker();
    int numeric = 0;
    int hit = 0;
    int consistent = 0;
    int alarms = 0;
    int inconsistent = 0;
    int flagged = 0;
    for (Corpora.Cluster c : all.values()) {
      JsonNode label = labels.get(c.id());
      if (label == null) {
        continue;
      }
      Map<String, String> texts = new HashMap<>();
      for (Report r : c.reports()) {
        texts.put(r.id(), r.text());
      }
      List<Divergence> conflicts = checker.check(c.reports()).divergences().stream()
          .filter(d -> d.severity() == Severity.CONFLICT).toList();
      if (label.path("consistent").asBoolean()) {
        consistent++;
        alarms += conflicts.isEmpty() ? 0 : 1;
        continue;
      }
      inconsistent++;
      flagged += conflicts.isEmpty() ? 0 : 1;
      String summary = texts.getOrDefault("summary", "");
      Multiset<String> changed = numbers(summary);
      numbers(label.path("original_summary").asText()).forEach(changed::remove);
      if (changed.isEmpty()) {
        continue;
      }
      numeric++;
      List<int[]> targets = new ArrayList<>();
      for (String n : changed.elementSet()) {
        Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(n) + "\\b").matcher(summary);
        while (m.find()) {
          targets.add(new int[] {m.start(), m.end()});
        }
      }
      boolean ok = false;
      for (Divergence d : conflicts) {
        if (!d.kind().equals("quantity") && !d.kind().equals("date")) {
          continue;
        }
        boolean inDocument = d.evidence().stream().anyMatch(s -> s.reportId().equals("document"));
        boolean onTarget = d.evidence().stream().filter(s -> s.reportId().equals("summary"))
            .anyMatch(s -> targets.stream().anyMatch(t -> overlaps(s.start(), s.end(), t[0], t[1])));
        ok |= inDocument && onTarget;
      }
      hit += ok ? 1 : 0;
    }
    double balanced = ((double) flagged / Math.max(1, inconsistent) + 1 - (double) alarms / Math.max(1, consistent)) / 2;
    System.out.printf(Locale.ROOT, "SummEdits dev: numeric recall %d/%d, false alarms %d/%d, balanced accuracy %.3f%n",
        hit, numeric, alarms, consistent, balanced);
    assertThat(hit).as("numeric edits caught of %d", numeric).isGreaterThanOrEqualTo(NUMERIC);
    assertThat(alarms).as("consistent summaries with a conflict of %d", consistent).isLessThanOrEqualTo(FALSE_ALARMS);
    assertThat(flagged).as("inconsistent summaries with a conflict of %d", inconsistent).isGreaterThanOrEqualTo(FLAGGED);
  }
}
