package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.testing.Shared;
import dev.crosscheck.text.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the English test suites of two open recognisers through the quantity extractor, the way
 * {@link Crosscheck#facts} reads a report, and holds the pass rate of each file at or above a floor.
 *
 * <p>The suites are read at test time from {@code shared/corpora/conformance/} beside the checkout
 * (found like {@link Shared}); without them the tests are skipped. Nothing of them is copied here.
 *
 * <ul>
 *   <li>Microsoft Recognizers-Text: every case of the files below that its Java port supports
 *       (neither {@code NotSupported} nor {@code NotSupportedByDesign} names java) and that expects
 *       a result. A case passes when each expected result that carries a value is met by a quantity
 *       overlapping the expected characters with the same value (a range meets either of its
 *       ends); a result without a value (a bare "dollar") names no amount, and Crosscheck reads
 *       none. Durations compare by their length in seconds; a month or a year has no one length, so
 *       a quantity in months or years meets any length the calendar gives it (28 to 31 days a
 *       month, 365 or 366 a year): the suite counts 30 and 365, Crosscheck a twelfth of 365.25 and
 *       365.25.
 *   <li>Duckling: the {@code allExamples} of the English corpora below. Each example is a whole
 *       input that must yield one quantity stating the value under which it is listed: a numeral's
 *       value; a duration, distance, quantity or amount in the unit named (compared after
 *       conversion, so "0.002 kg" meets 2 grams and "2 years and 3 months" 27 months; durations in
 *       months or years also as above); "between"
 *       as a range with those bounds; "under" as "less than" or "up to" that number; "above" as
 *       "more than" or "at least" it.
 * </ul>
 *
 * <p>Cases judged out of scope for a news checker are listed, each with its reason, in
 * {@code conformance-out-of-scope.txt}. Run with {@code -Dconformance.failures=all} to print every
 * failing case rather than a few per file.
 */
class ConformanceTest {

  /** Pass-rate floors per file: a ratchet, raise them as the rates rise. */
  private static final ImmutableMap<String, Double> FLOORS =
      ImmutableMap.<String, Double>builder()
          .put("NumberModel.json", 0.964)
          .put("PercentModel.json", 1.000)
          .put("CurrencyModel.json", 0.975)
          .put("DimensionModel.json", 0.983)
          .put("DurationParser.json", 0.923)
          .put("Numeral_EN_Corpus.hs", 0.967)
          .put("Duration_EN_Corpus.hs", 1.000)
          .put("Quantity_EN_Corpus.hs", 0.958)
          .put("AmountOfMoney_EN_Corpus.hs", 0.992)
          .put("Distance_EN_Corpus.hs", 0.950)
          .buildOrThrow();

  /** The floor of each suite taken as a whole (all its files together). */
  private static final double RECOGNIZERS_FLOOR = 0.966;

  private static final double DUCKLING_FLOOR = 0.979;

  private static final ImmutableList<String> RECOGNIZERS =
      ImmutableList.of(
          "Number/English/NumberModel.json",
          "Number/English/PercentModel.json",
          "NumberWithUnit/English/CurrencyModel.json",
          "NumberWithUnit/English/DimensionModel.json",
          "DateTime/English/DurationParser.json");

  private static final ImmutableList<String> DUCKLING =
      ImmutableList.of(
          "Numeral_EN_Corpus.hs",
          "Duration_EN_Corpus.hs",
          "Quantity_EN_Corpus.hs",
          "AmountOfMoney_EN_Corpus.hs",
          "Distance_EN_Corpus.hs");

  private static final Crosscheck CHECKER = Crosscheck.standard();

  private static Path suites;
  private static Set<String> outOfScope;

  @BeforeAll
  static void findSuites() throws IOException {
    Path folder = Shared.require().resolve("corpora").resolve("conformance");
    assumeTrue(Files.isDirectory(folder.resolve("recognizers")) && Files.isDirectory(folder.resolve("duckling")),
        "no shared/corpora/conformance: skipped");
    suites = folder;
    outOfScope = readOutOfScope();
  }

  /** One input, its file, and why it passed or failed. */
  private record Outcome(String file, String input, boolean passed, String why) {}

  @Test
  void recognizersText() throws IOException {
    List<Outcome> all = new ArrayList<>();
    for (String path : RECOGNIZERS) {
      all.addAll(runRecognizers(path));
    }
    report("Recognizers-Text", all, RECOGNIZERS_FLOOR);
  }

  @Test
  void duckling() throws IOException {
    List<Outcome> all = new ArrayList<>();
    for (String file : DUCKLING) {
      all.addAll(runDuckling(file));
    }
    report("Duckling", all, DUCKLING_FLOOR);
  }

  @Test
  void outOfScopeListNamesOnlyCasesOfTheSuites() throws IOException {
    Set<String> known = new HashSet<>();
    for (String path : RECOGNIZERS) {
      String file = fileName(path);
      for (JsonNode c : readJson(path)) {
        known.add(file + "\t" + c.path("Input").asText());
      }
    }
    for (String file : DUCKLING) {
      for (DucklingExample e : readDuckling(file)) {
        known.add(file + "\t" + e.input());
      }
    }
    assertThat(known).containsAll(outOfScope);
  }

  // ---------------------------------------------------------------- reporting

  private static void report(String suite, List<Outcome> outcomes, double suiteFloor) {
    boolean all = "all".equals(System.getProperty("conformance.failures"));
    Map<String, List<Outcome>> byFile = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      byFile.computeIfAbsent(o.file(), f -> new ArrayList<>()).add(o);
    }
    StringBuilder text = new StringBuilder();
    List<String> belowFloor = new ArrayList<>();
    int passed = 0;
    for (Map.Entry<String, List<Outcome>> e : byFile.entrySet()) {
      List<Outcome> os = e.getValue();
      long p = os.stream().filter(Outcome::passed).count();
      passed += (int) p;
      double rate = (double) p / os.size();
      text.append(String.format(Locale.ROOT, "%s %-28s %4d/%4d  %5.1f%%%n", suite, e.getKey(), p, os.size(), 100 * rate));
      int shown = 0;
      for (Outcome o : os) {
        if (!o.passed() && (all || shown++ < 5)) {
          text.append("    FAIL ").append(show(o.input())).append("  -> ").append(o.why()).append('\n');
        }
      }
      double floor = FLOORS.get(e.getKey());
      if (rate + 1e-9 < floor) {
        belowFloor.add(String.format(Locale.ROOT, "%s: %.3f below floor %.3f", e.getKey(), rate, floor));
      }
    }
    double total = (double) passed / outcomes.size();
    text.append(String.format(Locale.ROOT, "%s total %d/%d  %5.1f%%%n", suite, passed, outcomes.size(), 100 * total));
    System.out.print(text);
    assertThat(belowFloor).as("files below their floor").isEmpty();
    assertThat(total).as(suite + " pass rate").isGreaterThanOrEqualTo(suiteFloor - 1e-9);
  }

  private static String show(String input) {
    String s = input.length() > 90 ? input.substring(0, 90) + "..." : input;
    return "\"" + s.replace("\n", "\\n") + "\"";
  }

  private static ImmutableList<Quantity> quantities(String input) {
    return CHECKER.facts(new Report("case", input)).quantities();
  }

  private static String describe(List<Quantity> qs) {
    List<String> parts = new ArrayList<>();
    for (Quantity q : qs) {
      parts.add("'" + q.text() + "'=" + fmt(q.value()) + q.unit().map(u -> " " + u.name()).orElse("")
          + (q.hedge() != Hedge.EXACT ? " " + q.hedge().jsonName() + q.interval() : ""));
    }
    return parts.isEmpty() ? "nothing" : String.join(", ", parts);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static boolean same(double expected, double actual) {
    return Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected));
  }

  // ---------------------------------------------------------------- out of scope

  private static Set<String> readOutOfScope() throws IOException {
    Set<String> keys = new HashSet<>();
    try (InputStream in = ConformanceTest.class.getResourceAsStream("conformance-out-of-scope.txt")) {
      if (in == null) {
        return keys;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c.length != 3 || c[2].isBlank()) {
          throw new IllegalStateException("want file<TAB>input<TAB>reason: " + line);
        }
        keys.add(c[0] + "\t" + unescape(c[1]));
      }
    }
    return keys;
  }

  /** The list writes a tab, a line break and a non-breaking space as \t, \n and \\u202f. */
  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        switch (n) {
          case 't' -> b.append('\t');
          case 'n' -> b.append('\n');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> b.append(n);
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- Recognizers-Text

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static JsonNode readJson(String path) throws IOException {
    String json = Files.readString(suites.resolve("recognizers").resolve(path), StandardCharsets.UTF_8);
    if (json.startsWith("\uFEFF")) {
      json = json.substring(1);
    }
    return new ObjectMapper().readTree(json);
  }

  private static boolean supportedInJava(JsonNode c) {
    String not = (c.path("NotSupported").asText("") + "," + c.path("NotSupportedByDesign").asText(""))
        .toLowerCase(Locale.ROOT);
    for (String s : not.split(",")) {
      if (s.strip().equals("java")) {
        return false;
      }
    }
    return true;
  }

  private static List<Outcome> runRecognizers(String path) throws IOException {
    String file = fileName(path);
    boolean duration = file.startsWith("Duration");
    List<Outcome> out = new ArrayList<>();
    for (JsonNode c : readJson(path)) {
      String input = c.path("Input").asText();
      if (!supportedInJava(c) || outOfScope.contains(file + "\t" + input)) {
        continue;
      }
      List<JsonNode> expected = new ArrayList<>();
      for (JsonNode r : c.path("Results")) {
        if (expectedValue(r, duration) != null) {
          expected.add(r);
        }
      }
      if (expected.isEmpty()) {
        continue;
      }
      ImmutableList<Quantity> qs = quantities(input);
      List<String> missed = new ArrayList<>();
      for (JsonNode r : expected) {
        double value = expectedValue(r, duration);
        int start = r.path("Start").asInt();
        int end = r.has("End") ? r.path("End").asInt() + 1 : start + r.path("Length").asInt();
        boolean met = false;
        for (Quantity q : qs) {
          boolean overlaps = q.span().start() < end && start < q.span().end();
          // a range states both its ends ("eight to 10 feet" states 10 feet)
          boolean meets = duration ? lasts(q, value)
              : same(value, q.value()) || (q.hedge() == Hedge.RANGE && same(value, q.interval().high()));
          if (overlaps && meets) {
            met = true;
            break;
          }
        }
        if (!met) {
          missed.add("'" + r.path("Text").asText() + "'=" + fmt(value));
        }
      }
      out.add(new Outcome(file, input, missed.isEmpty(),
          missed.isEmpty() ? "" : "want " + String.join(", ", missed) + "; got " + describe(qs)));
    }
    return out;
  }

  /** The value a result states, or null when it has none (a currency named without an amount). */
  private static Double expectedValue(JsonNode r, boolean duration) {
    if (duration) {
      JsonNode res = r.path("Value");
      if (res.isMissingNode()) {
        res = r.path("Resolution");
      }
      String s = res.path("PastResolution").path("duration").asText("");
      return s.isEmpty() ? null : Double.parseDouble(s);
    }
    JsonNode v = r.path("Resolution").path("value");
    if (v.isMissingNode() || v.isNull() || v.asText().isEmpty()) {
      return null;
    }
    return Double.parseDouble(v.asText().replace("%", ""));
  }

  private static final double DAY = 86_400;

  /**
   * Whether a quantity is a duration that lasts {@code seconds}. Calendar units have no one length:
   * a month is 28 to 31 days, a year 365 or 366 (the suites count 30 and 365, Crosscheck a twelfth
   * of 365.25 and 365.25), so a quantity in months or years lasts any length in that span.
   */
  private static boolean lasts(Quantity q, double seconds) {
    if (q.unit().isEmpty() || !q.unit().get().dimension().equals("duration")) {
      return false;
    }
    Unit unit = q.unit().get();
    double[] span = switch (unit.name()) {
      case "month" -> new double[] {28 * DAY, 31 * DAY};
      case "year" -> new double[] {365 * DAY, 366 * DAY};
      case "decade" -> new double[] {3650 * DAY, 3653 * DAY};
      case "century" -> new double[] {36500 * DAY, 36525 * DAY};
      default -> new double[] {unit.factor(), unit.factor()};
    };
    double v = q.value();
    return seconds >= v * span[0] * (1 - 1e-9) && seconds <= v * span[1] * (1 + 1e-9);
  }

  /** Duckling's grains in seconds, as its corpus counts them (a month of 30 days, a year of 365). */
  private static final ImmutableMap<String, Double> GRAINS =
      ImmutableMap.<String, Double>builder()
          .put("Second", 1.0).put("Minute", 60.0).put("Hour", 3600.0).put("Day", DAY)
          .put("Week", 7 * DAY).put("Month", 30 * DAY).put("Quarter", 90 * DAY).put("Year", 365 * DAY)
          .buildOrThrow();

  // ---------------------------------------------------------------- Duckling

  /** What a Duckling example must yield. */
  private record Expected(String kind, String unit, double low, double high) {}

  private record DucklingExample(String input, Expected expected) {}

  private static final Pattern EXAMPLES =
      Pattern.compile("examples\\s*\\((.*?)\\)\\s*\\[(.*?)\\]", Pattern.DOTALL);

  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  static List<DucklingExample> readDuckling(String file) throws IOException {
    String text = Files.readString(suites.resolve("duckling").resolve(file), StandardCharsets.UTF_8);
    int from = text.indexOf("allExamples =");
    assertThat(from).as("allExamples in " + file).isNotNegative();
    StringBuilder code = new StringBuilder();
    for (String line : text.substring(from).split("\n")) {
      if (!line.strip().startsWith("--")) {
        code.append(line).append('\n');
      }
    }
    List<DucklingExample> out = new ArrayList<>();
    Matcher m = EXAMPLES.matcher(code);
    while (m.find()) {
      Expected e = parseExpected(m.group(1).strip());
      Matcher s = STRING.matcher(m.group(2));
      while (s.find()) {
        out.add(new DucklingExample(haskellString(s.group(1)), e));
      }
    }
    return out;
  }

  private static final Pattern TERM = Pattern.compile("\\(\\s*(-?[0-9.e]+)\\s*,\\s*(-?[0-9.e]+)\\s*\\)|\\((-?[0-9.e]+)\\)|\\(Just [^)]*\\)|\\S+");

  /** "NumeralValue (-504)", "DurationData 2 Minute", "simple Gram 2 Nothing", "between Dollar (10, 20)". */
  private static Expected parseExpected(String expr) {
    List<String> terms = new ArrayList<>();
    List<double[]> pairs = new ArrayList<>();
    Matcher m = TERM.matcher(expr);
    while (m.find()) {
      if (m.group(1) != null) {
        pairs.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        terms.add("<pair>");
      } else if (m.group(3) != null) {
        terms.add(m.group(3));
      } else {
        terms.add(m.group());
      }
    }
    String head = terms.get(0);
    switch (head) {
      case "NumeralValue" -> {
        double v = Double.parseDouble(terms.get(1));
        return new Expected("number", null, v, v);
      }
      case "DurationData" -> {
        double v = Double.parseDouble(terms.get(1));
        return new Expected("simple", terms.get(2), v, v);
      }
      case "simple", "under", "above" -> {
        double v = Double.parseDouble(terms.get(2));
        return new Expected(head, terms.get(1), v, v);
      }
      case "between" -> {
        double[] p = pairs.get(0);
        return new Expected("between", terms.get(1), p[0], p[1]);
      }
      default -> throw new IllegalStateException("unknown Duckling value: " + expr);
    }
  }

  /** A Haskell string literal's content: \xHHHH, \&, \", \\ and decimal escapes. */
  private static String haskellString(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      if (n == 'x') {
        int j = i + 1;
        while (j < s.length() && Character.digit(s.charAt(j), 16) >= 0) {
          j++;
        }
        b.appendCodePoint(Integer.parseInt(s.substring(i + 1, j), 16));
        i = j - 1;
      } else if (Character.isDigit(n)) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
          j++;
        }
        b.appendCodePoint(Integer.parseInt(s.substring(i, j)));
        i = j - 1;
      } else if (n == 'n') {
        b.append('\n');
      } else if (n != '&') {
        b.append(n);
      }
    }
    return b.toString();
  }

  /** A Duckling unit as a test on Crosscheck's unit and the factor that takes its values to base. */
  private record UnitMatch(String dimension, String name, double factor) {
    boolean accepts(Unit u) {
      if (u == null) {
        return false;
      }
      boolean dim = dimension.endsWith(":") ? u.dimension().startsWith(dimension) : u.dimension().equals(dimension);
      return dim && (name == null || u.name().matches(name));
    }
  }

  private static UnitMatch unitMatch(String file, String unit) {
    if (file.startsWith("AmountOfMoney")) {
      return switch (unit) {
        case "Dollar" -> new UnitMatch("money:", "dollar", 1);
        case "Cent" -> new UnitMatch("money:", "cent|penny", 0.01);
        case "Pound" -> new UnitMatch("money:GBP", "pound", 1);
        case "Dinar", "Riyal", "Rial" -> new UnitMatch("money:", unit.toLowerCase(Locale.ROOT), 1);
        case "Unnamed" -> new UnitMatch("money:", null, 1);
        default -> new UnitMatch("money:" + unit, null, 1);
      };
    }
    String name = switch (unit) {
      case "Second" -> "second";
      case "Minute" -> "minute";
      case "Hour" -> "hour";
      case "Day" -> "day";
      case "Week" -> "week";
      case "Month" -> "month";
      case "Quarter" -> "quarter";
      case "Year" -> "year";
      case "Gram" -> "gram";
      case "Pound" -> "pound";
      case "Ounce" -> "ounce";
      case "Cup" -> "cup";
      case "Kilometre" -> "kilometre";
      case "Mile" -> "mile";
      case "M", "Metre" -> "metre";
      case "Centimetre" -> "centimetre";
      case "Millimetre" -> "millimetre";
      case "Inch" -> "inch";
      case "Foot" -> "foot";
      default -> throw new IllegalStateException("unknown Duckling unit " + unit + " in " + file);
    };
    Unit u = Units.all().stream().filter(x -> x.name().equals(name) && !x.dimension().startsWith("money"))
        .findFirst().orElse(null);
    if (u == null) {
      return new UnitMatch("unknown:" + name, name, 1);
    }
    return new UnitMatch(u.dimension(), null, u.factor());
  }

  private static List<Outcome> runDuckling(String file) throws IOException {
    List<Outcome> out = new ArrayList<>();
    for (DucklingExample ex : readDuckling(file)) {
      if (outOfScope.contains(file + "\t" + ex.input())) {
        continue;
      }
      Expected e = ex.expected();
      ImmutableList<Quantity> qs = quantities(ex.input());
      boolean passed = false;
      for (Quantity q : qs) {
        if (meets(file, e, q)) {
          passed = true;
          break;
        }
      }
      String want = e.kind() + (e.unit() != null ? " " + e.unit() : "") + " " + fmt(e.low())
          + (e.high() != e.low() ? ".." + fmt(e.high()) : "");
      out.add(new Outcome(file, ex.input(), passed, passed ? "" : "want " + want + "; got " + describe(qs)));
    }
    return out;
  }

  private static boolean meets(String file, Expected e, Quantity q) {
    if (e.kind().equals("number")) {
      return q.hedge() != Hedge.RANGE && same(e.low(), q.value());
    }
    if (file.startsWith("Duration") && e.kind().equals("simple") && q.hedge() != Hedge.RANGE
        && lasts(q, e.low() * GRAINS.get(e.unit()))) {
      return true;
    }
    UnitMatch u = unitMatch(file, e.unit());
    if (!u.accepts(q.unit().orElse(null))) {
      return false;
    }
    double f = q.unit().get().factor();
    double low = e.low() * u.factor();
    double high = e.high() * u.factor();
    return switch (e.kind()) {
      case "simple" -> q.hedge() != Hedge.RANGE && same(low, q.value() * f);
      case "between" -> q.hedge() == Hedge.RANGE
          && same(low, q.interval().low() * f) && same(high, q.interval().high() * f);
      case "under" -> (q.hedge() == Hedge.LESS_THAN || q.hedge() == Hedge.UP_TO) && same(high, q.value() * f);
      case "above" -> (q.hedge() == Hedge.MORE_THAN || q.hedge() == Hedge.AT_LEAST) && same(low, q.value() * f);
      default -> false;
    };
  }
}
