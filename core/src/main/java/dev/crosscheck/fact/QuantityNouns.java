package dev.crosscheck.fact;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * Finds the noun a number counts: "10,000 North Korean workers" counts workers. The noun phrase
 * runs over at most {@value #MAX_WORDS} words after the number and ends at punctuation, a number, a
 * function word (preposition, article, conjunction, pronoun, auxiliary), a possessive or an adverb in
 * "-ly", or a verb in "-ed". A number other than one counts the first plural word of that phrase
 * ("four senior officials"); one counts the last word before a verb-like word (a word in "-s" or a
 * frequent irregular past: "one soldier died"), unless it is a name ("one Washington").
 * No word list of nouns is needed, and no particular noun is special.
 */
final class QuantityNouns {

  /** The counted noun, singular and lower case, and the token where the phrase ends. */
  record Found(String noun, int last) {}

  static final int MAX_WORDS = 4;

  /** Words after "N of" that make the figure a part of a whole whose noun it counts. */
  private static final ImmutableSet<String> PART_DETERMINERS =
      ImmutableSet.of("the", "its", "their", "his", "her", "our", "these", "those");

  private static final ImmutableSet<String> STOP =
      ImmutableSet.of(
          // articles, determiners, pronouns
          "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
          "my", "your", "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me",
          "each", "every", "all", "both", "other", "another", "such", "which", "who", "whom",
          "whose", "what", "there", "here", "one", "ones",
          // prepositions
          "of", "in", "on", "at", "to", "for", "with", "from", "by", "about", "over", "under",
          "into", "onto", "off", "after", "before", "during", "since", "until", "till", "through",
          "between", "among", "across", "against", "per", "than", "as", "like", "near", "without",
          "within", "around", "amid", "toward", "towards", "upon", "via", "out", "up", "down",
          // conjunctions
          "and", "or", "but", "nor", "so", "yet", "while", "when", "where", "because", "if",
          "although", "though", "whether", "then",
          // auxiliaries and reporting verbs
          "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do",
          "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
          "must", "said", "says", "say", "told", "tells",
          // adverbs and other words that follow a number without being counted
          "ago", "later", "earlier", "ahead", "apiece", "together", "more", "less", "fewer",
          "too", "also", "only", "just", "not", "now", "again", "already", "still", "even",
          "times", "time", "percent", "cent", "o'clock", "am", "pm", "somewhat", "very", "quite",
          "rather", "much", "far", "well", "almost", "nearly", "some", "no", "any", "own",
          // adjectives that follow their noun ("one person familiar with the talks")
          "familiar", "close", "involved", "responsible", "aware", "present", "available",
          "concerned", "knowledgeable", "able", "unable", "alive", "dead", "left", "total");

  /** Frequent irregular past tenses, which end the phrase after "one" ("one soldier died"). */
  private static final ImmutableSet<String> PAST =
      ImmutableSet.of(
          "died", "came", "went", "left", "took", "got", "made", "saw", "gave", "found", "became",
          "began", "ran", "won", "lost", "met", "held", "kept", "fell", "stood", "sat", "brought",
          "thought", "felt", "led", "paid", "spent", "sent", "knew", "wrote", "spoke", "broke",
          "chose", "drove", "flew", "grew", "hit", "put", "set", "shot", "struck", "fought",
          "caught", "sold", "bought", "built", "fled", "hid", "rose", "woke", "wore");

  private static final ImmutableMap<String, String> IRREGULAR =
      ImmutableMap.<String, String>builder()
          .put("people", "person").put("men", "man").put("women", "woman")
          .put("children", "child").put("police", "police").put("feet", "foot")
          .put("teeth", "tooth").put("mice", "mouse").put("geese", "goose")
          .put("personnel", "personnel").put("staff", "staff").put("cattle", "cattle")
          .put("lives", "life").put("wives", "wife").put("knives", "knife").put("halves", "half")
          .put("leaves", "leaf").put("thieves", "thief").put("wolves", "wolf")
          .put("shelves", "shelf").put("dwarves", "dwarf").put("calves", "calf")
          .put("selves", "self").put("scarves", "scarf").put("hooves", "hoof").put("criteria", "criterion").put("data", "data")
          // plurals written as the singular
          .put("aircraft", "aircraft").put("spacecraft", "spacecraft").put("sheep", "sheep").put("deer", "deer")
          .put("fish", "fish").put("livestock", "livestock").put("offspring", "offspring")
          .buildOrThrow();

  private QuantityNouns() {}

  /**
   * The noun counted by a number whose last token is {@code numberLast}; {@code one}: the number is
   * one. Null when no noun follows.
   */
  static Found after(QuantityTokens t, int numberLast, boolean one) {
    if (!one && t.isWord(numberLast + 1, "of") && t.isWord(numberLast + 2)
        && PART_DETERMINERS.contains(t.lower(numberLast + 2))
        && !(t.isWord(numberLast) && NumberParser.isFractionWord(t.lower(numberLast)))) {
      // "80 of its schools", "nine of the activists": a part of a whole counts what the whole is
      // ("a quarter of the staff" is a share, not a count)
      Found whole = after(t, numberLast + 2, false);
      boolean counted = false; // "five of the three-ton satellites": the whole holds its own figure
      for (int i = numberLast + 3; whole != null && i <= whole.last(); i++) {
        counted |= t.isDigits(i) || t.isWord(i) && NumberParser.isNumberWord(t.lower(i));
      }
      if (whole != null && !counted) {
        return whole;
      }
    }
    int k = numberLast + 1;
    int head = -1;
    for (int words = 0; words < MAX_WORDS && t.isWord(k) && !t.attached(k); words++) {
      // words joined by hyphens are one word, whose last part is the head ("wreath-laying")
      int e = k;
      while (t.isSymbolIn(e + 1, "-‐") && t.attached(e + 1) && t.isWord(e + 2) && t.attached(e + 2)) {
        e += 2;
      }
      String w = t.lower(e);
      if (w.indexOf('\'') >= 0 || w.indexOf('’') >= 0) {
        break;
      }
      if (e == k && (STOP.contains(w) || (w.length() > 3 && w.endsWith("ly")) || NumberParser.isNumberWord(w))) {
        break;
      }
      // "50 attended classes": a verb in "-ed" may follow a number whose noun is left out; better
      // no noun than a wrong one (this also loses "two armed men")
      if (e == k && w.length() > 4 && w.endsWith("ed")) {
        break;
      }
      if (!one && isPlural(w)) {
        return new Found(singular(w), e);
      }
      // after "one" the phrase ends before its verb: "one soldier died", "one official remains"
      if (one && head >= 0 && e == k && (isPlural(w) || PAST.contains(w))) {
        break;
      }
      head = e;
      k = e + 1;
    }
    if (!one || head < 0 || t.capitalized(head)) {
      return null;
    }
    return new Found(t.lower(head), head);
  }

  /** Whether the lower-case word looks like a plural noun. */
  static boolean isPlural(String w) {
    if (IRREGULAR.containsKey(w)) {
      return true;
    }
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is") && !w.endsWith("ous");
  }

  /** The singular of a lower-case plural ("countries" -> "country", "workers" -> "worker"). */
  static String singular(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    String irregular = IRREGULAR.get(lower);
    if (irregular != null) {
      return irregular;
    }
    if (!isPlural(lower)) {
      return lower;
    }
    if (lower.endsWith("ies") && lower.length() > 4) {
      return lower.substring(0, lower.length() - 3) + "y";
    }
    for (String suffix : new String[] {"sses", "xes", "zzes", "ches", "shes"}) {
      if (lower.endsWith(suffix)) {
        return lower.substring(0, lower.length() - 2);
      }
    }
    return lower.substring(0, lower.length() - 1);
  }
}
