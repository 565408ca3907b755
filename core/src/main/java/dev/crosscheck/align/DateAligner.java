package dev.crosscheck.align;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.fact.DateMention;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.text.Calendar;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups date mentions that date the same event across reports. What decides is what a date is
 * about: the event words beside it (returned, met, broke down, signed; folded into families and
 * stems), the people and places named around it, weighted by how rare they are in the cluster and
 * how close they stand. Two dates align only when the word each is attached to (the nearest event
 * word on either side: "met on Thursday", "on Thursday announced") is the same, they share more of
 * the event besides, and each is the other's best match in the other's report. A similarity that
 * reads meaning may propose pairs; they are held to the same test, which it cannot loosen: two
 * sentences of one story read alike, and most of their dates date different events. The date itself, and every word that is part of a
 * date ("Thursday", "ago", "last"), is never looked at: a value must not be why two facts align.
 *
 * <p>A date that is a bound ("since 2017", "by Friday") aligns only with a bound of the same kind.
 * Words past another date in the same sentence belong to that date, not to this one: in "returned
 * on Friday after a meeting that lasted three hours on Thursday", the meeting is Thursday's.
 */
final class DateAligner {
  /** Least similarity of two contexts for their dates to align. */
  static final double THRESHOLD = 0.3;
  /** How many tokens either side of a date say what it dates. */
  static final int LOCAL = 8;
  /** How far from a date the word it is attached to may stand. */
  static final int HEAD = 4;
  /**
   * How many tokens either side of a date are read at all: a long sentence costs no more. Within
   * them, a word that opens another clause ("after", "which", "when") ends what the date is about.
   */
  static final int WINDOW = 24;
  /** A feature in more items than this is too common to propose pairs (it still scores). */
  private static final int MAX_POSTINGS = 200;
  private static final Set<String> CALENDAR_WORDS = ImmutableSet.<String>builder()
      .addAll(Calendar.WEEKDAYS.keySet()).addAll(Calendar.MONTHS.keySet()).add(
      "day", "week", "month", "year", "decade", "ago", "last", "next", "earlier", "later", "yesterday", "today",
      "tomorrow", "tonight", "night", "morning", "afternoon", "evening", "weekend", "date", "time", "early", "late",
      "mid", "end", "beginning", "past", "recent", "recently", "now", "former", "first", "second", "new").build();
  /** Words that open another clause: what stands past them is another event ("left on Friday after talks"). */
  private static final Set<String> CLAUSE_BREAKS = ImmutableSet.of(";", "after", "before", "when", "while",
      "because", "although", "though", "whereas", "but", "since", "until", "as",
      "—", "–", "(", ")");
  private static final Set<String> PLACE_PREPOSITIONS = ImmutableSet.of("in", "at", "off", "near", "from", "outside", "inside");

  private final Lexicon lexicon;

