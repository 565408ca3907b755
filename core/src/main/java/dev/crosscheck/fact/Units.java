package dev.crosscheck.fact;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units of measure that quantities are read with, in one table: canonical name, dimension,
 * factor to the dimension's base (seconds, metres, square metres, litres, kilograms, metres per
 * second; 1 for percent and money) and the ways a report writes them.
 *
 * <p>The table is data, in one place a user can read: {@code units.tsv} beside this class
 * ({@code core/src/main/resources/dev/crosscheck/fact/units.tsv}), tab-separated, one unit a row,
 * with the columns explained in its header. To read another unit, add a row.
 *
 * <p>Words ("hours", "per cent", "US dollars") match in any case after any number. Abbreviations
 * ("km", "kg", "h", "%", "won") match in their exact case after a number written with digits or a
 * scale word ("10 km", "5 million won", not "two m"), and those of three characters or more after
 * any number ("twenty min"); a one-letter abbreviation must touch the digits ("30C", "48m"), except
 * "h" and "g" before a non-word ("3 h"). Signs ("$", "US$", "€", "USD") stand before the number, or
 * touch it after ("20€"). Units marked in the {@code a} column also read "a"/"an" as one ("a week
 * ago", "an hour").
 *
 * <p>Readings to know: a bare "$" is the US dollar; "pounds" is sterling, except an unscaled amount
 * of "pounds of" something ("two pounds of meat"), which is mass; "ton" is the metric tonne; a
 * month is a twelfth of a Julian year (30.4375 days), a year 365.25 days. Temperatures are separate
 * dimensions per scale, since they do not convert by a factor.
 */
public final class Units {

  /** The table, {@code units.tsv} beside this class: one unit a row, its columns explained in its header. */
  static final String RESOURCE = "units.tsv";

  /** A unit as found in the text: the unit, the tokens it covers and whether "a" may count it. */
  record Found(Unit unit, int first, int last) {}

  private record Entry(Unit unit, boolean article) {}

  private static final ImmutableList<Unit> ALL;
  private static final ImmutableMap<String, Entry> WORDS;
  private static final ImmutableMap<String, Entry> ABBREVIATIONS;
  private static final ImmutableMap<String, Unit> SIGNS;
  private static final int MAX_TOKENS;
  /**
   * The first token of every spelling (words in lower case) and the last token of every sign: a
   * number followed by any other token has no unit, which spares building the longer keys.
   */
  private static final ImmutableSet<String> FIRSTS;
  private static final ImmutableSet<String> LASTS;

  static {
    ImmutableList.Builder<Unit> all = ImmutableList.builder();
    Map<String, Entry> words = new LinkedHashMap<>();
    Map<String, Entry> abbreviations = new LinkedHashMap<>();
    Map<String, Unit> signs = new LinkedHashMap<>();
    int maxTokens = 1;
    Splitter columns = Splitter.on('\t').trimResults();
    Splitter list = Splitter.on(',').trimResults().omitEmptyStrings();
    for (String line : tableLines(RESOURCE)) {
      List<String> c = new ArrayList<>(columns.splitToList(line));
      while (c.size() < 7) {
        c.add("");
      }
      if (c.get(0).isEmpty() || c.get(1).isEmpty() || c.get(2).isEmpty()) {
        throw new IllegalStateException("bad unit line: " + line);
      }
      Unit unit = new Unit(c.get(0), c.get(1), Double.parseDouble(c.get(2)));
      Entry entry = new Entry(unit, c.get(3).equals("a"));
      all.add(unit);
      for (String w : list.split(c.get(4))) {
        putOnce(words, w.toLowerCase(Locale.ROOT), entry);
        maxTokens = Math.max(maxTokens, tokenCount(w));
      }
      for (String a : list.split(c.get(5))) {
        putOnce(abbreviations, a, entry);
        maxTokens = Math.max(maxTokens, tokenCount(a));
      }
      for (String s : list.split(c.get(6))) {
        if (signs.put(s, unit) != null) {
          throw new IllegalStateException("sign listed twice: " + s);
        }
        maxTokens = Math.max(maxTokens, tokenCount(s));
      }
    }
    ImmutableSet.Builder<String> firsts = ImmutableSet.builder();
    for (String w : words.keySet()) {
      firsts.add(firstToken(w));
    }
    for (String a : abbreviations.keySet()) {
      firsts.add(firstToken(a).toLowerCase(Locale.ROOT));
    }
    ImmutableSet.Builder<String> lasts = ImmutableSet.builder();
    for (String sign : signs.keySet()) {
      firsts.add(firstToken(sign).toLowerCase(Locale.ROOT));
      QuantityTokens st = QuantityTokens.of(sign, 0, sign.length());
      lasts.add(st.text(st.size() - 1));
    }
    FIRSTS = firsts.build();
    LASTS = lasts.build();
    ALL = all.build();
    WORDS = ImmutableMap.copyOf(words);
    ABBREVIATIONS = ImmutableMap.copyOf(abbreviations);
    SIGNS = ImmutableMap.copyOf(signs);
    MAX_TOKENS = maxTokens;
  }

  private Units() {}

  /**
   * The rows of a table resource beside this class: UTF-8 lines without blank lines and {@code #}
   * comments. A missing table is a broken build, so it fails loudly.
   */
  static List<String> tableLines(String resource) {
    try (InputStream in = Units.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing table resource " + resource);
      }
      List<String> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read table resource " + resource, e);
    }
  }

  private static <V> void putOnce(Map<String, V> map, String key, V value) {
    if (map.put(key, value) != null) {
      throw new IllegalStateException("unit spelling listed twice: " + key);
    }
  }

  private static String firstToken(String surface) {
    return QuantityTokens.of(surface, 0, surface.length()).text(0);
  }

  private static int tokenCount(String surface) {
    return QuantityTokens.of(surface, 0, surface.length()).size();
  }

  /**
   * Every unit of the table, in table order.
   *
   * @return one unit per row of {@code units.tsv}
   */
  public static ImmutableList<Unit> all() {
    return ALL;
  }

  /**
   * The unit a spelling stands for: a word in any case ("Hours"), an abbreviation or a sign in its
   * exact case ("km", "$").
   *
   * @param spelling a unit as a report writes it, without a number ("Hours", "per cent", "km", "$")
   * @return the unit; empty when the table has no such spelling
   */
  public static Optional<Unit> forSpelling(String spelling) {
    Entry e = WORDS.get(spelling.toLowerCase(Locale.ROOT));
    if (e == null) {
      e = ABBREVIATIONS.get(spelling);
    }
    if (e != null) {
      return Optional.of(e.unit());
    }
    return Optional.ofNullable(SIGNS.get(spelling));
  }

  /**
   * The unit written from token {@code from} on, right after a number that ends at token
   * {@code numberLast}; the longest spelling wins. A hyphen that joins number and unit ("five-hour")
   * is stepped over. {@code numeric}: the number has digits or a scale word, which abbreviations need.
   */
  static Found after(QuantityTokens t, int from, int numberLast, boolean numeric) {
    int first = from;
    boolean hyphen = t.isSymbolIn(first, "-‐") && t.attached(first) && t.attached(first + 1);
    if (hyphen) {
      first++;
    }
    if (first >= t.size() || !FIRSTS.contains(t.lower(first))) {
      return null;
    }
    Found best = null;
    for (int k = 1; k <= MAX_TOKENS && first + k <= t.size(); k++) {
      String key = t.key(first, first + k);
      Entry e = WORDS.get(key.toLowerCase(Locale.ROOT));
      if (e == null) {
        e = ABBREVIATIONS.get(key);
        if (e != null && !numeric && !(key.length() >= 3 && e.unit().dimension().equals("duration"))) {
          e = null; // "twenty min", but not "three won"
        }
        if (e != null && key.length() == 1 && (hyphen || !t.attached(first) || first != numberLast + 1)
            && !spacedLetter(t, key, first, numberLast, hyphen)) {
          e = null;
        }
      }
      if (e != null) {
        best = new Found(e.unit(), from, first + k - 1);
      }
    }
    if (best == null && !hyphen && first == numberLast + 1) {
      // a sign after the number: glued ("20€", "10$", "3.14US$"), or apart when it has no letters
      for (int k = 1; k <= MAX_TOKENS && first + k <= t.size(); k++) {
        String key = t.key(first, first + k);
        Unit u = SIGNS.get(key);
        boolean letters = key.chars().anyMatch(Character::isLetter);
        if (u != null && (t.attached(first) || !letters)
            && !(t.isDigits(first + k) && t.attached(first + k))
            && !(t.isWord(first + k) && t.attached(first + k))) {
          best = new Found(u, from, first + k - 1);
        }
      }
    }
    return best;
  }

  /** "3 h", "2 g": the one-letter abbreviations h and g may stand apart before a non-word or "of". */
  private static boolean spacedLetter(QuantityTokens t, String key, int first, int numberLast, boolean hyphen) {
    return (key.equals("h") || key.equals("g")) && !hyphen && first == numberLast + 1
        && !t.attached(first) && !(t.attached(first + 1) && (t.isWord(first + 1) || t.isDigits(first + 1)))
        && (!t.isWord(first + 1) || t.isWord(first + 1, "of")
            || t.isWord(first + 1, "and") || t.isWord(first + 1, "to") || t.isWord(first + 1, "or"));
  }

  /** Whether a unit spelled by a word at token {@code i} may follow "a"/"an" to mean one of it. */
  static Found afterArticle(QuantityTokens t, int i) {
    if (i >= t.size() || !FIRSTS.contains(t.lower(i))) {
      return null;
    }
    Found best = null;
    for (int k = 1; k <= MAX_TOKENS && i + k <= t.size(); k++) {
      String key = t.key(i, i + k);
      Entry e = WORDS.get(key.toLowerCase(Locale.ROOT));
      if (e == null && key.length() >= 2 && (!t.isWord(i + k) || t.isWord(i + k, "of"))) {
        e = ABBREVIATIONS.get(key); // "a kg", "a lb"; not "a ha moment"
      }
      if (e != null) {
        best = e.article() ? new Found(e.unit(), i, i + k - 1) : null;
      }
    }
    return best;
  }

  /**
   * The currency sign written just before the number that starts at token {@code numberFirst}
   * ("$", "US$", "€", "USD "), looking no further back than token {@code floor}.
   */
  static Found before(QuantityTokens t, int numberFirst, int floor) {
    if (numberFirst - 1 < Math.max(floor, 0) || !LASTS.contains(t.text(numberFirst - 1))) {
      return null;
    }
    Found best = null;
    for (int k = 1; k <= MAX_TOKENS && numberFirst - k >= floor; k++) {
      int first = numberFirst - k;
      Unit u = SIGNS.get(t.key(first, numberFirst).strip());
      // "$" may stand apart from the number ("$ 75 million"), but the sign itself must be whole:
      // no letters glued to its front ("XUS$").
      if (u != null && !(t.attached(first) && t.isWord(first - 1))) {
        best = new Found(u, first, numberFirst - 1);
      }
    }
    return best;
  }
}
