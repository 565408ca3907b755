package dev.crosscheck.fact;

import static dev.crosscheck.fact.AttributionVocabulary.ABBREVIATIONS;
import static dev.crosscheck.fact.AttributionVocabulary.CALENDAR;
import static dev.crosscheck.fact.AttributionVocabulary.MEDIA_NOUNS;
import static dev.crosscheck.fact.AttributionVocabulary.MODIFIERS;
import static dev.crosscheck.fact.AttributionVocabulary.NAME_CONNECTORS;
import static dev.crosscheck.fact.AttributionVocabulary.NOT_NAMES;
import static dev.crosscheck.fact.AttributionVocabulary.ORGANISATION_NOUNS;
import static dev.crosscheck.fact.AttributionVocabulary.ORGANISATION_WORDS;
import static dev.crosscheck.fact.AttributionVocabulary.PERSON_PRONOUNS;
import static dev.crosscheck.fact.AttributionVocabulary.PERSON_TITLES;
import static dev.crosscheck.fact.AttributionVocabulary.ROLE_NOUNS;
import static dev.crosscheck.fact.AttributionVocabulary.SPEECH_VERBS;
import static dev.crosscheck.fact.AttributionVocabulary.TITLES;

import dev.crosscheck.text.Paragraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words of a document outside its quotations, as attribution reads them: each quotation is one
 * placeholder word, capitalised runs are grouped into names, and every word knows its sentence.
 * A light scanner of its own, so that attribution does not hang on the tokenizer's choices; it keeps
 * the original offsets of every word.
 */
final class AttributionText {

  /** What a word is. */
  enum Type {
    WORD,
    PUNCT,
    QUOTE
  }

