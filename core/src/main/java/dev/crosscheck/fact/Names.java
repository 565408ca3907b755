package dev.crosscheck.fact;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;

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
}
