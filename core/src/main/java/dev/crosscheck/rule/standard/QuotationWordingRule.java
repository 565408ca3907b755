package dev.crosscheck.rule.standard;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.align.FactGroup;
import dev.crosscheck.align.QuotationComparison.Difference;
import dev.crosscheck.align.QuotationComparison;
import dev.crosscheck.fact.Quotation;
import dev.crosscheck.rule.AbstractRule;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Reading;
import dev.crosscheck.rule.RuleContext;
import dev.crosscheck.rule.RuleInfo;
import dev.crosscheck.rule.RuleOption;
import dev.crosscheck.rule.Severity;
import dev.crosscheck.text.Span;
import dev.crosscheck.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The same quotation worded differently: a changed, added or dropped content word is a conflict
 * ("will guard itself" vs "will gird itself"), a changed function word a variant ("a unilateral" vs
 * "an unilateral"). Only the part both reports carry is compared; differences of form, an omission
 * marked by an ellipsis and an [editorial insertion] are no divergence.
 */
@RuleInfo(id = "quotation-wording", kind = "quotation", severity = Severity.CONFLICT,
    description = "Reports quote the same words differently.")
public final class QuotationWordingRule extends AbstractRule {

  private static final String FUNCTION_WORDS = "functionWords";

  @Override
  public ImmutableList<RuleOption> options() {
    return ImmutableList.of(new RuleOption(FUNCTION_WORDS,
        "Report a changed function word (\"a\"/\"an\", \"the\"/\"a\") as a variant.", "true"));
  }

  @Override
  public ImmutableList<String> examples() {
    return ImmutableList.of(
        """
        === a
        The mayor said: “The city will <e1 conflict>guard</e1> itself against every flood this winter.”
        === b
        The mayor said: “The city will <e1>gird</e1> itself against every flood this winter.”
        === c
        “The city will <e1>gird</e1> itself against every flood,” the mayor said.
        """,
        """
        === a
        “They took <e1 variant>a</e1> unilateral attitude at the last round of talks,” the envoy said.
        === b
        “They took <e1>an</e1> unilateral attitude at the last round of talks,” the envoy said.
        """,
        """
        === a
        “The U.S. will decide [on the tariffs] before the end of the month, as agreed,” she said.
        === b
        “The US will decide before the end of the month,” she said.
        === c
        “We need to... decide before the end of the month, as agreed,” she said.
        """,
        """
        === a
        “We will <e1 conflict msg="Quotation of Osei: “will not raise” (a) vs “will raise” (b)">not</e1> raise taxes on families this year,” Osei said.
        === b
        “We <e1>will raise</e1> taxes on families this year,” Osei said.
        """,
        """
        === a
        “We are heartbroken, and our deepest sympathies <e1 conflict>are with</e1> the family,” the host said.
        === b
        “Our deepest sympathies <e1>go out to</e1> the family,” the host said.
        === c
        The host offered “our deepest sympathies” to the nurse's relatives.
        """,
        """
        === a
        “We've done it in the past and we'll do it again in the autumn,” she said.
        === b
        “We have done it in the past and we will do it again in the autumn,” she said.
        """);
  }

