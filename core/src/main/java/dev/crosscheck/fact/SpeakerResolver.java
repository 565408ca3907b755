package dev.crosscheck.fact;

import static dev.crosscheck.fact.AttributionVocabulary.AGENCY_ACRONYMS;
import static dev.crosscheck.fact.AttributionVocabulary.INVERTIBLE_VERBS;
import static dev.crosscheck.fact.AttributionVocabulary.MODIFIERS;
import static dev.crosscheck.fact.AttributionVocabulary.NOT_NAMES;
import static dev.crosscheck.fact.AttributionVocabulary.ORGANISATION_NOUNS;
import static dev.crosscheck.fact.AttributionVocabulary.PASSIVE_AUXILIARIES;
import static dev.crosscheck.fact.AttributionVocabulary.PREPOSITIONS;
import static dev.crosscheck.fact.AttributionVocabulary.QUOTING_VERBS;
import static dev.crosscheck.fact.AttributionVocabulary.ROLE_NOUNS;
import static dev.crosscheck.fact.AttributionVocabulary.TITLES;
import static dev.crosscheck.fact.AttributionVocabulary.VERB_MODIFIERS;

import dev.crosscheck.fact.AttributionText.Chunk;
import dev.crosscheck.fact.AttributionText.Entity;
import dev.crosscheck.fact.AttributionText.Kind;
import dev.crosscheck.fact.AttributionText.Type;
import dev.crosscheck.fact.AttributionText.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds who said a quotation (the speaker) and who reports it (the source) from the words around it.
 * One instance serves one document and must see its quotations in text order, because "he", "it",
 * "the agency" and a quotation's continuation point back at what came before.
 *
 * <p>The order of evidence, strongest first: a name the quotation itself credits ("“Kim Jong Un said
 * that ...,” the Ministry said"); the object of a quoting verb ("KCNA quoted Kim as saying"); the
 * subject of a speech verb right after the quotation ("..., Putin said", "..., said Kim Keun-sik") or
 * before it ("Mr Kim told the Russian president “...”"); then, for what is still unknown, the previous
 * quotation of the same sentence, the subject of a participle's sentence ("..., saying “...”"), and
 * the source of the previous quotation by the same speaker. Persons are speakers, organisations
 * (names with Agency, Ministry, News..., acronyms, "state media", "the X") are sources.
 */
final class SpeakerResolver {

  /** A resolved speaker and source; either may be null. */
  record Attribution(Entity speaker, Entity source) {}

  /** What the words on one side of a quotation say about it. */
  private static final class Found {
    Entity who;
    Entity object;
    Entity according;
    boolean needsSubject;
  }

  /** Lower-case words after a name that show it is not a subject: "between Kim and Putin as". */
  private static final Set<String> NOT_VERBS = Set.of("and", "or", "as", "but", "nor", "who", "which", "whose");

  private static final int LOOK_BACK = 200;
  private static final int LOOK_AHEAD = 80;

  private final AttributionText t;
  private final int[] placeholder;
  private final TreeMap<Integer, Entity> persons = new TreeMap<>();
  private final List<Entity> organisations = new ArrayList<>();
  private final Set<String> knownPersons = new HashSet<>();
  private final Set<String> places = new HashSet<>();

  private Entity previousSpeaker;
  private Entity previousSource;
  private int previousSentence = -1;
  private int previousParagraph = Integer.MIN_VALUE / 2;

  SpeakerResolver(AttributionText t, int quotations) {
    this.t = t;
    this.placeholder = new int[quotations];
    Arrays.fill(placeholder, -1);
    for (int i = 0; i < t.size(); i++) {
      Word w = t.words[i];
      if (w.type() == Type.QUOTE) {
        placeholder[w.quote()] = i;
      }
    }
    for (Chunk c : t.chunks) {
      String name = t.name(c);
      if (name == null) {
        continue;
      }
      if (t.evidentlyPerson(c)) {
        addKnownPerson(name);
      } else if (!c.organisation() && (t.isWord(c.first() - 1, "in") || t.isWord(c.first() - 1, "to"))) {
        places.add(normal(name));
      }
      Entity e = t.entityEndingAt(c.last(), c.first());
      if (e != null && e.kind() == Kind.ORGANISATION && c.organisation()) {
        organisations.add(e);
      }
    }
    places.removeAll(knownPersons);
    // Persons named as speaking, with or without a quotation, are what "he" most often points at.
    for (int v = 0; v < t.size(); v++) {
      Word w = t.words[v];
      if (!AttributionText.speechVerb(w) || v > 0 && PASSIVE_AUXILIARIES.contains(t.words[v - 1].lower())) {
        continue;
      }
      Entity speaker = subjectBefore(v, Math.max(0, v - 8));
      if (speaker == null && v > 0 && INVERTIBLE_VERBS.contains(w.lower())
          && (t.words[v - 1].text().equals(",") || t.words[v - 1].type() == Type.QUOTE)) {
        speaker = t.entityStartingAt(v + 1, Math.min(t.size(), v + 8));
      }
      if (speaker != null && speaker.kind() == Kind.PERSON && !places.contains(normal(speaker.name()))) {
        persons.put(speaker.start(), speaker);
      }
    }
    int s = 0;
    for (int i = 1; i <= t.size(); i++) {
      if (i == t.size() || t.sentence[i] != t.sentence[s]) {
        Entity subject = sentenceSubject(s, i);
        if (subject != null && subject.kind() == Kind.PERSON && !places.contains(normal(subject.name()))) {
          persons.put(subject.start(), subject);
        }
        s = i;
      }
    }
  }

  private void addKnownPerson(String name) {
    String n = normal(name);
    knownPersons.add(n);
    for (String part : n.split(" ")) {
      if (part.length() > 1) {
        knownPersons.add(part);
      }
    }
  }

  /** Lower case, hyphens as spaces: "Kim Jong-un" and "Kim Jong Un" alike. */
  static String normal(String name) {
    return name.toLowerCase(Locale.ROOT).replace('-', ' ').replace('‐', ' ');
  }

  /** Whether two names may name one person ("Kim", "Kim Jong Un"): {@link Names#same}. */
  static boolean compatible(String a, String b) {
    return Names.same(a, b);
  }

  /**
   * Attributes quotation {@code q}; [{@code partStart}, {@code partEnd}) is its first quoted run,
   * {@code firstParagraph} and {@code lastParagraph} the paragraphs it runs through.
   */
  Attribution resolve(int q, int partStart, int partEnd, int firstParagraph, int lastParagraph) {
    int qi = placeholder[q];
    if (qi < 0) {
      return new Attribution(null, null);
    }
    int sid = t.sentence[qi];
    int s = qi;
    while (s > 0 && qi - s < LOOK_BACK && t.sentence[s - 1] == sid) {
      s--;
    }
    int ctx = qi;
    while (ctx > s && t.words[ctx - 1].type() != Type.QUOTE) {
      ctx--;
    }
    int e = qi + 1;
    while (e < t.size() && e - qi < LOOK_AHEAD && t.sentence[e] == sid && t.words[e].type() != Type.QUOTE) {
      e++;
    }

    boolean[] continuation = new boolean[1];
    Entity inner = innerSpeaker(partStart, partEnd, continuation);
    Found before = before(qi, ctx);
    Found after = after(qi, e);
    Entity adjacent = adjacentPerson(qi, ctx);

    Entity afterWho = resolve(after.who);
    Entity beforeWho = resolve(before.who);
    Entity speaker = firstOf(Kind.PERSON, inner, resolve(after.object), resolve(before.object), afterWho,
        beforeWho, adjacent, resolve(after.according), resolve(before.according));
    Entity source = null;
    if (after.object != null) {
      source = afterWho;
    } else if (before.object != null) {
      source = beforeWho;
    }
    if (source == null) {
      source = firstOf(Kind.ORGANISATION, afterWho, beforeWho, resolve(after.according), resolve(before.according));
    }
    if (source == null && inner != null) {
      source = firstOf(Kind.PERSON, afterWho, beforeWho);
    }

    boolean sameSentence = previousSentence == sid;
    if (speaker == null && continuation[0] && firstParagraph - previousParagraph <= 1) {
      speaker = previousSpeaker;
    }
    if (speaker == null && source == null && before.needsSubject && !sameSentence) {
      Entity subject = resolve(sentenceSubject(s, qi));
      if (subject != null && subject.kind() == Kind.PERSON) {
        speaker = subject;
      } else if (subject != null) {
        source = subject;
      }
    }
    // "“A,” said X. “B.”": a quotation that opens its sentence right after the previous one's, in
    // the same paragraph and with no attribution of its own, goes on in the same voice.
    boolean followsOn = !sameSentence && ctx == qi && s == qi && firstParagraph == previousParagraph
        && speaker == null && source == null && qi > 0 && t.sentence[qi - 1] == sid - 1
        && previousSentenceEnd(qi);
    if (sameSentence || followsOn) {
      speaker = speaker == null ? previousSpeaker : speaker;
      source = source == null ? previousSource : source;
    }
    if (source == null && speaker != null && previousSource != null && previousSpeaker != null
        && compatible(previousSpeaker.name(), speaker.name()) && firstParagraph - previousParagraph <= 2) {
      source = previousSource;
    }

    if (speaker != null) {
      addKnownPerson(speaker.name());
      persons.merge(speaker.start(), speaker, (old, now) -> old);
    }
    previousSpeaker = speaker;
    previousSource = source;
    previousSentence = sid;
    previousParagraph = lastParagraph;
    return new Attribution(speaker, source);
  }

  /** Whether the sentence before word {@code qi} held the previous quotation. */
  private boolean previousSentenceEnd(int qi) {
    for (int k = qi - 1; k >= 0 && t.sentence[k] == t.sentence[qi - 1]; k--) {
      if (t.words[k].type() == Type.QUOTE) {
        return true;
      }
    }
    return false;
  }

  private static Entity firstOf(Kind kind, Entity... candidates) {
    for (Entity c : candidates) {
      if (c != null && c.kind() == kind) {
        return c;
      }
    }
    return null;
  }

  /** Turns "he", "it" and "the agency" into the person or organisation they stand for, or null. */
  private Entity resolve(Entity e) {
    if (e == null) {
      return null;
    }
    switch (e.kind()) {
      case PERSON_PRONOUN: {
        Map.Entry<Integer, Entity> m = persons.lowerEntry(e.start());
        return m == null ? null : m.getValue();
      }
      case ORGANISATION_PRONOUN:
        return previousSource != null && previousSource.kind() == Kind.ORGANISATION
            ? previousSource
            : latestOrganisation(e.start(), null);
      case ANAPHOR: {
        Entity found = latestOrganisation(e.start(), e.noun());
        if (found != null) {
          return found;
        }
        return e.name() == null ? null : new Entity(Kind.ORGANISATION, e.name(), e.start(), e.end(), null);
      }
      default:
        return e;
    }
  }

  /** The latest organisation named before {@code offset} whose name fits {@code noun} (any if null). */
  private Entity latestOrganisation(int offset, String noun) {
    int lo = 0;
    int hi = organisations.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (organisations.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0 && i >= lo - 100; i--) {
      Entity o = organisations.get(i);
      if (noun == null || fits(o.name(), noun)) {
        return o;
      }
    }
    return null;
  }

  private static boolean fits(String name, String noun) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains(noun)) {
      return true;
    }
    if (noun.equals("agency")) {
      if (n.contains("news")) {
        return true;
      }
      for (String part : n.split(" ")) {
        if (AGENCY_ACRONYMS.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The speaker the quotation itself names at its start ("Kim Jong Un said that ..."), or null; sets
   * {@code continuation[0]} when it starts with a speech verb and no subject ("and added that ...").
   */
  private Entity innerSpeaker(int start, int end, boolean[] continuation) {
    List<Word> inner = new ArrayList<>();
    AttributionText.scanWords(t.text, start, Math.min(end, start + 300), 0, inner);
    int i = 0;
    int lastTitle = -1;
    while (i < inner.size() && i < 6 && inner.get(i).capitalised()
        && !NOT_NAMES.contains(strip(inner.get(i).lower()))) {
      if (TITLES.contains(strip(inner.get(i).lower()))) {
        lastTitle = i;
      }
      i++;
    }
    int names = i;
    if (i == 0 && i < inner.size() && (inner.get(i).is("and") || inner.get(i).is("but"))) {
      i++;
    }
    while (i < inner.size() && VERB_MODIFIERS.contains(inner.get(i).lower())) {
      i++;
    }
    if (i >= inner.size() || !AttributionText.speechVerb(inner.get(i))) {
      return null;
    }
    if (names == 0) {
      continuation[0] = true;
      return null;
    }
    int first = lastTitle + 1;
    if (first >= names) {
      return null;
    }
    Word a = inner.get(first);
    Word b = inner.get(names - 1);
    return new Entity(Kind.PERSON, t.text.substring(a.start(), b.end()), a.start(), b.end(), null);
  }

  private static String strip(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /** Attribution in the words before the quotation, from {@code ctx} (the clause start). */
  private Found before(int qi, int ctx) {
    Found f = new Found();
    for (int k = ctx; k + 1 < qi; k++) {
      if (t.isWord(k, "according") && t.isWord(k + 1, "to")) {
        f.according = accordingTo(k + 2, qi);
      }
    }
    int firstWord = ctx;
    while (firstWord < qi && t.words[firstWord].type() == Type.PUNCT) {
      firstWord++;
    }
    for (int v = qi - 1; v >= ctx; v--) {
      Word w = t.words[v];
      if (!AttributionText.speechVerb(w)) {
        continue;
      }
      boolean passive = v - 1 >= ctx && PASSIVE_AUXILIARIES.contains(t.words[v - 1].lower());
      boolean quoting = QUOTING_VERBS.contains(w.lower());
      Entity subject = null;
      Entity object = null;
      if (t.isWord(v + 1, "by") && v + 2 < qi) {
        subject = t.entityStartingAt(v + 2, qi);
      } else if (passive) {
        if (!quoting) {
          continue; // "is said to have accepted": nobody is quoted
        }
        object = subjectBefore(v - 1, ctx);
      } else {
        subject = subjectBefore(v, ctx);
        if (quoting) {
          object = t.entityStartingAt(v + 1, qi);
        }
        if (subject == null && v == firstWord && INVERTIBLE_VERBS.contains(w.lower())) {
          subject = t.entityStartingAt(v + 1, qi);
        }
      }
      if (subject != null || object != null) {
        f.who = subject;
        f.object = object;
        f.needsSubject = false;
        return f;
      }
      f.needsSubject = true;
    }
    return f;
  }

  /** Attribution in the words after the quotation, up to {@code end} (the sentence end). */
  private Found after(int qi, int end) {
    Found f = new Found();
    for (int k = qi + 1; k + 1 < end; k++) {
      if (t.isWord(k, "according") && t.isWord(k + 1, "to")) {
        f.according = accordingTo(k + 2, end);
        break;
      }
    }
    int i = qi + 1;
    while (i < end && t.words[i].type() == Type.PUNCT && !t.words[i].text().equals(".")) {
      i++;
    }
    if (i < end && clause(i, end, true, f)) {
      return f;
    }
    for (int k = i; k < end; k++) {
      if (t.words[k].text().equals(",") && clause(k + 1, end, false, f)) {
        return f;
      }
    }
    return f;
  }

  /** Reads "Putin said", "the agency added", "KCNA quoted Kim as saying" or "said Kim" at word {@code i}. */
  private boolean clause(int i, int end, boolean mayInvert, Found f) {
    if (i >= end) {
      return false;
    }
    Word w = t.words[i];
    if (mayInvert && AttributionText.speechVerb(w) && INVERTIBLE_VERBS.contains(w.lower())) {
      Entity subject = t.entityStartingAt(i + 1, end);
      if (subject != null) {
        f.who = subject;
        return true;
      }
      return false;
    }
    Entity subject = t.entityStartingAt(i, end);
    if (subject == null) {
      return false;
    }
    int v = i;
    while (v < end && t.words[v].end() < subject.end()) {
      v++;
    }
    v++;
    if (v < end && t.words[v].text().equals(",")) {
      // An apposition between subject and verb: "Sen. Chris Murphy, a Connecticut Democrat, told".
      int close = v + 1;
      while (close < end && close - v <= 8 && !t.words[close].text().equals(",")
          && !AttributionText.speechVerb(t.words[close])) {
        close++;
      }
      if (close < end && close - v <= 8 && t.words[close].text().equals(",")) {
        v = close + 1;
      }
    }
    while (v < end && VERB_MODIFIERS.contains(t.words[v].lower())) {
      v++;
    }
    if (v >= end || !AttributionText.speechVerb(t.words[v])) {
      return false;
    }
    f.who = subject;
    if (QUOTING_VERBS.contains(t.words[v].lower())) {
      f.object = t.entityStartingAt(v + 1, end);
    }
    return true;
  }

  /** "according to a report from North Korea’s state-run Korean Central News Agency": the agency. */
  private Entity accordingTo(int i, int end) {
    for (int k = i; k < end && k < i + 8; k++) {
      Word w = t.words[k];
      if (w.type() != Type.WORD) {
        return null;
      }
      Entity e = t.entityStartingAt(k, end);
      if (e != null) {
        return e;
      }
      Chunk c = t.chunkAt(k);
      if (c != null) {
        k = c.last();
      }
    }
    return null;
  }

  /** The subject whose verb is word {@code v}: the entity right before it, adverbs skipped. */
  private Entity subjectBefore(int v, int lower) {
    int i = v - 1;
    while (i >= lower && t.words[i].type() == Type.WORD && VERB_MODIFIERS.contains(t.words[i].lower())) {
      i--;
    }
    return i >= lower ? t.entityEndingAt(i, lower) : null;
  }

  /** A person named right before the opening mark: "expressing that Kim “rejoiced ...”". */
  private Entity adjacentPerson(int qi, int ctx) {
    Chunk c = t.chunkAt(qi - 1);
    if (qi - 1 < ctx || c == null || c.last() != qi - 1 || c.organisation() || c.possessive()) {
      return null;
    }
    String name = t.name(c);
    if (name == null || !knownPersons.contains(normal(name))) {
      return null;
    }
    Entity e = t.entityEndingAt(qi - 1, ctx);
    return e != null && e.kind() == Kind.PERSON ? e : null;
  }

  /**
   * The subject of the sentence of words [{@code s}, {@code limit}): its first name, pronoun or "the
   * agency" that does not follow a preposition and is followed by a verb-like word or a comma.
   */
  private Entity sentenceSubject(int s, int limit) {
    // "According to the agency, Kim blamed ...", "In Moscow, Putin said ...": a sentence that opens
    // with a preposition opens with a phrase, not its subject; the subject follows the comma.
    int from = s;
    if (s < limit && t.words[s].type() == Type.WORD && OPENERS.contains(t.words[s].lower())) {
      for (int k = s + 1; k < Math.min(limit, s + INTRODUCTORY); k++) {
        if (t.words[k].text().equals(",")) {
          from = k + 1;
          break;
        }
      }
    }
    for (int i = from; i < limit; i++) {
      Word w = t.words[i];
      if (w.type() != Type.WORD) {
        continue;
      }
      Chunk c = t.chunkAt(i);
      int last = c != null ? c.last() : i;
      boolean afterPreposition = i > s && t.words[i - 1].type() == Type.WORD
          && PREPOSITIONS.contains(t.words[i - 1].lower()) && !t.words[i - 1].is("the");
      Entity e = null;
      if (c != null) {
        if (!afterPreposition && !c.possessive() && !modifierFollows(last, limit)) {
          e = t.entityEndingAt(last, s);
        }
      } else if (AttributionVocabulary.PERSON_PRONOUNS.contains(w.lower()) || w.is("it")) {
        e = afterPreposition ? null : t.entityEndingAt(i, s);
      } else if (ORGANISATION_NOUNS.contains(w.lower())) {
        e = t.entityEndingAt(i, s);
      }
      i = last;
      if (e == null) {
        continue;
      }
      int next = last + 1;
      if (next < limit) {
        Word n = t.words[next];
        // A verb, an apposition (", known for ...") or an acronym ("(KCNA)") may follow a subject.
        boolean verbLike = n.text().equals(",") || n.text().equals("(") && e.kind() != Kind.PERSON
            || n.type() == Type.WORD && !n.capitalised() && !PREPOSITIONS.contains(n.lower())
                && !NOT_VERBS.contains(n.lower());
        if (verbLike) {
          return e;
        }
      }
    }
    return null;
  }

  /** How many words an opening phrase before the subject may take ("According to ..., "). */
  private static final int INTRODUCTORY = 16;
  /** Words that open a phrase or clause before a sentence's subject ("According to", "In Moscow", "When ..."). */
  private static final java.util.Set<String> OPENERS = com.google.common.collect.ImmutableSet.of("according", "in",
      "on", "at", "after", "before", "during", "since", "from", "with", "under", "amid", "despite", "following",
      "when", "while", "as", "although", "though", "if");

  private boolean modifierFollows(int last, int limit) {
    if (last + 1 >= limit) {
      return false;
    }
    Word n = t.words[last + 1];
    return n.type() == Type.WORD
        && (ROLE_NOUNS.contains(n.lower()) || MODIFIERS.contains(n.lower()) || ORGANISATION_NOUNS.contains(n.lower()));
  }
}
