package dev.crosscheck.fact;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

/**
 * Verbs that say what a bare figure counts: "killed 13", "injuring more than 260", "13 people were
 * arrested", "six executed". News gives casualty and arrest figures this way, often with a noun
 * that differs from report to report ("15 Palestinians" / "17 people"); the verb is what they share.
 */
final class CountVerbs {
  private CountVerbs() {}

  /** Each verb form and the noun its figure counts, as shown in messages ("Number of deaths"). */
  private static final ImmutableMap<String, String> COUNTED = ImmutableMap.<String, String>builder()
      .put("killed", "death").put("killing", "death").put("kills", "death").put("dead", "death")
      .put("died", "death")
      .put("injured", "injury").put("injuring", "injury").put("wounded", "injury").put("wounding", "injury")
      .put("hurt", "injury").put("hospitalized", "injury").put("hospitalised", "injury")
      .put("arrested", "arrest").put("arresting", "arrest").put("detained", "arrest").put("detaining", "arrest")
      .put("executed", "execution").put("executing", "execution")
      .put("missing", "missing person")
      .put("evacuated", "evacuation").put("evacuating", "evacuation")
      .put("rescued", "rescue").put("rescuing", "rescue")
      .buildOrThrow();
  /** Forms that say what a figure counts only after it: "13 dead", "50 missing" (not "the dead 13"). */
  private static final ImmutableSet<String> ONLY_AFTER = ImmutableSet.of("dead", "missing");
  /** How many words may name the part of a whole counted: "nine of the young activists were arrested". */
  private static final int PART_WORDS = 4;
  /** Words that may stand between a counted noun and its verb: "13 people were killed". */
  private static final ImmutableSet<String> AUXILIARIES =
      ImmutableSet.of("were", "was", "have", "has", "had", "been", "are", "is", "being", "reportedly", "also",
          "later", "then", "subsequently", "eventually", "all");

  /**
   * What the figure in tokens [{@code first}, {@code last}] counts by the verb beside it: the verb
   * right before it ("killed 13", "killing at least 17 people"), or right after it or after its noun
   * and auxiliaries ("13 killed", "15 Palestinians were killed", "nine of the activists were
   * arrested"); null when no such verb stands there.
   */
  static String countedBy(QuantityTokens t, int first, int last) {
    if (first > 0 && t.isWord(first - 1)) {
      String verb = t.lower(first - 1);
      if (COUNTED.containsKey(verb) && !ONLY_AFTER.contains(verb)) {
        return COUNTED.get(verb);
      }
    }
    int i = last + 1;
    if (i < t.size() && t.isWord(i, "of")) {
      // "nine of the activists were arrested": the part counted, then its verb
      int j = i + 1;
      while (j < t.size() && j <= i + PART_WORDS && t.isWord(j) && !AUXILIARIES.contains(t.lower(j))
          && !COUNTED.containsKey(t.lower(j))) {
        j++;
      }
      if (j < t.size() && t.isWord(j) && j > i + 1) {
        i = j;
      }
    }
    int auxiliaries = 0;
    while (i < t.size() && t.isWord(i) && AUXILIARIES.contains(t.lower(i)) && auxiliaries < 3) {
      i++;
      auxiliaries++;
    }
    if (i < t.size() && t.isWord(i)) {
      return COUNTED.get(t.lower(i));
    }
    return null;
  }
}