  /**
   * One word, punctuation mark or quotation placeholder.
   *
   * @param quote for a placeholder, the index of its quotation; -1 otherwise
   * @param endParagraph the paragraph where the word ends (a quotation may run on)
   */
  record Word(
      int start, int end, String text, String lower, Type type, int paragraph, int endParagraph, int quote) {

    boolean is(String s) {
      return type == Type.WORD && lower.equals(s);
    }

    boolean capitalised() {
      return type == Type.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    boolean possessive() {
      return type == Type.WORD
          && (lower.endsWith("’s") || lower.endsWith("'s") || lower.endsWith("s’") || lower.endsWith("s'"));
    }
  }

  /**
   * A run of capitalised words: "Kim Jong Un", "Ministry of Foreign Affairs", "Mr Putin".
   *
   * @param nameFirst the first word after any titles; -1 when the run is all titles ("President")
   */
  record Chunk(int first, int last, int nameFirst, boolean organisation, boolean possessive, boolean titled) {}

  /** What an entity is. */
  enum Kind {
    PERSON,
    ORGANISATION,
    /** "he", "she": a person named before. */
    PERSON_PRONOUN,
    /** "it": the organisation named before. */
    ORGANISATION_PRONOUN,
    /** "the agency", "the Ministry": the organisation of that kind named before. */
    ANAPHOR
  }

  /**
   * A speaker or source as the text names it.
   *
   * @param name the name as written, titles and possessive dropped (for an anaphor: what to use when
   *     nothing before resolves it, or null)
   * @param noun for an anaphor, the organisation noun it stands for ("agency", "ministry")
   */
  record Entity(Kind kind, String name, int start, int end, String noun) {}

  final String text;
  final Word[] words;
  final int[] sentence;
  final List<Chunk> chunks = new ArrayList<>();
  final int[] chunkOf;

  private AttributionText(String text, List<Word> words) {
    this.text = text;
    this.words = words.toArray(new Word[0]);
    this.sentence = new int[this.words.length];
    this.chunkOf = new int[this.words.length];
    Arrays.fill(chunkOf, -1);
  }

  /**
   * Reads the paragraphs; {@code regions} are the quotations' [opening mark, region end) in text
   * order, each replaced by one placeholder word. {@code endsSentence} tells for each quotation
   * whether its quoted text ends a sentence.
   */
  static AttributionText read(
      String text, List<Paragraph> paragraphs, int[][] regions, int[] lastParagraph, boolean[] endsSentence) {
    List<Word> words = new ArrayList<>();
    int next = 0;
    int cursor = 0;
    for (Paragraph p : paragraphs) {
      int pos = Math.max(p.start(), cursor);
      while (pos < p.end()) {
        int open = next < regions.length ? regions[next][0] : Integer.MAX_VALUE;
        if (open < p.end() && open >= pos) {
          scanWords(text, pos, open, p.index(), words);
          int end = regions[next][1];
          words.add(
              new Word(open, end, text.substring(open, Math.min(end, open + 1)), "", Type.QUOTE, p.index(),
                  lastParagraph[next], next));
          next++;
          pos = end;
          cursor = end;
        } else {
          scanWords(text, pos, p.end(), p.index(), words);
          pos = p.end();
        }
      }
    }
    AttributionText t = new AttributionText(text, words);
    t.findChunks();
    t.findSentences(endsSentence);
    return t;
  }

  /** Splits {@code text[from, to)} into words and punctuation. */
  static void scanWords(String text, int from, int to, int paragraph, List<Word> out) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (QuoteMarks.isBlank(c)) {
        i++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        out.add(word(text, i, i + 1, Type.PUNCT, paragraph));
        i++;
        continue;
      }
      int j = i + 1;
      while (j < to) {
        char d = text.charAt(j);
        if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
          j++;
        } else if (j + 1 < to && "-'’.".indexOf(d) >= 0 && Character.isLetterOrDigit(text.charAt(j + 1))) {
          j += 2;
        } else if (d == ',' && j + 1 < to && Character.isDigit(text.charAt(j - 1))
            && Character.isDigit(text.charAt(j + 1))) {
          j += 2;
        } else {
          break;
        }
      }
      if (j < to) {
        char d = text.charAt(j);
        String w = text.substring(i, j);
        if (d == '.' && (ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT)) || w.indexOf('.') > 0
            || (w.length() == 1 && Character.isUpperCase(c)))) {
          j++;
        } else if ((d == '\'' || d == '’') && (w.endsWith("s") || w.endsWith("S"))
            && (j + 1 >= to || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
          j++;
        }
      }
      out.add(word(text, i, j, Type.WORD, paragraph));
      i = j;
    }
  }

  private static Word word(String text, int start, int end, Type type, int paragraph) {
    String s = text.substring(start, end);
    return new Word(start, end, s, s.toLowerCase(Locale.ROOT), type, paragraph, paragraph, -1);
  }

  int size() {
    return words.length;
  }

  Chunk chunkAt(int i) {
    return i >= 0 && i < words.length && chunkOf[i] >= 0 ? chunks.get(chunkOf[i]) : null;
  }

  boolean isWord(int i, String s) {
    return i >= 0 && i < words.length && words[i].is(s);
  }

  private boolean nameWord(int i) {
    Word w = words[i];
    if (!w.capitalised()) {
      return false;
    }
    String bare = stripPeriod(w.lower);
    if (NOT_NAMES.contains(bare) || CALENDAR.contains(bare) || participle(bare)) {
      return false;
    }
    // Datelines and captions in capitals ("VLADIVOSTOK, Russia", "TRUMP (right)") are no names.
    return !(w.text.length() > 5 && w.text.equals(w.text.toUpperCase(Locale.ROOT)));
  }

  /** "Calling it ...", "Asked about ...": a sentence-initial speech verb is no name. */
  private static boolean participle(String lower) {
    return SPEECH_VERBS.contains(lower) && (lower.endsWith("ing") || lower.endsWith("ed"));
  }

  /** A speech verb as a verb: in lower case, so "the United States" holds none. */
  static boolean speechVerb(Word w) {
    return w.type == Type.WORD && SPEECH_VERBS.contains(w.lower) && !w.capitalised();
  }

  private static String stripPeriod(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static boolean acronym(Word w) {
    String t = w.text;
    if (t.length() < 2 || t.length() > 5) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isUpperCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean organisationWord(Word w) {
    String bare = w.possessive() ? w.lower.substring(0, w.lower.length() - 2) : w.lower;
    return ORGANISATION_WORDS.contains(bare) || acronym(w);
  }

  private void findChunks() {
    int n = words.length;
    int i = 0;
    while (i < n) {
      if (!nameWord(i)) {
        i++;
        continue;
      }
      int j = i;
      boolean organisation = false;
      int lastTitle = -1;
      while (true) {
        Word w = words[j];
        organisation |= organisationWord(w);
        if (TITLES.contains(stripPeriod(w.lower))) {
          lastTitle = j;
        }
        if (w.possessive()) {
          break;
        }
        if (j + 1 < n && words[j + 1].paragraph == w.paragraph && nameWord(j + 1)) {
          j++;
        } else if (j + 2 < n && NAME_CONNECTORS.contains(words[j + 1].lower) && words[j + 1].type == Type.WORD
            && (organisation || lastTitle == j) && nameWord(j + 2)) {
          // "Ministry of Foreign Affairs", "Secretary of State"; not "Mark Warner of Virginia"
          j += 2;
        } else {
          break;
        }
      }
      if (organisation && lastTitle >= i && lastTitle < j && PERSON_TITLES.contains(stripPeriod(words[lastTitle].lower))) {
        // "White House Press Secretary Josh Earnest": an organisation's officer is a person.
        boolean organisationAfter = false;
        for (int k = lastTitle + 1; k <= j; k++) {
          organisationAfter |= organisationWord(words[k]);
        }
        organisation = organisationAfter;
      }
      int nameFirst = organisation ? i : lastTitle + 1 > i ? lastTitle + 1 : i;
      if (nameFirst > j) {
        nameFirst = -1;
      }
      for (int k = i; k <= j; k++) {
        chunkOf[k] = chunks.size();
      }
      chunks.add(new Chunk(i, j, nameFirst, organisation, words[j].possessive(), !organisation && lastTitle >= 0));
      i = j + 1;
    }
  }

  private void findSentences(boolean[] endsSentence) {
    int id = 0;
    for (int k = 0; k < words.length; k++) {
      if (k > 0 && boundary(words[k - 1], words[k], endsSentence)) {
        id++;
      }
      sentence[k] = id;
    }
  }

  private static boolean boundary(Word a, Word b, boolean[] endsSentence) {
    if (a.endParagraph != b.paragraph) {
      return true;
    }
    if (a.type == Type.PUNCT) {
      return a.text.equals(".") || a.text.equals("!") || a.text.equals("?");
    }
    return a.type == Type.QUOTE && endsSentence[a.quote] && b.capitalised();
  }

  /** The name of a chunk as written: titles and possessive dropped; null when it is all titles. */
  String name(Chunk c) {
    if (c.nameFirst() < 0) {
      return null;
    }
    return text.substring(words[c.nameFirst()].start, nameEnd(c));
  }

  int nameEnd(Chunk c) {
    Word last = words[c.last()];
    if (!last.possessive()) {
      return last.end;
    }
    return last.lower.endsWith("s") ? last.end - 2 : last.end - 1;
  }

  /** Whether "the" (possibly with modifiers: "the official") stands right before word {@code i}. */
  private boolean theBefore(int i) {
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
      Word w = words[k];
      if (w.is("the") || w.is("its")) {
        return true;
      }
      if (w.type != Type.WORD || !MODIFIERS.contains(w.lower)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The entity whose last word is word {@code i}, or null: a name, "he"/"she"/"it", "the agency",
   * "state media", "the RIA Novosti news agency". {@code lower} bounds the look back.
   */
  Entity entityEndingAt(int i, int lower) {
    if (i < 0 || i >= words.length || words[i].type != Type.WORD) {
      return null;
    }
    Word w = words[i];
    if (PERSON_PRONOUNS.contains(w.lower)) {
      return new Entity(Kind.PERSON_PRONOUN, null, w.start, w.end, null);
    }
    if (w.lower.equals("it")) {
      return new Entity(Kind.ORGANISATION_PRONOUN, null, w.start, w.end, null);
    }
    Chunk c = chunkAt(i);
    if (c != null && c.last() == i) {
      return chunkEntity(c);
    }
    if (c == null && ORGANISATION_NOUNS.contains(w.lower)) {
      int k = i - 1;
      int first = i;
      while (k >= lower && k > i - 4 && words[k].type == Type.WORD && MODIFIERS.contains(words[k].lower)
          && !words[k].is("the") && !words[k].is("a") && !words[k].is("an") && !words[k].is("its")) {
        first = k;
        k--;
      }
      Chunk named = k >= lower ? chunkAt(k) : null;
      if (MEDIA_NOUNS.contains(w.lower)) {
        if (named != null) {
          first = named.first();
        }
        return new Entity(Kind.ORGANISATION, text.substring(words[first].start, w.end), words[first].start, w.end, null);
      }
      if (named != null && !named.possessive() && named.nameFirst() >= 0) {
        // "the RIA Novosti news agency": the name before the noun names the organisation.
        return new Entity(Kind.ORGANISATION, name(named), words[named.nameFirst()].start, nameEnd(named), null);
      }
      if (k >= lower && (words[k].is("the") || words[k].is("its"))) {
        return new Entity(Kind.ANAPHOR, null, w.start, w.end, w.lower);
      }
    }
    return null;
  }

  private Entity chunkEntity(Chunk c) {
    String name = name(c);
    if (name == null) {
      return null;
    }
    int start = words[c.nameFirst()].start;
    int end = nameEnd(c);
    boolean the = theBefore(c.first());
    if (c.organisation()) {
      String single = c.first() == c.last() ? stripPeriod(words[c.first()].lower) : null;
      if (the && single != null && ORGANISATION_NOUNS.contains(single)) {
        // "the Ministry": the ministry named before, or just "Ministry" if none was.
        return new Entity(Kind.ANAPHOR, name, start, end, single);
      }
      return new Entity(Kind.ORGANISATION, name, start, end, null);
    }
    // Persons are not "the X"; "the North Koreans", "the Korean Peninsula" are groups or things.
    return new Entity(the && !c.titled() ? Kind.ORGANISATION : Kind.PERSON, name, start, end, null);
  }

  /**
   * The entity that starts at word {@code i} or after a few modifiers ("the official Korean Central
   * News Agency", "North Korea's state-run Korean Central News Agency", "leader Kim"), or null.
   */
  Entity entityStartingAt(int i, int limit) {
    int j = i;
    for (int skips = 0; j < limit && skips < 6; skips++) {
      Word w = words[j];
      if (w.type != Type.WORD) {
        return null;
      }
      Chunk c = chunkAt(j);
      if (c != null) {
        Word after = c.last() + 1 < limit ? words[c.last() + 1] : null;
        boolean modifier = c.possessive() || c.nameFirst() < 0
            || after != null && after.type == Type.WORD
                && (MODIFIERS.contains(after.lower) || ORGANISATION_NOUNS.contains(after.lower)
                    || ROLE_NOUNS.contains(after.lower));
        if (!modifier) {
          return entityEndingAt(c.last(), i);
        }
        j = c.last() + 1;
        continue;
      }
      if (PERSON_PRONOUNS.contains(w.lower) || w.lower.equals("it") || ORGANISATION_NOUNS.contains(w.lower)) {
        return entityEndingAt(j, i);
      }
      if (!MODIFIERS.contains(w.lower) && !ROLE_NOUNS.contains(w.lower)) {
        return null;
      }
      j++;
    }
    return null;
  }

  /** Whether the chunk names a person for sure: a title, or a role word before or after it. */
  boolean evidentlyPerson(Chunk c) {
    if (c.organisation() || c.nameFirst() < 0) {
      return false;
    }
    if (c.titled()) {
      return true;
    }
    int before = c.first() - 1;
    if (before >= 0 && words[before].type == Type.WORD && ROLE_NOUNS.contains(words[before].lower)) {
      return true;
    }
    int after = c.last() + 1;
    return after + 1 < words.length && words[after].text.equals(",")
        && words[after + 1].type == Type.WORD && ROLE_NOUNS.contains(words[after + 1].lower);
  }
}
