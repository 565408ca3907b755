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
 * the event besides, and each is the other's best match in the other's report. The date itself, and every word that is part of a
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

  ImmutableList<FactGroup<DateMention>> align(List<DocumentFacts> documents) {
    Map<String, Integer> df = new HashMap<>();
    int sentenceCount = 0;
    for (DocumentFacts d : documents) {
      Document doc = d.document();
      for (Sentence s : doc.sentences()) {
        sentenceCount++;
        Set<String> seen = new HashSet<>();
        for (Token t : doc.tokens(s)) {
          if (isContentWord(t)) {
            seen.add(key(t.norm()));
          }
        }
        for (String k : seen) {
          df.merge(k, 1, Integer::sum);
        }
      }
    }
    List<Item> items = new ArrayList<>();
    for (int r = 0; r < documents.size(); r++) {
      DocumentFacts d = documents.get(r);
      Map<Integer, List<DateMention>> bySentence = new LinkedHashMap<>();
      for (DateMention m : d.dates()) {
        bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
      }
      for (List<DateMention> inSentence : bySentence.values()) {
        for (int j = 0; j < inSentence.size(); j++) {
          items.add(describe(r, d.document(), inSentence, j, df, Math.max(1, sentenceCount)));
        }
      }
    }
    return cluster(items);
  }

  private boolean isContentWord(Token t) {
    return t.kind() == Token.Kind.WORD && t.norm().length() > 1 && !lexicon.isFunctionWord(t.norm())
        && !CALENDAR_WORDS.contains(t.norm());
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

  private Item describe(int report, Document doc, List<DateMention> inSentence, int at,
      Map<String, Integer> df, int sentences) {
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
    Map<String, Double> vector = new HashMap<>();
    Set<String> anchors = new HashSet<>();
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
      double proximity = 1.0 / (1.0 + distance / 6.0);
      double idf = Math.log(1.0 + (double) sentences / df.getOrDefault(k, 1));
      vector.merge(k, proximity * idf, Math::max);
      boolean capital = Character.isUpperCase(doc.text().charAt(t.start()));
      if (capital && i > 0) {
        anchors.add(k);
        String before = tokens.get(i - 1).norm();
        if (PLACE_PREPOSITIONS.contains(before)) {
          places.add(k);
        }
      } else if (distance <= LOCAL && !capital) {
        events.add(k);
        words.putIfAbsent(k, t.norm());
        if (lexicon.isFamily(k)) {
          anchors.add(k);
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
    double norm = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
    return new Item(report, m, vector, norm, anchors, events, places, words, heads);
  }

  private ImmutableList<FactGroup<DateMention>> cluster(List<Item> items) {
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      for (String e : items.get(i).events) {
        postings.computeIfAbsent(items.get(i).mention.relation() + "|" + e, k -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> seen = new HashSet<>();
    List<Pairs.Pair> pairs = new ArrayList<>();
    for (List<Integer> list : postings.values()) {
      if (list.size() > MAX_POSTINGS) {
        continue;
      }
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          int a = Math.min(list.get(i), list.get(j));
          int b = Math.max(list.get(i), list.get(j));
          if (!seen.add((long) a * items.size() + b) || !allowed(items.get(a), items.get(b))) {
            continue;
          }
          double sim = similarity(items.get(a), items.get(b));
          if (sim >= THRESHOLD) {
            pairs.add(new Pairs.Pair(a, b, sim));
          }
        }
      }
    }
    pairs = Pairs.mutualBest(pairs, i -> items.get(i).report, 0);
    Pairs.sortStrongestFirst(pairs, i -> items.get(i).mention.span());
    int[] clusterOf = new int[items.size()];
    Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      clusterOf[i] = i;
      clusters.put(i, new ArrayList<>(List.of(i)));
    }
    for (Pairs.Pair p : pairs) {
      int ca = clusterOf[p.a()];
      int cb = clusterOf[p.b()];
      if (ca == cb || !compatible(items, clusters.get(ca), clusters.get(cb))) {
        continue;
      }
      List<Integer> right = clusters.remove(cb);
      clusters.get(ca).addAll(right);
      for (int i : right) {
        clusterOf[i] = ca;
      }
    }
    List<FactGroup<DateMention>> groups = new ArrayList<>();
    for (List<Integer> members : clusters.values()) {
      if (members.size() < 2) {
        continue;
      }
      members.sort(Comparator.comparingInt((Integer i) -> items.get(i).report)
          .thenComparingInt(i -> items.get(i).mention.span().start()));
      List<Item> its = members.stream().map(items::get).toList();
      groups.add(new FactGroup<>(topic(its), its.stream().map(it -> it.mention).collect(ImmutableList.toImmutableList())));
    }
    groups.sort(Comparator.comparing((FactGroup<DateMention> g) -> g.facts().get(0).span()));
    return ImmutableList.copyOf(groups);
  }

  /**
   * Different reports, the same relation, no two different places, and the same event: the word
   * each date is attached to ("met on Thursday", "released late Friday") is one of the other's,
   * and they share another event word or a place besides. Sharing the story's words ("summit",
   * "law") is not enough: most dates of a story are near them, and most date different events.
   */
  private static boolean allowed(Item x, Item y) {
    if (x.report == y.report || !x.mention.relation().equals(y.mention.relation())) {
      return false;
    }
    if (!x.places.isEmpty() && !y.places.isEmpty() && Overlap.disjoint(x.places, y.places)) {
      return false;
    }
    if (Overlap.disjoint(x.heads, y.heads)) {
      return false;
    }
    int shared = 0;
    for (String e : x.events) {
      if (y.events.contains(e)) {
        shared++;
      }
    }
    return shared >= 2 || shared == 1 && !Overlap.disjoint(x.places, y.places);
  }

  /** One date per report in a group, every pair allowed, the average similarity high enough. */
  private static boolean compatible(List<Item> items, List<Integer> left, List<Integer> right) {
    double[] sims = new double[left.size() * right.size()];
    int n = 0;
    for (int a : left) {
      for (int b : right) {
        if (!allowed(items.get(a), items.get(b))) {
          return false;
        }
        sims[n++] = similarity(items.get(a), items.get(b));
      }
    }
    return Pairs.mean(sims) >= THRESHOLD;
  }

  /** Half the cosine of the weighted context words, half the overlap of names and event families. */
  static double similarity(Item x, Item y) {
    return Pairs.symmetric(x, y, it -> it.mention.span(), DateAligner::score);
  }

  private static double score(Item x, Item y) {
    return 0.5 * Overlap.cosine(x.vector, x.norm, y.vector, y.norm) + 0.5 * Overlap.dice(x.anchors, y.anchors);
  }




  /** "Date (meeting)": the event word the members share, best weighted, else "Date". */
  private String topic(List<Item> items) {
    Map<String, Integer> support = new HashMap<>();
    Map<String, Double> weight = new HashMap<>();
    for (Item it : items) {
      for (String e : it.events) {
        support.merge(e, 1, Integer::sum);
        weight.merge(e, it.vector.getOrDefault(e, 0.0), Double::sum);
      }
    }
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
    String shown = lexicon.isFamily(best) ? lexicon.display(best) : items.get(0).words.getOrDefault(best, best);
    return "Date (" + shown + ")";
  }

  private static final class Item {
    final int report;
    final DateMention mention;
    final Map<String, Double> vector;
    final double norm;
    /** Names and event families near the date: what it is about, however common. */
    final Set<String> anchors;
    /** Lower-case content words within {@link #LOCAL} tokens: the event it dates. */
    final Set<String> events;
    /** Capitalised words after a place preposition. */
    final Set<String> places;
    /** How each event key was written, for the topic ("emerged" for the key "emerg"). */
    final Map<String, String> words;
    /** The nearest event word on each side: what the date is attached to ("met on Thursday"). */
    final Set<String> heads;

    Item(int report, DateMention mention, Map<String, Double> vector, double norm, Set<String> anchors,
        Set<String> events, Set<String> places, Map<String, String> words, Set<String> heads) {
      this.words = words;
      this.heads = heads;
      this.report = report;
      this.mention = mention;
      this.vector = vector;
      this.norm = norm;
      this.anchors = anchors;
      this.events = events;
      this.places = places;
    }
  }
}