  @Override
  public ImmutableList<Divergence> check(RuleContext context) {
    Map<Quotation, String> topics = new IdentityHashMap<>();
    for (FactGroup<Quotation> g : context.alignment().quotations()) {
      for (Quotation q : g.facts()) {
        topics.put(q, g.topic());
      }
    }
    // Each difference joins the evidence of its two sides; sides that overlap are one place.
    List<Side> sides = new ArrayList<>();
    List<int[]> links = new ArrayList<>();
    List<Severity> severities = new ArrayList<>();
    List<String> linkTopics = new ArrayList<>();
    for (QuotationComparison c : context.alignment().quotationPairs()) {
      for (Difference d : c.differences()) {
        if (!d.contentWords() && !context.settings().flag(FUNCTION_WORDS)) {
          continue;
        }
        int l = sides.size();
        sides.add(new Side(d.leftSpan(), d.leftWords(), d.rightWords(), c.left()));
        sides.add(new Side(d.rightSpan(), d.rightWords(), d.leftWords(), c.right()));
        links.add(new int[] {l, l + 1});
        severities.add(d.contentWords() ? Severity.CONFLICT : Severity.VARIANT);
        linkTopics.add(topics.getOrDefault(c.left(), "Quotation"));
      }
    }
    if (sides.isEmpty()) {
      return ImmutableList.of();
    }
    int[] parent = new int[sides.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int[] link : links) {
      union(parent, link[0], link[1]);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < sides.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> sides.get(i).span));
    for (int k = 1; k < order.size(); k++) {
      Side prev = sides.get(order.get(k - 1));
      Side cur = sides.get(order.get(k));
      if (prev.span.overlaps(cur.span)) {
        union(parent, order.get(k - 1), order.get(k));
      }
    }
    Map<Integer, Severity> severityOf = new HashMap<>();
    Map<Integer, String> topicOf = new HashMap<>();
    for (int i = 0; i < links.size(); i++) {
      int root = find(parent, links.get(i)[0]);
      severityOf.merge(root, severities.get(i), (x, y) -> x == Severity.CONFLICT || y == Severity.CONFLICT
          ? Severity.CONFLICT : Severity.VARIANT);
      topicOf.putIfAbsent(root, linkTopics.get(i));
    }
    Map<Integer, List<Side>> places = new LinkedHashMap<>();
    for (int i : order) {
      places.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sides.get(i));
    }
    List<Divergence> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Side>> place : places.entrySet()) {
      Map<String, List<Side>> byWording = new LinkedHashMap<>();
      Map<Span, Boolean> seen = new HashMap<>();
      // One span may stand in several comparisons with other words on its side (an empty side is
      // evidenced by its neighbours): the words decide which reading it joins, never the order the
      // comparisons, and so the reports, came in.
      place.getValue().stream()
          .sorted(Comparator.comparing((Side s) -> s.span).thenComparing(Side::key))
          .filter(s -> seen.putIfAbsent(s.span, true) == null)
          .forEach(s -> byWording.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s));
      if (byWording.size() < 2) {
        continue;
      }
      ImmutableList<Reading> readings = byWording.values().stream()
          .map(ss -> new Reading(ss.get(0).label(),
              ss.stream().map(s -> s.span).distinct().collect(ImmutableList.toImmutableList())))
          .collect(ImmutableList.toImmutableList());
      out.add(new Divergence(id(), kind(), severityOf.get(place.getKey()),
          Messages.describe(context, topicOf.get(place.getKey()), readings), readings));
    }
    out.sort(Comparator.comparing((Divergence d) -> d.evidence().get(0)));
    return ImmutableList.copyOf(out);
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** One report's side of a difference: its words there (maybe none) and the other side's. */
  private static final class Side {
    final Span span;
    final List<Token> words;
    final List<Token> otherWords;
    final Quotation quotation;

    Side(Span span, List<Token> words, List<Token> otherWords, Quotation quotation) {
      this.span = span;
      this.words = words;
      this.otherWords = otherWords;
      this.quotation = quotation;
    }

    String key() {
      return words.stream().map(t -> QuotationComparison.compareKey(t.norm())).collect(Collectors.joining(" "));
    }

    String label() {
      String text = quotation.text();
      int base = quotation.span().start();
      boolean negation = words.stream().anyMatch(t -> QuotationComparison.isNegation(t.norm()))
          || otherWords.stream().anyMatch(t -> QuotationComparison.isNegation(t.norm()));
      if (negation) {
        // say what each side says: "will not raise" against "will raise"
        return Messages.quoted(text.substring(widened(span.start(), true) - base, widened(span.end(), false) - base));
      }
      if (words.isEmpty()) {
        return "without " + Messages.quoted(joined(otherWords));
      }
      return Messages.quoted(text.substring(span.start() - base, span.end() - base));
    }

    /** The span's bound moved out by one word, when its side has words (an empty side spans its neighbours). */
    private int widened(int bound, boolean start) {
      if (words.isEmpty()) {
        return bound;
      }
      List<Token> all = quotation.words().stream().filter(Token::isWordLike).toList();
      int out = bound;
      for (Token t : all) {
        if (start && t.end() <= bound) {
          out = t.start();
        } else if (!start && t.start() >= bound) {
          return t.end();
        }
      }
      return start ? out : bound;
    }

    /** Words written as a reader reads them: "it's", not "it 's". */
    private static String joined(List<Token> tokens) {
      StringBuilder out = new StringBuilder();
      for (Token t : tokens) {
        String n = t.norm();
        if (out.length() > 0 && !n.startsWith("'") && !n.startsWith("’") && !n.equals("n't")) {
          out.append(' ');
        }
        out.append(n);
      }
      return out.toString();
    }
  }
}
