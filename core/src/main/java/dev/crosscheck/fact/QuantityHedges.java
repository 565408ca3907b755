package dev.crosscheck.fact;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words that qualify a number, in one table: those written before it ("more than three hours")
 * and the few written after it ("ten hours or so", "20-odd"). The table is data a user can read
 * and extend: {@code hedges.tsv} beside this class
 * ({@code core/src/main/resources/dev/crosscheck/fact/hedges.tsv}), tab-separated. Matching ignores case and takes the
 * longest phrase, so "no more than" is {@link Hedge#UP_TO}, not {@link Hedge#MORE_THAN}. "between"
 * is listed as {@link Hedge#RANGE}: it only counts when an "and" and a second number follow.
 */
final class QuantityHedges {

  /** The table, {@code hedges.tsv} beside this class, its columns explained in its header. */
  static final String RESOURCE = "hedges.tsv";

  /** A hedge as found in the text, with the tokens it covers. */
  record Found(Hedge hedge, int first, int last) {}

  private static final ImmutableMap<String, Hedge> BEFORE;
  private static final ImmutableMap<String, Hedge> AFTER;
  private static final int MAX_TOKENS;
  /** The last token of every phrase before a number, lower case: any other token ends no hedge. */
  private static final ImmutableSet<String> LASTS;

  static {
    Map<String, Hedge> before = new LinkedHashMap<>();
    Map<String, Hedge> after = new LinkedHashMap<>();
    int maxTokens = 1;
    for (String line : Units.tableLines(RESOURCE)) {
      List<String> c = Splitter.on('\t').trimResults().splitToList(line);
      if (c.size() != 3) {
        throw new IllegalStateException("bad hedge line: " + line);
      }
      Map<String, Hedge> target = c.get(0).equals("before") ? before : after;
      Hedge hedge = Hedge.valueOf(c.get(1));
      for (String phrase : Splitter.on(',').trimResults().omitEmptyStrings().split(c.get(2))) {
        if (target.put(phrase, hedge) != null) {
          throw new IllegalStateException("hedge listed twice: " + phrase);
        }
        maxTokens = Math.max(maxTokens, QuantityTokens.of(phrase, 0, phrase.length()).size());
      }
    }
    ImmutableSet.Builder<String> lasts = ImmutableSet.builder();
    for (String phrase : before.keySet()) {
      QuantityTokens pt = QuantityTokens.of(phrase, 0, phrase.length());
      lasts.add(pt.lower(pt.size() - 1));
    }
    LASTS = lasts.build();
    BEFORE = ImmutableMap.copyOf(before);
    AFTER = ImmutableMap.copyOf(after);
    MAX_TOKENS = maxTokens;
  }

  private QuantityHedges() {}

  /**
   * The hedge that ends right before token {@code first}, starting no earlier than token
   * {@code floor}; null when there is none.
   */
  static Found before(QuantityTokens t, int first, int floor) {
    if (first - 1 < Math.max(floor, 0) || !LASTS.contains(t.lower(first - 1))) {
      return null;
    }
    Found best = null;
    for (int k = 1; k <= MAX_TOKENS && first - k >= floor; k++) {
      String key = t.key(first - k, first).toLowerCase(Locale.ROOT);
      Hedge h = BEFORE.get(key);
      // A phrase must start a word: "approx." is not found inside "xapprox.".
      if (h != null && !(t.attached(first - k) && t.isWord(first - k - 1))) {
        best = new Found(h, first - k, first - 1);
      }
    }
    return best;
  }

  /** The hedge that starts at token {@code from} ("or more", "-odd"), or null. */
  static Found after(QuantityTokens t, int from) {
    Found best = null;
    for (int k = 1; k <= MAX_TOKENS && from + k <= t.size(); k++) {
      String key = t.key(from, from + k).toLowerCase(Locale.ROOT);
      Hedge h = AFTER.get(key);
      // "-odd", "+" hang on the figure ("20-odd", "$1 trillion+"); "or more" stands apart from it
      if (h != null && (!Character.isLetter(key.charAt(0)) == t.attached(from))) {
        best = new Found(h, from, from + k - 1);
      }
    }
    return best;
  }
}
