package dev.crosscheck.text;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * The abbreviations the tokenizer keeps whole with their period, and the words that may open a sentence
 * after an abbreviation that can also close one ("in the U.S. The ...").
 *
 * <p>Two kinds, because they behave differently at a sentence end: a title ("Mr.", "Gen.") is always
 * followed by a name, so its period never ends a sentence; an abbreviation such as "Inc.", "Jr.",
 * "Sept." or "U.S." often ends one, and does so only when the next word is a typical sentence opener.
 */
final class Abbreviations {

  /** Whether an abbreviation's period may end a sentence. */
  enum Kind {
    /** Never ends a sentence: a title before a name. */
    TITLE,
    /** Ends a sentence only before a typical sentence opener. */
    AMBIGUOUS
  }

  /** Titles, compared with a capital first letter as written ("Mr", "MR"). */
  private static final ImmutableSet<String> TITLES =
      ImmutableSet.of(
          "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "gen", "lt", "col", "maj", "capt", "cmdr",
          "sgt", "adm", "cpl", "pvt", "brig", "sen", "sens", "rep", "reps", "gov", "govs", "pres", "rev",
          "hon", "supt", "atty", "insp", "amb", "fr", "msgr", "gens");

  /** Titles and forms written in lower case. */
  private static final ImmutableSet<String> LOWER_CASE_TITLES = ImmutableSet.of("vs", "cf");

  /**
   * Abbreviations that may close a sentence: company and name suffixes, streets and places, months and
   * weekdays, the AP style state names. Compared with a capital first letter.
   */
  private static final ImmutableSet<String> AMBIGUOUS =
      ImmutableSet.of(
          "inc", "co", "corp", "ltd", "plc", "llc", "jr", "sr", "st", "mt", "ft", "ave", "blvd", "rd", "bros",
          "dept", "univ", "assn", "fig", "figs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
          "oct", "nov",
          "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "ala", "ariz", "ark", "calif",
          "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich",
          "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash",
          "wis", "wyo");

  /** Lower-case abbreviations that may close a sentence. */
  private static final ImmutableSet<String> LOWER_CASE_AMBIGUOUS =
      ImmutableSet.of("etc", "al", "approx", "est", "incl");

  /**
   * Words that typically open a sentence. After an ambiguous abbreviation a capitalised word from this
   * closed list ("The", "He", "But") starts a new sentence, while a name or title ("U.S. President")
   * does not.
   */
  private static final ImmutableSet<String> SENTENCE_OPENERS =
      ImmutableSet.of(
          "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
          "my", "your", "this", "that", "these", "those", "there", "here", "but", "and", "or", "so", "yet",
          "in", "on", "at", "for", "from", "with", "by", "of", "to", "as", "if", "when", "while", "after",
          "before", "although", "though", "because", "since", "however", "meanwhile", "still", "now",
          "then", "also", "not", "what", "why", "how", "who", "where", "which", "some", "many", "most",
          "all", "both", "each", "one", "two", "three", "such", "during", "under", "until", "instead",
          "mr", "mrs", "ms", "dr", "asked", "according", "despite", "other", "another", "every", "no");

  private Abbreviations() {}

  /**
   * The kind of abbreviation {@code word} is when a period follows it, or {@code null} when the period
   * is an ordinary full stop. {@code beforeDigit} tells whether a digit follows the period: "No." is an
   * abbreviation only in "No. 1".
   */
  static Kind kindOf(String word, boolean beforeDigit) {
    if (word.isEmpty()) {
      return null;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    boolean capital = Character.isUpperCase(word.codePointAt(0));
    if (lower.equals("no") || lower.equals("nos")) {
      return capital && beforeDigit ? Kind.TITLE : null;
    }
    if (capital) {
      if (TITLES.contains(lower)) {
        return Kind.TITLE;
      }
      if (AMBIGUOUS.contains(lower)) {
        return Kind.AMBIGUOUS;
      }
      return null;
    }
    if (!word.equals(lower)) {
      return null;
    }
    if (LOWER_CASE_TITLES.contains(lower)) {
      return Kind.TITLE;
    }
    return LOWER_CASE_AMBIGUOUS.contains(lower) ? Kind.AMBIGUOUS : null;
  }

  /** Whether a word with this normalised form typically opens a sentence. */
  static boolean opensSentence(String norm) {
    return SENTENCE_OPENERS.contains(norm);
  }
}
