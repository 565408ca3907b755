package dev.crosscheck.fact;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether two names of speakers or sources name the same one, as reports write names:
 * "Kim", "Mr Kim" and "Kim Jong-un" are one person; "KCNA" and "the Korean Central News Agency" one
 * agency; "the Ministry" and "North Korea's Ministry of Foreign Affairs" one ministry. Stateless.
 */
public final class Names {
  /** Words that do not tell two names apart: articles, "'s", and the titles the table calls noise. */
  private static final ImmutableSet<String> NOISE = ImmutableSet.<String>builder()
      .add("the", "a", "an", "'s", "s", "of", "and", "for", "official", "state-run", "run")
      .addAll(Titles.withRole(Titles.Role.NOISE))
      .build();
  private static final ImmutableSet<String> GENERIC =
      ImmutableSet.of("state media", "media", "the agency", "agency", "officials", "reports", "a statement",
          "statement", "it", "they", "he", "she", "sources", "the report", "report");
  private static final CharMatcher SEPARATORS = CharMatcher.anyOf(" -‐‑–—.,’'\u00a0").or(CharMatcher.whitespace());

  private Names() {}

  /** Whether the name says nothing about who it is ("state media", "the agency", "officials"). */
  public static boolean isGeneric(String name) {
    return GENERIC.contains(name.trim().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the two names can name the same person or organisation: the words of one are among the
   * words of the other, or one is the acronym of the other. Case, titles, hyphens and possessives
   * do not count.
   */
  public static boolean same(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.containsAll(y) || y.containsAll(x)) {
      return true;
    }
    return isAcronymOf(a, b) || isAcronymOf(b, a);
  }

  private static boolean isAcronymOf(String acronym, String name) {
    String letters = CharMatcher.javaLetter().retainFrom(acronym);
    if (letters.length() < 2 || !letters.equals(letters.toUpperCase(Locale.ROOT))) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : Splitter.on(SEPARATORS).omitEmptyStrings().split(name)) {
      if (Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    String in = initials.toString();
    // "North Korea's Korean Central News Agency (KCNA)": the acronym may cover the last words only.
    return in.endsWith(letters) || in.equals(letters);
  }

  private static List<String> words(String name) {
    return Splitter.on(SEPARATORS).omitEmptyStrings().splitToStream(name.toLowerCase(Locale.ROOT))
        .filter(w -> !NOISE.contains(w))
        .collect(ImmutableList.toImmutableList());
  }

  /** How two names of an entity, as two reports write them, relate. */
  public enum Relation {
    /** The same name, or one the shorter form of the other ("Smith", "Andrew Smith"; "Kim Jong-un", "Kim Jong Un"). */
    SAME,
    /** One surname with another given name before it ("Andy Smith", "Andrew Smith"; "Fransiskus", "Henry Bambang"). */
    GIVEN_NAME,
    /** One word of the name spelled differently ("Nasser", "Naser"; "Krähenbühl", "Kraehenbuehl"). */
    SPELLING,
    /** Names of different entities, as far as their words tell. */
    NONE
  }

  /**
   * How two entity names relate, word by word. Case, diacritics, periods and hyphens are form
   * ({@link NameExtractor#key}). A spelling variant changes letters inside one word of five letters or
   * more, at most one letter in four and two in all (two only in vowels, "h", "w", "y" or a doubled
   * letter, as transliterations do), and keeps the first letter (or changes only it, in a word of
   * seven letters or more: "Gaddafi", "Qaddafi"). Another ending on one stem ("Korea", "Korean";
   * "Democrats", "Democratic") makes another word, not a spelling, except a plural inside a name of
   * three words or more whose other words agree ("Motion Pictures Arts", "Motion Picture Arts").
   *
   * @param a the naming words of one ({@link Name#words()})
   * @param b the naming words of the other
   * @return the relation
   */
  public static Relation relation(List<String> a, List<String> b) {
    List<String> x = keys(a);
    List<String> y = keys(b);
    if (x.isEmpty() || y.isEmpty()) {
      return Relation.NONE;
    }
    if (String.join("", x).equals(String.join("", y)) || x.containsAll(y) || y.containsAll(x)) {
      return Relation.SAME;
    }
    List<String> onlyX = new java.util.ArrayList<>(x);
    onlyX.removeAll(y);
    List<String> onlyY = new java.util.ArrayList<>(y);
    onlyY.removeAll(x);
    if (x.size() == y.size() && x.size() >= 3 && onlyX.size() == 1 && onlyY.size() == 1) {
      int at = x.indexOf(onlyX.get(0));
      String u = onlyX.get(0);
      String v = onlyY.get(0);
      if (at == y.indexOf(v) && at < x.size() - 1 && (u.equals(v + "s") || v.equals(u + "s"))) {
        return Relation.SPELLING; // "Academy of Motion Pictures Arts", "... Motion Picture Arts": one name
      }
    }
    if (initials(onlyX).equals(String.join("", onlyY)) || initials(onlyY).equals(String.join("", onlyX))
        || onlyX.size() == 1 && onlyY.size() == 1 && derived(onlyX.get(0), onlyY.get(0))) {
      return Relation.SAME; // "US Capitol", "United States Capitol"; "Guatemalan", "Guatemala Alejandro ..."
    }
    for (String u : x) {
      for (String v : y) {
        if (spelledAlike(u, v)) { // one word spelled two ways, the rest one name
          List<String> xr = new java.util.ArrayList<>(x);
          List<String> yr = new java.util.ArrayList<>(y);
          xr.remove(u);
          yr.remove(v);
          if (xr.containsAll(yr) || yr.containsAll(xr)) {
            return Relation.SPELLING;
          }
        }
      }
    }
    return givenKeys(x, y).isPresent() ? Relation.GIVEN_NAME : Relation.NONE;
  }

  /**
   * The two given names that differ before one surname, as keys, when the names are the
   * {@link Relation#GIVEN_NAME} of each other: {"andy", "andrew"} for "Andy Smith" and "Andrew Smith".
   * Another initial is another name only when more than the surname ties the two ("Fransiskus
   * Bambang Soelistyo", "Henry Bambang Soelistyo"); with the surname alone it is likelier another
   * person of that name ("Donald Trump", "Melania Trump").
   *
   * @param a the naming words of one
   * @param b the naming words of the other
   * @return the two differing given names, or empty
   */
  public static Optional<List<String>> givenNames(List<String> a, List<String> b) {
    return givenKeys(keys(a), keys(b));
  }

  /** {@link #givenNames} of names already turned into {@link #keys}. */
  private static Optional<List<String>> givenKeys(List<String> x, List<String> y) {
    int i = x.size() - 1;
    int j = y.size() - 1;
    if (i < 1 || j < 1 || !x.get(i).equals(y.get(j)) || x.get(i).length() < 2) {
      return Optional.empty();
    }
    while (i > 0 && j > 0) {
      i--;
      j--;
      if (!x.get(i).equals(y.get(j))) {
        String u = x.get(i);
        String v = y.get(j);
        if (u.length() < 2 || v.length() < 2) {
          return Optional.empty();
        }
        return u.charAt(0) == v.charAt(0) || x.size() - i >= 3 && y.size() - j >= 3
            ? Optional.of(List.of(u, v)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether two words are one word spelled two ways, by the rule {@link #relation} gives.
   *
   * @param u one word's key
   * @param v the other's
   * @return whether they are spelling variants of each other
   */
  public static boolean spelledAlike(String u, String v) {
    if (u.equals(v) || u.length() < 5 || v.length() < 5 || u.startsWith(v) || v.startsWith(u) || derived(u, v)) {
      return false;
    }
    int longest = Math.max(u.length(), v.length());
    int d = distance(u, v, 2);
    if (d > 2 || 4 * d > longest) {
      return false;
    }
    if (d == 2 && !skeleton(u).equals(skeleton(v))) {
      return false; // two changes must be vowels or doubled letters: "Jabalia", "Jebaliya"; not "American", "African"
    }
    return u.charAt(0) == v.charAt(0) || d == 1 && longest >= 7;
  }

  /** Endings that make a place's adjective or people ("Indonesian", "Chinese", "Israeli", "Moroccan"). */
  private static final ImmutableList<String> PLACE_ADJECTIVE_ENDINGS = ImmutableList.of("n", "an", "ian", "ese", "i", "ic");
  /** Endings a place's name drops for its adjective ("Chin-a" / "Chin-ese", "Palestin-e" / "Palestin-ian"). */
  private static final ImmutableList<String> PLACE_ENDINGS = ImmutableList.of("", "a", "e", "o", "y");

  /**
   * Whether two lower-case words name one place: the same word, one spelled two ways
   * ({@link #spelledAlike}: "jabalia", "jebaliya"), or a place and its adjective ("indonesia",
   * "indonesian"; "china", "chinese"; "israel", "israeli"). A longer name is not its adjective
   * ("niger", "nigeria" are two countries).
   *
   * @param u one word, lower case
   * @param v the other, lower case
   * @return whether they name the same place
   */
  public static boolean samePlace(String u, String v) {
    if (u.equals(v) || spelledAlike(u, v)) {
      return true;
    }
    int p = 0;
    while (p < u.length() && p < v.length() && u.charAt(p) == v.charAt(p)) {
      p++;
    }
    if (p < 4) {
      return false;
    }
    String tu = u.substring(p);
    String tv = v.substring(p);
    return PLACE_ENDINGS.contains(tu) && PLACE_ADJECTIVE_ENDINGS.contains(tv)
        || PLACE_ENDINGS.contains(tv) && PLACE_ADJECTIVE_ENDINGS.contains(tu);
  }

  /** The word's consonants, doubled ones once, without vowels, "y", "h" or "w": how a transliteration keeps it. */
  private static String skeleton(String w) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if ("aeiouyhw".indexOf(c) < 0 && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether two words are one stem with other endings: a common beginning of five letters or more and
   * endings two edits apart or more, or the one word the other's beginning ("Democrats",
   * "Democratic"; "Morocco", "Moroccan"; "Canada", "Canadian"; "Guatemala", "Guatemalan"). An ending
   * one edit apart is a spelling ("Lukashenko", "Lukashenka"; "Mohammed", "Mohamed").
   */
  static boolean derived(String u, String v) {
    int p = 0;
    while (p < u.length() && p < v.length() && u.charAt(p) == v.charAt(p)) {
      p++;
    }
    return p >= 5 && (p == Math.min(u.length(), v.length()) || distance(u.substring(p), v.substring(p), 2) >= 2);
  }

  private static String initials(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      out.append(w.charAt(0));
    }
    return out.toString();
  }

  /** Levenshtein distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. */
  static int distance(String u, String v, int limit) {
    if (Math.abs(u.length() - v.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[v.length() + 1];
    int[] cur = new int[v.length() + 1];
    for (int j = 0; j <= v.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= u.length(); i++) {
      cur[0] = i;
      int best = cur[0];
      for (int j = 1; j <= v.length(); j++) {
        int cost = u.charAt(i - 1) == v.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        best = Math.min(best, cur[j]);
      }
      if (best > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[v.length()];
  }

  /**
   * The keys a name's words are compared by: {@link NameExtractor#key}, a possessive dropped,
   * hyphenated words split ("Jong-un" is "jong", "un"), initials kept.
   *
   * @param words naming words as written
   * @return their keys, in order
   */
  public static List<String> keys(List<String> words) {
    List<String> out = new java.util.ArrayList<>();
    for (String w : words) {
      String k = NameExtractor.key(w);
      if (k.endsWith("'s")) {
        k = k.substring(0, k.length() - 2);
      }
      for (String part : Splitter.on(CharMatcher.anyOf("-‐‑")).omitEmptyStrings().split(k)) {
        out.add(part);
      }
    }
    return out;
  }
}