  DateAligner(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  ImmutableList<FactGroup<DateMention>> align(List<DocumentFacts> documents, AlignmentEngine engine) {
    ClusterStatistics statistics = ClusterStatistics.of(documents, this::isContentWord, this::key);
    List<Item> items = new ArrayList<>();
    for (int r = 0; r < documents.size(); r++) {
      DocumentFacts d = documents.get(r);
      Map<Integer, List<DateMention>> bySentence = new LinkedHashMap<>();
      for (DateMention m : d.dates()) {
        bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
      }
      for (List<DateMention> inSentence : bySentence.values()) {
        for (int j = 0; j < inSentence.size(); j++) {
          items.add(describe(r, d.document(), inSentence, j, statistics));
        }
      }
    }
    return engine.align(pairing, items);
  }

  private boolean isContentWord(Token t) {
    return lexicon.isContentWord(t) && !CALENDAR_WORDS.contains(t.norm());
  }

  /** The family or a light stem: "returned", "returning" and "returns" are one key; "met" is "meet". */
  private String key(String norm) {
    String k = lexicon.key(norm);
    if (lexicon.isFamily(k)) {
      return k;
    }
    String stem = k;
    if (stem.length() > 5 && stem.endsWith("ing")) {
      stem = stem.substring(0, stem.length() - 3);
    } else if (stem.length() > 4 && stem.endsWith("ed")) {
      stem = stem.substring(0, stem.length() - 2);
    }
    String family = lexicon.key(stem);
    return lexicon.isFamily(family) ? family : stem;
  }

  /** A lower-case content word: what a date can attach to ("met", "released", "vote"), not a name. */
  private boolean isEventWord(Document doc, Token t) {
    return isContentWord(t) && !Character.isUpperCase(doc.text().charAt(t.start()));
  }

  private Item describe(int report, Document doc, List<DateMention> inSentence, int at, ClusterStatistics statistics) {
    DateMention m = inSentence.get(at);
    Sentence sentence = doc.sentences().get(m.sentence());
    ImmutableList<Token> tokens = doc.tokens(sentence);
    int offset = sentence.firstToken();
    int first = doc.tokenIndexAt(m.span().start()) - offset;
    int last = Math.max(first, doc.tokenIndexAt(m.span().end() - 1) - offset);
    // The dates either side in the sentence fence this one's words in; no further than WINDOW.
    int lowFence = Math.max(-1, first - WINDOW);
    int highFence = Math.min(tokens.size(), last + 1 + WINDOW);
    if (at > 0) {
      lowFence = Math.max(lowFence, doc.tokenIndexAt(inSentence.get(at - 1).span().end() - 1) - offset);
    }
    if (at + 1 < inSentence.size()) {
      highFence = Math.min(highFence, doc.tokenIndexAt(inSentence.get(at + 1).span().start()) - offset);
    }
    for (int i = first - 1; i > lowFence; i--) {
      if (CLAUSE_BREAKS.contains(tokens.get(i).norm())) {
        lowFence = i;
      }
    }
    for (int i = last + 1; i < highFence; i++) {
      if (CLAUSE_BREAKS.contains(tokens.get(i).norm())) {
        highFence = i;
      }
    }
    FactContext.Builder context = FactContext.builder(m, doc, statistics);
    Set<String> events = new HashSet<>();
    Set<String> places = new HashSet<>();
    Map<String, String> words = new HashMap<>();
    for (int i = lowFence + 1; i < highFence; i++) {
      Token t = tokens.get(i);
      if (i >= first && i <= last || !isContentWord(t)) {
        continue;
      }
      int distance = i < first ? first - i : i - last;
      String k = key(t.norm());
      context.word(k, distance);
      boolean capital = Character.isUpperCase(doc.text().charAt(t.start()));
      if (capital && i > 0) {
        context.anchor(k);
        String before = tokens.get(i - 1).norm();
        if (PLACE_PREPOSITIONS.contains(before)) {
          places.add(k);
          String initials = QuantityAligner.initials(doc, tokens, i);
          if (initials != null) {
            places.add(initials); // "the European Union" is also "EU"
          }
        }
      } else if (distance <= LOCAL && !capital) {
        events.add(k);
        words.putIfAbsent(k, t.norm());
        if (lexicon.isFamily(k)) {
          context.anchor(k);
        }
      }
    }
    // The word the date is attached to: the nearest event word before it ("met on Thursday"), or,
    // when the date opens its clause ("On Thursday, Putin emerged"), the nearest after it.
    Set<String> heads = new HashSet<>();
    boolean before = false;
    for (int i = first - 1; i > lowFence && i >= first - HEAD && !before; i--) {
      if (isEventWord(doc, tokens.get(i))) {
        heads.add(key(tokens.get(i).norm()));
        before = true;
      }
    }
    for (int i = last + 1; i < highFence && i <= last + HEAD && !before; i++) {
      if (isEventWord(doc, tokens.get(i))) {
        heads.add(key(tokens.get(i).norm()));
        break;
      }
    }
    return new Item(report, m, context.build(), events, places, words, heads);
  }

  /** What the engine needs to know of dates. */
  private final AlignmentEngine.Pairing<DateMention, Item> pairing = new AlignmentEngine.Pairing<>() {
    @Override
    public double threshold() {
      return THRESHOLD;
    }

    /** Each the other's best match in the other's report, however close the runner-up. */
    @Override
    public double margin() {
      return 0;
    }

    /** The event words near the date, within its relation ("since", "by"). */
    @Override
    public Set<String> features(Item it) {
      Set<String> out = new HashSet<>();
      for (String e : it.events) {
        out.add(it.fact.relation() + "|" + e);
      }
      return out;
    }

    @Override
    public boolean allowed(Item x, Item y) {
      return DateAligner.allowed(x, y) && sameEvent(x, y);
    }

    @Override
    public String topic(List<Item> members) {
      return DateAligner.this.topic(members);
    }

    @Override
    public String why(Item x, Item y) {
      if (!x.fact.relation().equals(y.fact.relation())) {
        return "the dates stand in different relations (" + words(x.fact.relation().toString()) + ", "
            + words(y.fact.relation().toString()) + ")";
      }
      if (!DateAligner.allowed(x, y)) {
        return "their sentences name different places (" + String.join(", ", new java.util.TreeSet<>(x.places)) + "; "
            + String.join(", ", new java.util.TreeSet<>(y.places)) + ")";
      }
      if (Overlap.disjoint(x.heads, y.heads)) {
        return "not the same event: the words the dates are attached to differ (" + String.join(", ",
            new java.util.TreeSet<>(x.heads)) + "; " + String.join(", ", new java.util.TreeSet<>(y.heads)) + ")";
      }
      return "not the same event: too few event words in common";
    }
  };

  private static String words(String relation) {
    return relation.isEmpty() ? "a plain date" : "\"" + relation.toLowerCase(java.util.Locale.ROOT) + "\"";
  }

  /** Different reports, the same relation ("since", "by"), and no two different places. */
  private static boolean allowed(Item x, Item y) {
    if (x.report == y.report || !x.fact.relation().equals(y.fact.relation())) {
      return false;
    }
    return x.places.isEmpty() || y.places.isEmpty() || Overlap.sharePlace(x.places, y.places);
  }

  /**
   * The same event: the word each date is attached to ("met on Thursday", "released late Friday")
   * is one of the other's, and they share another event word or a place besides. Sharing the
   * story's words ("summit", "law") is not enough: most dates of a story are near them, and most
   * date different events.
   */
  private static boolean sameEvent(Item x, Item y) {
    if (Overlap.disjoint(x.heads, y.heads)) {
      return false;
    }
    int shared = 0;
    for (String e : x.events) {
      if (y.events.contains(e)) {
        shared++;
      }
    }
    return shared >= 2 || shared == 1 && Overlap.sharePlace(x.places, y.places);
  }

  /** "Date (meeting)": the event word the members share, best weighted, else "Date". */
  private String topic(List<Item> items) {
    Map<String, Integer> support = new HashMap<>();
    Pairs.Sums sums = new Pairs.Sums();
    for (Item it : items) {
      for (String e : it.events) {
        support.merge(e, 1, Integer::sum);
        sums.add(e, it.context.weights().getOrDefault(e, 0.0));
      }
    }
    Map<String, Double> weight = sums.totals();
    String best = null;
    for (String e : support.keySet()) {
      if (support.get(e) < 2) {
        continue;
      }
      if (best == null || support.get(e) > support.get(best)
          || support.get(e).equals(support.get(best)) && (weight.get(e) > weight.get(best)
              || weight.get(e).equals(weight.get(best)) && e.compareTo(best) < 0)) {
        best = e;
      }
    }
    if (best == null) {
      return "Date";
    }
    String key = best;
    // How the members write it: the shortest, then the first in alphabetical order, never the first report's.
    String shown = lexicon.isFamily(best) ? lexicon.display(best) : items.stream()
        .map(it -> it.words.get(key)).filter(java.util.Objects::nonNull)
        .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse(best);
    return "Date (" + shown + ")";
  }

  private static final class Item extends AlignmentEngine.Item<DateMention> {
    /** Lower-case content words within {@link #LOCAL} tokens: the event it dates. */
    final Set<String> events;
    /** Capitalised words after a place preposition. */
    final Set<String> places;
    /** How each event key was written, for the topic ("emerged" for the key "emerg"). */
    final Map<String, String> words;
    /** The nearest event word on each side: what the date is attached to ("met on Thursday"). */
    final Set<String> heads;

    Item(int report, DateMention mention, FactContext context, Set<String> events, Set<String> places,
        Map<String, String> words, Set<String> heads) {
      super(report, mention, context);
      this.events = events;
      this.places = places;
      this.words = words;
      this.heads = heads;
    }
  }
}
