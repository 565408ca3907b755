package dev.crosscheck.align;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.crosscheck.fact.Names;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Quantity;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups quantities that measure the same thing across reports. Two quantities can align only when
 * they measure the same dimension (or count the same noun) and stand in the same relation ("earlier
 * than", "ago"); among those, what decides is what they are about: the words around them, weighted by
 * how rare they are in the cluster and how close they stand, with event words folded into families
 * (met, meeting, talks, summit). The stated value is never looked at.
 */
final class QuantityAligner {
  /** Least cosine similarity of two contexts for their quantities to align. */
  static final double THRESHOLD = 0.25;
  /** How much better than the runner-up a counterpart must fit to be taken as the one meant. */
  static final double MARGIN = 0.05;
  /** A feature in more items than this is too common to propose pairs (it still scores). */
  private static final int MAX_POSTINGS = 200;
  /** How many tokens either side of a quantity are read at most for what it is about. */
  static final int CONTEXT = 40;
  /** How many tokens either side of a quantity say what it attaches to. */
  static final int LOCAL = 8;
  private static final Set<String> RELATION_WORDS =
      ImmutableSet.of("earlier", "later", "early", "late", "sooner", "before", "after", "longer", "shorter",
          "more", "less", "fewer", "higher", "lower", "ago");
  private static final Set<String> PLACE_PREPOSITIONS =
      ImmutableSet.of("in", "at", "off", "near", "of", "from", "outside", "inside");
  /** Sentence openers that refer back to the sentence before. */
  private static final Set<String> REFERRING =
      ImmutableSet.of("it", "its", "they", "their", "them", "this", "these", "those", "that", "he", "she",
          "his", "her", "there", "the");
  /**
   * Words that stand beside figures of every kind and say nothing of what one measures ("four weeks
   * into a new term", "after a week of new attacks"): they do not tie two figures together.
   */
  private static final Set<String> WEAK_WORDS =
      ImmutableSet.of("new", "first", "last", "next", "recent", "recently", "now", "again", "already", "ever",
          "never", "almost", "nearly", "roughly", "around", "later", "earlier", "ago", "total", "least");

  private final Lexicon lexicon;

  QuantityAligner(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Aligns the quantities; {@code statistics} counts the lexicon's content words by their keys. */
  ImmutableList<FactGroup<Quantity>> align(List<DocumentFacts> documents, AlignmentEngine engine,
      ClusterStatistics statistics) {
    int present = present(documents);
    List<Item> items = new ArrayList<>();
    for (int r = 0; r < documents.size(); r++) {
      DocumentFacts d = documents.get(r);
      Quantity previous = null;
      for (Quantity q : d.quantities()) {
        boolean conversion = previous != null && isConversion(d.document().text(), previous, q);
        previous = q;
        // "30ft (9m)": the figure in parentheses restates the one before in other units.
        if (conversion) {
          continue;
        }
        // A bare number (no unit, no counted noun) does not say what it counts: aligning it would
        // be a guess. A year is a date, not an amount.
        if (q.isBare()) {
          continue;
        }
        Item item = describe(r, d, q, statistics, present);
        // "two months ago" places an event in time: a date, which is not compared as an amount.
        if (!item.relation.equals("ago")) {
          items.add(item);
        }
      }
    }
    return engine.align(pairing, items);
  }

  /**
   * The year the cluster reports on: the latest publication year when reports carry dates, else the
   * latest year that two reports both name, else the latest year named at all (0 when none is).
   */
  private static int present(List<DocumentFacts> documents) {
    int dated = 0;
    Map<Integer, Set<Integer>> namedBy = new HashMap<>();
    for (int r = 0; r < documents.size(); r++) {
      Document doc = documents.get(r).document();
      if (doc.report().date().isPresent()) {
        dated = Math.max(dated, doc.report().date().get().getYear());
      }
      for (Token t : doc.tokens()) {
        int y = yearOf(t);
        if (y > 0) {
          namedBy.computeIfAbsent(y, k -> new HashSet<>()).add(r);
        }
      }
    }
    if (dated > 0) {
      return dated;
    }
    int shared = 0;
    int any = 0;
    for (Map.Entry<Integer, Set<Integer>> e : namedBy.entrySet()) {
      any = Math.max(any, e.getKey());
      if (e.getValue().size() >= 2) {
        shared = Math.max(shared, e.getKey());
      }
    }
    return shared > 0 ? shared : any;
  }

  /** The year a token names ("2014"), or 0. */
  private static int yearOf(Token t) {
    String n = t.norm();
    if (t.kind() != Token.Kind.NUMBER || n.length() != 4) {
      return 0;
    }
    for (int k = 0; k < 4; k++) {
      if (n.charAt(k) < '0' || n.charAt(k) > '9') {
        return 0;
      }
    }
    int y = Integer.parseInt(n);
    return y >= 1900 && y <= 2100 ? y : 0;
  }

  /** Whether {@code q} stands in parentheses right after {@code before}, in a unit of the same dimension. */
  private static boolean isConversion(String text, Quantity before, Quantity q) {
    if (before.unit().isEmpty() || q.unit().isEmpty()
        || !family(before.unit().get().dimension()).equals(family(q.unit().get().dimension()))
        || q.span().start() < before.span().end()) {
      return false;
    }
    String between = text.substring(before.span().end(), q.span().start()).strip();
    return between.equals("(") || between.equals("[") || between.equals(", or") || between.equals("or");
  }

  /** "money:USD" and "money:GBP" are both money; "temperature:celsius" and "...:fahrenheit" both temperature. */
  private static String family(String dimension) {
    int colon = dimension.indexOf(':');
    return colon < 0 ? dimension : dimension.substring(0, colon);
  }

  private Item describe(int report, DocumentFacts facts, Quantity q, ClusterStatistics statistics, int present) {
    Document doc = facts.document();
    Sentence sentence = doc.sentences().get(q.sentence());
    // The quantity's tokens, found by binary search; what it is about is read from at most
    // CONTEXT tokens either side, so that a sentence of a megabyte costs no more per figure than
    // a sentence of a line.
    int[] range = FactContext.tokenRange(q, doc);
    int qFirst = range[0];
    int qLast = range[1];
    int from = Math.max(sentence.firstToken(), qFirst - CONTEXT);
    int to = Math.min(sentence.endToken(), qLast + 1 + CONTEXT);
    ImmutableList<Token> tokens = doc.tokens().subList(from, to);
    int first = qFirst - from;
    int last = qLast - from;
    String relation = relation(tokens, last + 1);
    FactContext.Builder context = FactContext.builder(q, doc, statistics);
    Set<String> places = new HashSet<>();
    Map<String, Double> events = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (i >= first && i <= last) {
        continue;
      }
      int distance = i < first ? first - i : i - last;
      addContext(doc, tokens, i, distance, last, context, events, places);
    }
    // "Their meetings there lasted nearly five hours": what the sentence refers back to is named
    // in the sentence before, so that one speaks too, from further away.
    if (from == sentence.firstToken() && !tokens.isEmpty() && REFERRING.contains(tokens.get(0).norm())
        && sentence.index() > 0) {
      Sentence previous = doc.sentences().get(sentence.index() - 1);
      if (previous.paragraph() == sentence.paragraph()) {
        ImmutableList<Token> before = doc.tokens(previous);
        before = before.subList(Math.max(0, before.size() - CONTEXT), before.size());
        for (int j = 0; j < before.size(); j++) {
          int distance = first + (before.size() - j);
          addContext(doc, before, j, distance, -2, context, events, places);
        }
      }
    }
    Set<String> localWords = new HashSet<>();
    for (int i = Math.max(0, first - LOCAL); i < Math.min(tokens.size(), last + 1 + LOCAL); i++) {
      if ((i < first || i > last) && lexicon.isContentWord(tokens.get(i))) {
        if (!isCapitalised(doc, tokens.get(i)) && !WEAK_WORDS.contains(tokens.get(i).norm())) {
          localWords.add(lexicon.key(tokens.get(i).norm()));
        }
      }
    }
    String person = person(doc, tokens, first, last);
    Set<String> times = new HashSet<>();
    int latestNamed = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int year = yearOf(tokens.get(i));
      if (year > 0 && (i < first || i > last)) {
        times.add("year:" + year);
        latestNamed = Math.max(latestNamed, year);
      }
    }
    times.addAll(timeAnchors(tokens, first, last));
    String kind;
    if (isAge(q, tokens, last)) {
      kind = "age";
    } else if (q.unit().isPresent()) {
      kind = "unit:" + q.unit().get().dimension();
    } else if (q.noun().isPresent()) {
      kind = "noun:" + lexicon.key(q.noun().get());
    } else {
      kind = "bare";
    }
    boolean past = latestNamed > 0 && latestNamed < present;
    return new Item(report, q, context.build(), kind, relation, places, events, localWords, times, past, person);
  }

  private void addContext(Document doc, List<Token> tokens, int i, int distance, int last,
      FactContext.Builder context, Map<String, Double> events, Set<String> places) {
    Token t = tokens.get(i);
    if (!lexicon.isContentWord(t) || RELATION_WORDS.contains(t.norm()) && i == last + 1) {
      return;
    }
    String key = lexicon.key(t.norm());
    context.word(key, distance);
    if (lexicon.isFamily(key)) {
      context.anchor(key);
      events.merge(key, FactContext.proximity(distance), Math::max);
    } else if (Calendar.isDayOrMonthName(t.norm()) || isCapitalised(doc, t)) {
      context.anchor(key);
    }
    if (i > 0 && isCapitalised(doc, t) && !Calendar.isDayOrMonthName(t.norm())) {
      Token prev = tokens.get(i - 1);
      Token prev2 = i > 1 ? tokens.get(i - 2) : null;
      if (PLACE_PREPOSITIONS.contains(prev.norm())
          || prev.norm().equals("the") && prev2 != null && PLACE_PREPOSITIONS.contains(prev2.norm())) {
        places.add(t.norm());
        String initials = initials(doc, tokens, i);
        if (initials != null) {
          places.add(initials); // "the European Union" is also "EU"
        }
      }
    }
  }

  /**
   * The initials of the run of two or more capitalised words that starts at {@code i} ("eu" for
   * "European Union", "un" for "United Nations"), small words inside skipped; null for one word.
   */
  static String initials(Document doc, List<Token> tokens, int i) {
    StringBuilder out = new StringBuilder();
    int words = 0;
    for (int j = i; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.kind() == Token.Kind.WORD && isCapitalised(doc, t)) {
        out.append(t.norm().charAt(0));
        words++;
      } else if (!(t.kind() == Token.Kind.WORD && (t.norm().equals("of") || t.norm().equals("and"))
          && j + 1 < tokens.size() && isCapitalised(doc, tokens.get(j + 1)))) {
        break;
      }
    }
    return words >= 2 ? out.toString() : null;
  }

  /** The run of capitalised words right after the quantity, else right before it (a comma between). */
  private static String person(Document doc, List<Token> tokens, int first, int last) {
    StringBuilder after = new StringBuilder();
    for (int i = last + 1; i < tokens.size() && isName(doc, tokens.get(i)); i++) {
      after.append(after.length() == 0 ? "" : " ").append(tokens.get(i).surface(doc.text()));
    }
    if (after.length() > 0) {
      return after.toString();
    }
    int end = first - 1;
    if (end >= 0 && tokens.get(end).norm().equals(",")) {
      end--;
    }
    int start = end;
    while (start >= 0 && isName(doc, tokens.get(start))) {
      start--;
    }
    StringBuilder before = new StringBuilder();
    for (int i = start + 1; i <= end; i++) {
      before.append(before.length() == 0 ? "" : " ").append(tokens.get(i).surface(doc.text()));
    }
    return before.toString();
  }

  private static boolean isName(Document doc, Token t) {
    return t.kind() == Token.Kind.WORD && isCapitalised(doc, t);
  }

  /** "36-year-old", "11 months old", "aged 36": an age, which is no duration of the event. */
  private static boolean isAge(Quantity q, List<Token> tokens, int last) {
    if (q.unit().isEmpty() || !q.unit().get().dimension().equals("duration")) {
      return false;
    }
    for (int i = last + 1; i < Math.min(tokens.size(), last + 3); i++) {
      if (tokens.get(i).norm().equals("old")) {
        return true;
      }
    }
    return q.text().endsWith("old");
  }

  /** "earlier than", "later than", "ago", "before": how the quantity relates its event to another. */
  private static String relation(List<Token> tokens, int next) {
    int i = next;
    while (i < tokens.size() && tokens.get(i).kind() != Token.Kind.WORD) {
      if (tokens.get(i).kind() != Token.Kind.PUNCTUATION || !tokens.get(i).norm().equals("-")) {
        return "";
      }
      i++;
    }
    if (i >= tokens.size()) {
      return "";
    }
    String w = tokens.get(i).norm();
    // "$15,000 a month", "1.75 cents per ounce": a rate, only comparable with a rate of the same base.
    if (w.equals("per") || w.equals("a") || w.equals("an") || w.equals("each") || w.equals("every")) {
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).norm().equals("-")) {
        j++;
      }
      if (j < tokens.size() && tokens.get(j).kind() == Token.Kind.WORD) {
        return "per " + Lexicon.singular(tokens.get(j).norm());
      }
    }
    if (!RELATION_WORDS.contains(w)) {
      return "";
    }
    if (i + 1 < tokens.size() && tokens.get(i + 1).norm().equals("than")) {
      return w + " than";
    }
    return w;
  }

  private static boolean isCapitalised(Document doc, Token t) {
    return Character.isUpperCase(doc.text().charAt(t.start()));
  }

  /** What the engine needs to know of quantities. */
  private final AlignmentEngine.Pairing<Quantity, Item> pairing = new AlignmentEngine.Pairing<>() {
    @Override
    public double threshold() {
      return THRESHOLD;
    }

    @Override
    public double margin() {
      return MARGIN;
    }

    /** Context words and anchors, within the figure's dimension and relation. */
    @Override
    public Set<String> features(Item it) {
      return it.context.features(it.kind + "|" + it.relation);
    }

    @Override
    public boolean proposable(Item x, Item y) {
      return attachedAlike(x, y) && allowed(x, y);
    }

    @Override
    public boolean allowed(Item x, Item y) {
      return QuantityAligner.allowed(x, y);
    }

    /** Both name the place where it happened ("in Vladivostok", "off Vladivostok"): that says more than any other shared word. */
    @Override
    public double adjust(Item x, Item y, double sim) {
      return !x.places.isEmpty() && Overlap.sharePlace(x.places, y.places) ? Math.min(1.0, sim + PLACE_BONUS) : sim;
    }

    /**
     * "Kim met with Putin for three hours" and "meetings ... that lasted nearly five hours" share
     * few words but one event, and the figures measure the event itself: such a pair of durations
     * aligns, at the threshold, when each is clearly the other's best candidate among all the
     * durations tied to it. A count in the same event (soldiers, children, targets) measures
     * something else in it, so the event alone does not pair counts.
     */
    @Override
    public boolean vouches(Item x, Item y) {
      return x.kind.equals("unit:duration") && sharesEvent(x, y);
    }

    @Override
    public String topic(List<Item> members) {
      return QuantityAligner.this.topic(members);
    }

    @Override
    public String why(Item x, Item y) {
      return QuantityAligner.why(x, y);
    }
  };

  /** What a figure measures, in words: "a duration", "a count of workers", "an amount of money". */
  private static String measure(Item it) {
    if (it.kind.equals("age")) {
      return "an age";
    }
    if (it.kind.startsWith("noun:")) {
      return "a count of " + plural(it.fact.noun().orElse(it.kind.substring(5)));
    }
    if (it.kind.startsWith("unit:")) {
      String dimension = it.kind.substring(5);
      int colon = dimension.indexOf(':');
      String family = colon < 0 ? dimension : dimension.substring(0, colon);
      return family.equals("money") ? "an amount of money" : "a " + family;
    }
    return "a figure";
  }

  private static String relationWords(String relation) {
    return relation.isEmpty() ? "a plain figure" : "\"" + relation + "\"";
  }

  /** What keeps two figures apart, in the order {@link #allowed} asks it. */
  private static String why(Item x, Item y) {
    if (!x.kind.equals(y.kind)) {
      return "they measure different things (" + measure(x) + ", " + measure(y) + ")";
    }
    if (!x.relation.equals(y.relation)) {
      return "they stand in different relations (" + relationWords(x.relation) + ", " + relationWords(y.relation) + ")";
    }
    if (x.past != y.past) {
      return "one sentence is about a past year, the other about the present";
    }
    if (!x.places.isEmpty() && !y.places.isEmpty() && !Overlap.sharePlace(x.places, y.places)) {
      return "their sentences name different places or parties after \"in\", \"at\", \"of\", \"from\" ("
          + String.join(", ", new java.util.TreeSet<>(x.places)) + "; " + String.join(", ", new java.util.TreeSet<>(y.places)) + ")";
    }
    if (x.kind.equals("age") && !x.person.isEmpty() && !y.person.isEmpty() && !Names.same(x.person, y.person)) {
      return "ages of different people (" + x.person + ", " + y.person + ")";
    }
    for (String category : TIME_CATEGORIES) {
      Set<String> a = inCategory(x.times, category);
      Set<String> b = inCategory(y.times, category);
      if (!a.isEmpty() && !b.isEmpty() && Overlap.disjoint(a, b)) {
        return "their sentences name different times (" + String.join(", ", new java.util.TreeSet<>(a)) + "; "
            + String.join(", ", new java.util.TreeSet<>(b)) + ")";
      }
    }
    return "not about the same thing: no word of what is measured and no event near both";
  }

  /**
   * Whether the two quantities attach to the same thing: they share a lower-case word near both
   * (the measured thing: "tax rate", "tariffs", "killed"), or their sentences name the same event
   * (met, meeting, talks). Shared names are not enough: "Trump" or "Gaza" is what the whole cluster
   * is about, not what one figure measures.
   */
  private static boolean attachedAlike(Item x, Item y) {
    for (String k : x.localWords) {
      if (y.localWords.contains(k)) {
        return true;
      }
    }
    return sharesEvent(x, y);
  }

  /** Whether the two sentences name one event family (met, meeting, talks). */
  private static boolean sharesEvent(Item x, Item y) {
    for (String k : x.events.keySet()) {
      if (y.events.containsKey(k)) {
        return true;
      }
    }
    return false;
  }

  /** What can never be one fact: another report-less constraint on a pair, whatever the words. */
  private static boolean allowed(Item x, Item y) {
    if (x.report == y.report || !x.kind.equals(y.kind) || !x.relation.equals(y.relation)) {
      return false;
    }
    // "Obama won 332 electoral votes in 2012" is history; "he won 306" is the news.
    if (x.past != y.past) {
      return false;
    }
    if (!x.places.isEmpty() && !y.places.isEmpty() && !Overlap.sharePlace(x.places, y.places)) {
      return false;
    }
    if (x.kind.equals("age") && !x.person.isEmpty() && !y.person.isEmpty() && !Names.same(x.person, y.person)) {
      // An age belongs to the person named beside it: "7-year-old Maria" is not "70-year-old Charles".
      return false;
    }
    for (String category : TIME_CATEGORIES) {
      Set<String> a = inCategory(x.times, category);
      Set<String> b = inCategory(y.times, category);
      if (!a.isEmpty() && !b.isEmpty() && Overlap.disjoint(a, b)) {
        return false;
      }
    }
    return true;
  }

  private static final ImmutableList<String> TIME_CATEGORIES = ImmutableList.of("year:", "month:", "day:", "window:");
  private static final Set<String> DEICTIC_DAYS = Sets.union(Calendar.DEICTIC_DAYS, ImmutableSet.of("tonight"));
  private static final Set<String> WINDOW_UNITS =
      ImmutableSet.of("day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
          "hour", "hours", "night", "weekend");

  private static Set<String> inCategory(Set<String> anchors, String category) {
    Set<String> out = new HashSet<>();
    for (String a : anchors) {
      if (a.startsWith(category)) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * When the sentence says its statement holds: the days, months and windows it names ("on Friday",
   * "in July", "since midnight", "over the past three weeks", "this year"). Two statements that name
   * different times of the same kind are different counts, whatever their words.
   */
  private static Set<String> timeAnchors(List<Token> tokens, int first, int last) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).norm();
      if (Calendar.WEEKDAYS.containsKey(w) || DEICTIC_DAYS.contains(w)) {
        out.add("day:" + w);
      } else if (Calendar.MONTHS.containsKey(w) && !Calendar.AMBIGUOUS_MONTHS.contains(w)) {
        out.add("month:" + w);
      } else if (w.equals("since") && i + 1 < tokens.size() && tokens.get(i + 1).kind() == Token.Kind.WORD) {
        out.add("window:since " + tokens.get(i + 1).norm());
      } else if (WINDOW_OPENERS.contains(w)) {
        // "the past three weeks", "last year", "this month", "over two days", "in the first week"
        int j = i + 1;
        if (j < tokens.size() && tokens.get(j).norm().equals("the") && !WINDOW_DEICTIC.contains(w)) {
          j++;
        }
        String count = "";
        if (j + 1 < tokens.size() && !WINDOW_UNITS.contains(tokens.get(j).norm())) {
          count = tokens.get(j).norm() + " ";
          j++;
        }
        boolean ownFigure = j >= first && i <= last;
        if (j < tokens.size() && WINDOW_UNITS.contains(tokens.get(j).norm()) && !ownFigure
            && (WINDOW_DEICTIC.contains(w) || !count.isEmpty())) {
          out.add("window:" + (w.equals("last") ? "past" : WINDOW_DEICTIC.contains(w) ? w : "span")
              + " " + count + Lexicon.singular(tokens.get(j).norm()));
        }
      }
    }
    return out;
  }

  /** Words that open a stretch of time a count holds for. */
  private static final Set<String> WINDOW_OPENERS =
      ImmutableSet.of("past", "last", "this", "next", "over", "during", "within", "in");
  /** Of them, those that place the stretch relative to now. */
  private static final Set<String> WINDOW_DEICTIC = ImmutableSet.of("past", "last", "this", "next");

  /** What naming the same place adds to the similarity of two figures. */
  static final double PLACE_BONUS = 0.1;



  /** A short label for what the group is about: the event word its members share, else a word. */
  private String topic(List<Item> items) {
    Item first = items.get(0);
    boolean counts = first.kind.startsWith("noun:");
    String best = bestShared(items, it -> it.events);
    if (best == null && !counts) {
      // a lower-case word they share, not a name: "Vanity Fair" says nothing of what an amount is
      best = bestShared(items, it -> {
        Map<String, Double> words = new HashMap<>(it.context.weights());
        words.keySet().removeIf(k -> it.context.anchors().contains(k) && !lexicon.isFamily(k)
            || WEAK_WORDS.contains(k));
        return words;
      });
    }
    if (best != null && counts && (best.equals(first.kind.substring(5))
        || lexicon.isFamily(best) && best.equals(lexicon.key(first.fact.noun().orElseThrow())))) {
      best = null; // "Number of deaths", not "Deaths number of deaths"
    }
    String subject = best == null ? "" : capitalise(lexicon.display(best));
    String what;
    if (first.kind.startsWith("unit:")) {
      String dimension = first.kind.substring(5);
      what = dimension.startsWith("money") ? "amount" : dimension;
    } else if (first.kind.startsWith("noun:")) {
      // the members count one noun key; shown as the shortest way they write it, never the first report's
      what = "number of " + plural(items.stream().map(it -> it.fact.noun().orElseThrow())
          .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElseThrow());
    } else if (first.kind.equals("age")) {
      what = "age";
    } else {
      what = "figure";
    }
    String label = subject.isEmpty() || subject.equalsIgnoreCase(what) ? capitalise(what) : subject + " " + what;
    return first.relation.isEmpty() ? label : label + " (" + first.relation + ")";
  }

  private static String bestShared(List<Item> items, java.util.function.Function<Item, Map<String, Double>> weights) {
    Pairs.Sums sums = new Pairs.Sums();
    Map<String, Integer> support = new HashMap<>();
    for (Item it : items) {
      for (Map.Entry<String, Double> e : weights.apply(it).entrySet()) {
        sums.add(e.getKey(), e.getValue());
        support.merge(e.getKey(), 1, Integer::sum);
      }
    }
    Map<String, Double> score = sums.totals();
    String best = null;
    for (Map.Entry<String, Double> e : score.entrySet()) {
      String key = e.getKey();
      if (support.get(key) < 2) {
        continue;
      }
      if (best == null || support.get(key) > support.get(best)
          || support.get(key).equals(support.get(best)) && (e.getValue() > score.get(best)
              || e.getValue().equals(score.get(best)) && key.compareTo(best) < 0)) {
        best = key;
      }
    }
    return best;
  }

  private static final ImmutableMap<String, String> IRREGULAR_PLURALS = ImmutableMap.<String, String>builder()
      .put("child", "children").put("person", "people").put("man", "men").put("woman", "women")
      .put("foot", "feet").put("mouse", "mice").put("tooth", "teeth")
      // written the same in the plural
      .put("police", "police").put("staff", "staff").put("personnel", "personnel").put("aircraft", "aircraft")
      .put("spacecraft", "spacecraft").put("sheep", "sheep").put("fish", "fish").put("deer", "deer")
      .put("cattle", "cattle").put("livestock", "livestock").put("offspring", "offspring")
      .buildOrThrow();

  static String plural(String noun) {
    String irregular = IRREGULAR_PLURALS.get(noun.toLowerCase(Locale.ROOT));
    if (irregular != null) {
      return irregular;
    }
    if (noun.endsWith("s") || noun.endsWith("children") || noun.endsWith("people")) {
      return noun;
    }
    if (noun.endsWith("y") && noun.length() > 2 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    if (noun.endsWith("ch") || noun.endsWith("sh") || noun.endsWith("x")) {
      return noun + "es";
    }
    return noun + "s";
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static final class Item extends AlignmentEngine.Item<Quantity> {
    final String kind;
    final String relation;
    final Set<String> places;
    /** Event families in the sentence, by how close they stand. */
    final Map<String, Double> events;
    /** Lower-case content words within {@link #LOCAL} tokens: the measured thing rather than a name. */
    final Set<String> localWords;
    /** The name right beside the quantity ("7-year-old Maria Lane", "Jack Lane, 76"), or "". */
    final String person;
    /** Years, days, months and windows named in the sentence: the time the statement is about. */
    final Set<String> times;
    /** Whether the sentence is about a past year: it names none as late as the cluster's present. */
    final boolean past;

    Item(int report, Quantity quantity, FactContext context, String kind, String relation, Set<String> places,
        Map<String, Double> events, Set<String> localWords, Set<String> times, boolean past, String person) {
      super(report, quantity, context);
      this.kind = kind;
      this.relation = relation;
      this.places = places;
      this.events = events;
      this.localWords = localWords;
      this.times = times;
      this.past = past;
      this.person = person;
    }
  }
}
