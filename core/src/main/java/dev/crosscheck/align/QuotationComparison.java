package dev.crosscheck.align;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.fact.Quotation;
import dev.crosscheck.fact.Titles;
import dev.crosscheck.text.Span;
import dev.crosscheck.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two quotations compared word by word over the part both carry. The words are aligned with
 * java-diff-utils (long pairs cut first at words found once in each, so the work stays linear); the
 * compared part is the longest chain of aligned runs whose gaps stay short, so a quotation cut
 * short, or two passages that share a stock phrase, do not turn into differences. Each gap inside
 * the chain is a {@link Difference}: of function words only ("a"/"an"), or of a changed, added or
 * dropped content word ("guard"/"gird"), for a rule to grade; a gap at an ellipsis is an omission,
 * and differences of form (case, punctuation, hyphenation, "U.S."/"US", British and American
 * spelling, "3"/"three") are not differences at all.
 *
 * @param left the first quotation
 * @param right the second quotation
 * @param matched how many words of each the compared part aligns
 * @param differences the gaps in the compared part, in text order
 */
public record QuotationComparison(
    Quotation left, Quotation right, int matched, ImmutableList<Difference> differences) {

  /** How many words the shorter of the two quotations has. */
  public int shorterLength() {
    return Math.min(Words.of(left).size(), Words.of(right).size());
  }

  /**
   * Whether the two share enough to be taken for one statement, not just one phrase: at least
   * {@link #SOLID_RUN} aligned words, and four in five words of the shorter: near verbatim.
   */
  public boolean isSolid() {
    return matched >= SOLID_RUN && 5 * matched >= 4 * shorterLength();
  }

  /** The most words a gap between two aligned runs may have on either side. */
  public static final int MAX_GAP = 4;
  /** How many words two quotations must share in one run to be the same quotation. */
  public static final int MIN_RUN = 4;
  /** How many aligned words make two quotations one statement, whose speaker and source compare. */
  public static final int SOLID_RUN = 6;
  /** So many aligned words make one quotation however much longer the other is. */
  public static final int LONG_RUN = 8;

  private static final ImmutableMap<String, String> NUMBER_WORDS = ImmutableMap.<String, String>builder()
      .put("zero", "0").put("one", "1").put("two", "2").put("three", "3").put("four", "4")
      .put("five", "5").put("six", "6").put("seven", "7").put("eight", "8").put("nine", "9")
      .put("ten", "10").put("eleven", "11").put("twelve", "12").put("twenty", "20")
      .put("hundred", "100").put("thousand", "1000").put("million", "1000000")
      .build();

  /** Validates the record. */
  public QuotationComparison {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    requireNonNull(differences, "differences");
    checkArgument(matched > 0, "nothing matched");
  }

  /**
   * One place where the compared part of two quotations differs.
   *
   * @param contentWords whether a content word is changed, added or dropped ("guard"/"gird"); false
   *     when only function words differ ("a"/"an")
   * @param leftWords the left quotation's words in the gap (maybe none)
   * @param rightWords the right quotation's words in the gap (maybe none)
   * @param leftSpan evidence in the left report: the gap's words, or the aligned words around an
   *     empty gap
   * @param rightSpan evidence in the right report, likewise
   */
  public record Difference(
      boolean contentWords,
      ImmutableList<Token> leftWords,
      ImmutableList<Token> rightWords,
      Span leftSpan,
      Span rightSpan) {

    /** Validates the record. */
    public Difference {
      requireNonNull(leftWords, "leftWords");
      requireNonNull(rightWords, "rightWords");
      requireNonNull(leftSpan, "leftSpan");
      requireNonNull(rightSpan, "rightSpan");
    }
  }

  /**
   * Compares two quotations; empty when they are not the same quotation (no run of
   * {@link #MIN_RUN} words in common, or of all the words of a shorter quotation of two or three).
   */
  public static Optional<QuotationComparison> compare(Quotation left, Quotation right, Lexicon lexicon) {
    return compare(left, right, lexicon, MIN_RUN);
  }

  /**
   * Compares two quotations that may share a shorter run than {@link #MIN_RUN}: two quotations
   * already known to be one statement (each aligned with a third that both contain) need less to
   * anchor their comparison.
   */
  static Optional<QuotationComparison> compare(Quotation left, Quotation right, Lexicon lexicon, int minRun) {
    Words a = Words.of(left);
    Words b = Words.of(right);
    int shorter = Math.min(a.size(), b.size());
    if (shorter < 2) {
      return Optional.empty();
    }
    // A lone matching word ("that", "the") is no anchor: only runs of two words or more chain.
    List<int[]> runs = WordAlignment.solidRuns(a.keys, b.keys, 2);
    // Chains of runs separated by short gaps; keep the one that aligns the most words.
    int bestStart = -1;
    int bestEnd = -1;
    int bestMatched = 0;
    int bestLongest = 0;
    int start = 0;
    while (start < runs.size()) {
      int end = start;
      int matched = runs.get(start)[2];
      int longest = matched;
      while (end + 1 < runs.size() && gapOk(runs.get(end), runs.get(end + 1), a, b)) {
        end++;
        matched += runs.get(end)[2];
        longest = Math.max(longest, runs.get(end)[2]);
      }
      if (matched > bestMatched) {
        bestStart = start;
        bestEnd = end;
        bestMatched = matched;
        bestLongest = longest;
      }
      start = end + 1;
    }
    // A shared idiom ("on the wrong side of history") is not one quotation: the compared part must
    // hold half the words of the shorter quotation, or a long run on its own.
    if (bestStart < 0 || bestLongest < Math.min(minRun, shorter)
        || 2 * bestMatched < shorter && bestMatched < LONG_RUN) {
      return Optional.empty();
    }
    ImmutableList.Builder<Difference> differences = ImmutableList.builder();
    // Before the first run: both quotations open there, at most EDGE words before it, with other
    // words ("Now we will" / "Then we will"); a quotation that opens with the run is cut, and silent.
    int[] first = runs.get(bestStart);
    // A long compared part is one statement: its edges are read to the sentence's bounds (words past
    // a sentence end belong to another: "... support they need. We are shattered." ends at "need")
    // and compared whole ("autopilot" against "auto-pilot" is form).
    boolean whole = bestMatched >= LONG_RUN;
    int headA = first[0] - (whole ? a.sentenceStartBefore(first[0]) : 0);
    int headB = first[1] - (whole ? b.sentenceStartBefore(first[1]) : 0);
    if (headA > 0 && headB > 0 && Math.max(headA, headB) <= EDGE) {
      int na = whole ? headA : Math.min(headA, headB);
      int nb = whole ? headB : Math.min(headA, headB);
      edge(differences, left, right, a, first[0] - na, first[0], b, first[1] - nb, first[1], lexicon);
    }
    for (int k = bestStart; k < bestEnd; k++) {
      int[] r = runs.get(k);
      int[] n = runs.get(k + 1);
      int a0 = r[0] + r[2];
      int a1 = n[0];
      int b0 = r[1] + r[2];
      int b1 = n[1];
      gap(differences, left, right, a, a0, a1, b, b0, b1, lexicon);
    }
    // After the last run, likewise: "releasing the drug for Josh" / "releasing the drug to Josh"
    // changes the last words; a quotation that simply stops there, or goes on for longer, is cut
    // short or another sentence, and silent.
    int[] last = runs.get(bestEnd);
    int a0 = last[0] + last[2];
    int b0 = last[1] + last[2];
    int tailA = (whole ? a.sentenceEndAfter(a0) : a.size()) - a0;
    int tailB = (whole ? b.sentenceEndAfter(b0) : b.size()) - b0;
    if (tailA > 0 && tailB > 0 && Math.max(tailA, tailB) <= EDGE) {
      int na = whole ? tailA : Math.min(tailA, tailB);
      int nb = whole ? tailB : Math.min(tailA, tailB);
      edge(differences, left, right, a, a0, a0 + na, b, b0, b0 + nb, lexicon);
    }
    return Optional.of(new QuotationComparison(left, right, bestMatched, differences.build()));
  }

  /** How many words an edge of a quotation past the compared part may have for it to count. */
  public static final int EDGE = 2;

  /** An edge past the compared part: a gap, unless an omission is marked at either end of it. */
  private static void edge(ImmutableList.Builder<Difference> out, Quotation left, Quotation right,
      Words a, int a0, int a1, Words b, int b0, int b1, Lexicon lexicon) {
    if (!(a.ellipsisBefore[a0] || b.ellipsisBefore[b0] || a.ellipsisBefore[a1] || b.ellipsisBefore[b1])) {
      gap(out, left, right, a, a0, a1, b, b0, b1, lexicon);
    }
  }

  /** Adds the words [a0, a1) against [b0, b1) as a difference, unless they differ in form only. */
  private static void gap(ImmutableList.Builder<Difference> out, Quotation left, Quotation right,
      Words a, int a0, int a1, Words b, int b0, int b1, Lexicon lexicon) {
    Change change = classify(a, a0, a1, b, b0, b1, lexicon);
    if (change != Change.FORM) {
      out.add(new Difference(change == Change.CONTENT_WORDS, a.tokens.subList(a0, a1), b.tokens.subList(b0, b1),
          a.evidence(left, a0, a1), b.evidence(right, b0, b1)));
    }
  }

  private static boolean gapOk(int[] run, int[] next, Words a, Words b) {
    int ga = next[0] - (run[0] + run[2]);
    int gb = next[1] - (run[1] + run[2]);
    // "shameful and gross... I just think" against the whole answer: an ellipsis marks words left
    // out, however many the other prints there.
    if (ga == 0 && a.ellipsisBefore[next[0]] || gb == 0 && b.ellipsisBefore[next[1]]) {
      return true;
    }
    return ga <= MAX_GAP && gb <= MAX_GAP;
  }

  /** {@link Change#FORM} when the gap is no divergence: empty, an omission marked by an ellipsis, or form only. */
  /** What a gap between aligned runs changes. */
  private enum Change { FORM, FUNCTION_WORDS, CONTENT_WORDS }

  /** The fillers of speech, each as its words: "you know", "I mean", "kind of", "right?". */
  private static final ImmutableList<ImmutableList<String>> FILLERS = ImmutableList.of(
      ImmutableList.of("you", "know"), ImmutableList.of("i", "mean"), ImmutableList.of("kind", "of"),
      ImmutableList.of("sort", "of"), ImmutableList.of("right"), ImmutableList.of("like"), ImmutableList.of("well"),
      ImmutableList.of("okay"), ImmutableList.of("ok"), ImmutableList.of("um"), ImmutableList.of("uh"),
      ImmutableList.of("er"), ImmutableList.of("and"), ImmutableList.of("so"));

  /** Whether words [from, to) are fillers of speech and nothing else (at least one filler). */
  private static boolean onlyFillers(Words w, int from, int to) {
    int i = from;
    boolean any = false;
    outer:
    while (i < to) {
      for (ImmutableList<String> f : FILLERS) {
        if (i + f.size() <= to && f.equals(w.keys.subList(i, i + f.size()))) {
          // "and" and "so" only beside another filler ("and, you know,"), not alone
          any |= f.size() > 1 || !f.get(0).equals("and") && !f.get(0).equals("so");
          i += f.size();
          continue outer;
        }
      }
      return false;
    }
    return any;
  }

  private static Change classify(Words a, int a0, int a1, Words b, int b0, int b1, Lexicon lexicon) {
    if (a0 == a1 && b0 == b1) {
      return Change.FORM;
    }
    if (a0 == a1 && a.ellipsisBefore[a0] || b0 == b1 && b.ellipsisBefore[b0]) {
      return Change.FORM;
    }
    // "[for]" stands for words the writer put in: it may replace "for", "(for)" or nothing.
    if (a.editorialWithin(a0, a1) || b.editorialWithin(b0, b1)) {
      return Change.FORM;
    }
    if (String.join("", a.keys.subList(a0, a1)).equals(String.join("", b.keys.subList(b0, b1)))) {
      return Change.FORM;
    }
    // "7-10 times" and "seven to 10 times": a range written with a dash or with "to" is form
    // (past the words both sides of the gap share: "7" against "seven to" at the opening).
    int p = 0;
    while (a0 + p < a1 && b0 + p < b1 && a.keys.get(a0 + p).equals(b.keys.get(b0 + p))) {
      p++;
    }
    int q = 0;
    while (a1 - q > a0 + p && b1 - q > b0 + p && a.keys.get(a1 - q - 1).equals(b.keys.get(b1 - q - 1))) {
      q++;
    }
    if (isRangeWord(a, a0 + p, a1 - q) && b0 + p == b1 - q && betweenNumbers(b, b0 + p)
        || isRangeWord(b, b0 + p, b1 - q) && a0 + p == a1 - q && betweenNumbers(a, a0 + p)) {
      return Change.FORM;
    }
    // "disagree with Representative Fredette" and "disagree with Fredette": a title is form.
    if ((a0 == a1 || b0 == b1) && onlyTitles(a, a0, a1) && onlyTitles(b, b0, b1)) {
      return Change.FORM;
    }
    // "Sen." and "Senator", "Gov." and "Governor": a title and its abbreviation are form ("Mr" and
    // "Mrs" are two titles).
    if (a1 - a0 == 1 && b1 - b0 == 1) {
      String x = a.tokens.get(a0).norm().replace(".", "");
      String y = b.tokens.get(b0).norm().replace(".", "");
      String shorter = x.length() <= y.length() ? x : y;
      String longer = shorter == x ? y : x;
      if (ALL_TITLES.contains(x) && ALL_TITLES.contains(y) && shorter.length() >= 3
          && longer.length() >= shorter.length() + 2 && longer.startsWith(shorter)) {
        return Change.FORM;
      }
    }
    // "a difference between, you know, patting" against "a difference between patting": the
    // fillers of speech, which one report prints and another edits out, say nothing.
    if (a0 == a1 && onlyFillers(b, b0, b1) || b0 == b1 && onlyFillers(a, a0, a1)) {
      return Change.FUNCTION_WORDS;
    }
    for (int i = a0; i < a1; i++) {
      if (!lexicon.isFunctionWord(a.tokens.get(i).norm())) {
        return Change.CONTENT_WORDS;
      }
    }
    for (int i = b0; i < b1; i++) {
      if (!lexicon.isFunctionWord(b.tokens.get(i).norm())) {
        return Change.CONTENT_WORDS;
      }
    }
    // "will not raise taxes" against "will raise taxes": a negation dropped or added turns the
    // statement around, however small the word.
    if (negations(a, a0, a1) != negations(b, b0, b1)) {
      return Change.CONTENT_WORDS;
    }
    return Change.FUNCTION_WORDS;
  }

  /** Whether the gap [from, to) is one "to" or "through" with a number before and after it. */
  private static boolean isRangeWord(Words w, int from, int to) {
    return to - from == 1 && (w.keys.get(from).equals("to") || w.keys.get(from).equals("through"))
        && from > 0 && to < w.size() && isNumber(w.keys.get(from - 1)) && isNumber(w.keys.get(to));
  }

  /** Whether an empty gap at {@code at} stands between two numbers. */
  private static boolean betweenNumbers(Words w, int at) {
    return at > 0 && at < w.size() && isNumber(w.keys.get(at - 1)) && isNumber(w.keys.get(at));
  }

  private static boolean isNumber(String key) {
    return !key.isEmpty() && Character.isDigit(key.charAt(0));
  }

  /** Words that negate what they stand in: "not", "never", "no", "n't" and the like. */
  public static final ImmutableSet<String> NEGATIONS = ImmutableSet.of("not", "never", "no", "n't", "nor",
      "neither", "none", "nobody", "nothing", "nowhere", "cannot", "without");

  /**
   * Whether a word negates: one of {@link #NEGATIONS} or a contraction in "n't" ("don't", "won't").
   *
   * @param norm a token's normal form
   * @return whether it is a negation
   */
  public static boolean isNegation(String norm) {
    return NEGATIONS.contains(norm) || norm.endsWith("n't") || norm.endsWith("n’t");
  }

  private static int negations(Words w, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (isNegation(w.tokens.get(i).norm())) {
        n++;
      }
    }
    return n;
  }

  /** Titles written before a name, which one report keeps and another drops. */
  private static final ImmutableSet<String> TITLES = Titles.withRole(Titles.Role.FORM);
  private static final ImmutableSet<String> ALL_TITLES =
      Titles.withAnyRole(Titles.Role.TITLE, Titles.Role.PERSON, Titles.Role.OFFICE);

  /** Whether the words from {@code from} to {@code to} are none or titles only. */
  private static boolean onlyTitles(Words w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!TITLES.contains(w.tokens.get(i).norm().replace(".", ""))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The key a quoted word is compared by: its normal form with differences of form folded away
   * (apostrophes, thousands separators, "three"/"3", British/American spelling).
   */
  public static String compareKey(String norm) {
    String w = norm.replace("'", "").replace(",", "");
    String number = NUMBER_WORDS.get(w);
    if (number != null) {
      return number;
    }
    // British and American spelling: colour/color, organise/organize, centre/center, programme/program.
    if (w.length() > 4) {
      for (int k = 0; k < SPELLINGS.length; k++) {
        w = SPELLINGS[k].matcher(w).replaceAll(AMERICAN[k]);
      }
    }
    return w;
  }

  /** British endings, each with its American replacement in {@link #AMERICAN}; compiled once. */
  private static final java.util.regex.Pattern[] SPELLINGS = {
      java.util.regex.Pattern.compile("our(s|ed|ing|able|ite|ites)?$"),
      java.util.regex.Pattern.compile("is(e|es|ed|ing|ation|ations)$"),
      java.util.regex.Pattern.compile("yse(s?|d)$"),
      java.util.regex.Pattern.compile("tre(s?)$"),
      java.util.regex.Pattern.compile("mme(s?)$"),
      java.util.regex.Pattern.compile("ll(ed|ing)$"),
  };
  private static final String[] AMERICAN = {"or$1", "iz$1", "yze$1", "ter$1", "m$1", "l$1"};

  private static final ImmutableMap<String, String> CONTRACTED_ENDINGS = ImmutableMap.<String, String>builder()
      .put("n't", "not").put("'ll", "will").put("'re", "are").put("'ve", "have").put("'m", "am")
      .put("'d", "would").build();
  /**
   * Contractions and transcription spellings that are not a stem plus an ending: how one reporter
   * writes down what another spells out ("gonna", "going to") is form, not wording.
   */
  private static final ImmutableMap<String, List<String>> IRREGULAR = ImmutableMap.<String, List<String>>builder()
      .put("won't", List.of("will", "not")).put("can't", List.of("can", "not"))
      .put("shan't", List.of("shall", "not")).put("let's", List.of("let", "us"))
      .put("ain't", List.of("is", "not")).put("gonna", List.of("going", "to"))
      .put("wanna", List.of("want", "to")).put("gotta", List.of("got", "to"))
      .put("okay", List.of("ok")).put("o.k.", List.of("ok")).put("&", List.of("and"))
      .build();
  private static final ImmutableSet<String> IS_AFTER = ImmutableSet.of(
      "it", "he", "she", "that", "there", "what", "who", "here", "where", "how", "this");

  /**
   * The compare keys of one word, contractions spelled out ("we'll" is "we will", "don't" "do not",
   * "'s" after a pronoun "is"), so that a contraction is a difference of form.
   */
  static List<String> expand(String norm, String previous) {
    String w = norm.replace('’', '\'');
    List<String> irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.equals("'s") && IS_AFTER.contains(previous)) {
      return List.of("is");
    }
    for (java.util.Map.Entry<String, String> e : CONTRACTED_ENDINGS.entrySet()) {
      if (w.endsWith(e.getKey()) && w.length() > e.getKey().length()) {
        String stem = w.substring(0, w.length() - e.getKey().length());
        return List.of(compareKey(stem), e.getValue());
      }
      if (w.equals(e.getKey())) {
        return List.of(e.getValue());
      }
    }
    if (w.endsWith("'s") && w.length() > 2 && IS_AFTER.contains(w.substring(0, w.length() - 2))) {
      return List.of(w.substring(0, w.length() - 2), "is");
    }
    return List.of(compareKey(w));
  }

  /** The words of a quotation that count, with where an ellipsis stands among them. */
  private static final class Words {
    final ImmutableList<Token> tokens;
    final List<String> keys;
    /** ellipsisBefore[i]: an omission mark stands right before word i (i == size: at the end). */
    final boolean[] ellipsisBefore;
    /** editorialBefore[i]: [square brackets] or (parentheses) stand right before word i or hold it. */
    final boolean[] editorialBefore;
    /** stopBefore[i]: a sentence ends between word i - 1 and word i (".", "?", "!"). */
    final boolean[] stopBefore;

    private Words(ImmutableList<Token> tokens, List<String> keys, boolean[] ellipsisBefore,
        boolean[] editorialBefore, boolean[] stopBefore) {
      this.tokens = tokens;
      this.keys = keys;
      this.ellipsisBefore = ellipsisBefore;
      this.editorialBefore = editorialBefore;
      this.stopBefore = stopBefore;
    }

    /** Where the sentence holding word {@code i - 1} and word {@code i} ends: the first word index past it, or the size. */
    int sentenceEndAfter(int i) {
      for (int k = Math.max(1, i); k < size(); k++) {
        if (stopBefore[k]) {
          return k;
        }
      }
      return size();
    }

    /** Where the sentence that word {@code i} opens or continues began: 0, or the word after a sentence end. */
    int sentenceStartBefore(int i) {
      for (int k = Math.min(i, size() - 1); k > 0; k--) {
        if (stopBefore[k]) {
          return k;
        }
      }
      return 0;
    }

    static Words of(Quotation q) {
      ImmutableList.Builder<Token> tokens = ImmutableList.builder();
      List<String> keys = new ArrayList<>();
      List<Boolean> ellipsis = new ArrayList<>();
      boolean pending = false;
      String previous = "";
      for (Token t : q.words()) {
        if (t.kind() == Token.Kind.ELLIPSIS) {
          pending = true;
        } else if (t.isWordLike() || t.norm().equals("&")) {
          for (String key : expand(t.norm(), previous)) {
            tokens.add(t);
            keys.add(key);
            ellipsis.add(pending);
            pending = false;
          }
          previous = t.norm();
        }
      }
      ellipsis.add(pending);
      boolean[] marks = new boolean[ellipsis.size()];
      for (int i = 0; i < marks.length; i++) {
        marks[i] = ellipsis.get(i);
      }
      ImmutableList<Token> list = tokens.build();
      boolean[] editorial = new boolean[list.size() + 1];
      String text = q.text();
      int base = q.span().start();
      for (int i = 0; i <= list.size(); i++) {
        int from = i == 0 ? base : list.get(i - 1).end();
        int to = i == list.size() ? base + text.length() : list.get(i).end();
        editorial[i] = hasBracket(text, from - base, to - base);
      }
      boolean[] stops = new boolean[list.size() + 1];
      for (int i = 1; i < list.size(); i++) {
        int from = list.get(i - 1).end() - base;
        int to = list.get(i).start() - base;
        for (int k = Math.max(0, from); k < Math.min(text.length(), to); k++) {
          char c = text.charAt(k);
          if (c == '.' || c == '?' || c == '!') {
            stops[i] = true;
          }
        }
      }
      return new Words(list, keys, marks, editorial, stops);
    }

    int size() {
      return keys.size();
    }

    /** Whether brackets stand anywhere from the word before the gap [from, to) to the word after. */
    boolean editorialWithin(int from, int to) {
      for (int k = from; k <= to && k < editorialBefore.length; k++) {
        if (editorialBefore[k]) {
          return true;
        }
      }
      return false;
    }

    private static boolean hasBracket(String text, int from, int to) {
      for (int k = Math.max(0, from); k < Math.min(text.length(), to); k++) {
        char c = text.charAt(k);
        if (c == '[' || c == ']' || c == '(' || c == ')') {
          return true;
        }
      }
      return false;
    }

    /** The gap's words, or the aligned word on each side of an empty gap. */
    Span evidence(Quotation q, int from, int to) {
      String id = q.span().reportId();
      if (from < to) {
        return new Span(id, tokens.get(from).start(), tokens.get(to - 1).end());
      }
      Token before = tokens.get(Math.max(0, from - 1));
      Token after = tokens.get(Math.min(tokens.size() - 1, from));
      return new Span(id, Math.min(before.start(), after.start()), Math.max(before.end(), after.end()));
    }
  }
}
