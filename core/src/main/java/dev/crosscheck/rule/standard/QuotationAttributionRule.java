package dev.crosscheck.rule.standard;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.align.FactGroup;
import dev.crosscheck.fact.Names;
import dev.crosscheck.align.QuotationComparison;
import dev.crosscheck.fact.AttributionVocabulary;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Quotation;
import dev.crosscheck.rule.AbstractRule;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Reading;
import dev.crosscheck.rule.RuleContext;
import dev.crosscheck.rule.RuleInfo;
import dev.crosscheck.rule.RuleOption;
import dev.crosscheck.rule.Severity;
import dev.crosscheck.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same quotation put in another mouth (a conflict: "Kim said" vs "Putin said") or credited to
 * another source (a variant: the Foreign Ministry's statement vs the KCNA report). Names compare as
 * {@link Names#same} does; generic sources ("state media", "the agency" unresolved) say nothing.
 */
@RuleInfo(id = "quotation-attribution", kind = "attribution", severity = Severity.VARIANT,
    description = "Reports credit the same quotation to a different speaker or source.")
public final class QuotationAttributionRule extends AbstractRule {

  private static final String SOURCES = "sources";

  @Override
  public ImmutableList<RuleOption> options() {
    return ImmutableList.of(new RuleOption(SOURCES,
        "Report a quotation credited to another source (a ministry's statement vs the news agency).", "true"));
  }

  @Override
  public ImmutableList<String> examples() {
    return ImmutableList.of(
        """
        === a
        “We will rebuild every bridge on the river before winter,” <e1 conflict>Johnson</e1> said on Monday.
        === b
        “We will rebuild every bridge on the river before winter,” <e1>Peters</e1> said on Monday.
        """,
        """
        === a
        “The harvest will be the largest in a decade this year,” the farm minister said, according to <e1 variant>Reuters</e1>.
        === b
        “The harvest will be the largest in a decade this year,” the farm minister said, according to the <e1>Associated Press</e1>.
        """,
        """
        === a
        “The harvest will be the largest in a decade this year,” Mr Olsen told the Nordic News Agency.
        === b
        “The harvest will be the largest in a decade this year,” minister Tom Olsen told the NNA.
        """,
        """
        === a
        His lawyer said in a statement that Mr. Grimm “asserts his innocence of any wrongdoing at all.”
        === b
        “Congressman Grimm asserts his innocence of any wrongdoing at all,” his lawyer, Jo McGinley, said.
        """);
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  @Override
  public ImmutableList<Divergence> check(RuleContext context) {
    Map<String, String> texts = new HashMap<>();
    for (DocumentFacts d : context.documents()) {
      texts.put(d.id(), d.document().text());
    }
    // Only pairs that share a real run of words count: a short phrase may be anyone's.
    List<QuotationComparison> solid = context.alignment().quotationPairs().stream()
        .filter(QuotationComparison::isSolid)
        .collect(ImmutableList.toImmutableList());
    List<Divergence> out = new ArrayList<>();
    for (FactGroup<Quotation> group : context.alignment().quotations()) {
      Set<Quotation> members = Collections.newSetFromMap(new IdentityHashMap<>());
      members.addAll(group.facts());
      List<QuotationComparison> pairs = solid.stream().filter(c -> members.contains(c.left())).toList();
      differing(group, pairs, q -> speakerOf(q, texts.get(q.span().reportId())), Quotation::speakerSpan,
          Severity.CONFLICT, "said by", texts, context).ifPresent(out::add);
      if (context.settings().flag(SOURCES)) {
        differing(group, pairs, q -> q.source().filter(s -> !Names.isGeneric(s)), Quotation::sourceSpan,
            Severity.VARIANT, "reported by", texts, context).ifPresent(out::add);
      }
    }
    return merged(out, texts, context);
  }

  /**
   * One divergence for the same disagreement over several quotations: the same names on each side
   * (KCNA against the Ministry for each quoted sentence of one statement) join, evidence pooled.
   */
  private static ImmutableList<Divergence> merged(List<Divergence> found, Map<String, String> texts,
      RuleContext context) {
    List<Divergence> out = new ArrayList<>();
    for (Divergence d : found) {
      int match = -1;
      for (int i = 0; i < out.size() && match < 0; i++) {
        if (sameSides(out.get(i), d, texts)) {
          match = i;
        }
      }
      if (match < 0) {
        out.add(d);
        continue;
      }
      Divergence m = out.get(match);
      ImmutableList.Builder<Reading> readings = ImmutableList.builder();
      for (Reading r : m.readings()) {
        Reading other = d.readings().stream().filter(x -> sameName(x.label(), r.label(), texts)).findFirst().orElseThrow();
        readings.add(new Reading(r.label(), ImmutableList.<Span>builder().addAll(r.evidence())
            .addAll(other.evidence().stream().filter(s -> !r.evidence().contains(s)).iterator()).build()));
      }
      String prefix = m.message().substring(0, m.message().indexOf(" by: ") + 3);
      if (!prefix.contains("(and others)")) {
        prefix = prefix.replace(" said by", " (and others) said by").replace(" reported by", " (and others) reported by");
      }
      ImmutableList<Reading> rs = readings.build();
      out.set(match, new Divergence(m.ruleId(), m.kind(), m.severity(), Messages.describe(context, prefix, rs), rs));
    }
    return ImmutableList.copyOf(out);
  }

  private static boolean sameSides(Divergence a, Divergence b, Map<String, String> texts) {
    if (a.severity() != b.severity() || a.readings().size() != b.readings().size()) {
      return false;
    }
    for (Reading r : a.readings()) {
      if (b.readings().stream().noneMatch(x -> sameName(x.label(), r.label(), texts))) {
        return false;
      }
    }
    return true;
  }

  /**
   * How far (in characters) from its quotation a speaker's name may stand to count: a name resolved
   * through a pronoun from paragraphs away is too weak a ground for a conflict.
   */
  static final int NEAR = 60;

  /**
   * The speaker when the report says so right beside the quotation ("..., X said", "X told
   * reporters: ...", "said X"), unless it is only the organisation that issued the words, which is
   * their source. A name beside a quotation with no speech verb between is its subject, not its
   * speaker ("said that Mr. Grimm “asserts his innocence”").
   */
  private static Optional<String> speakerOf(Quotation q, String text) {
    if (q.speaker().isEmpty() || q.speakerSpan().isEmpty() || Names.isGeneric(q.speaker().get())) {
      return Optional.empty();
    }
    Span name = q.speakerSpan().get();
    Span quote = q.span();
    boolean explicit;
    if (name.end() <= quote.start()) {
      int from = name.end();
      int to = quote.start();
      explicit = to - from <= NEAR && hasSpeechVerb(text, from, to);
    } else if (name.start() >= quote.end()) {
      int gap = name.start() - quote.end();
      explicit = gap <= NEAR && hasSpeechVerb(text, quote.end(), Math.min(text.length(), name.end() + 30));
    } else {
      explicit = false;
    }
    if (!explicit) {
      return Optional.empty();
    }
    if (q.source().isPresent() && Names.same(q.speaker().get(), q.source().get())) {
      return Optional.empty();
    }
    return q.speaker();
  }

  private static boolean hasSpeechVerb(String text, int from, int to) {
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      if (AttributionVocabulary.tiesSpeaker(m.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * One divergence for the group when two quotations that align solidly, from different reports,
   * name different speakers (or sources); its readings are the names of such pairs.
   */
  private Optional<Divergence> differing(FactGroup<Quotation> group, List<QuotationComparison> pairs,
      Function<Quotation, Optional<String>> name, Function<Quotation, Optional<Span>> where,
      Severity severity, String verb, Map<String, String> texts, RuleContext context) {
    List<String> names = new ArrayList<>();
    List<List<Quotation>> holders = new ArrayList<>();
    Quotation first = null;
    for (QuotationComparison c : pairs) {
      Optional<String> a = name.apply(c.left());
      Optional<String> b = name.apply(c.right());
      if (a.isEmpty() || b.isEmpty() || sameName(a.get(), b.get(), texts)) {
        continue;
      }
      first = first == null ? c.left() : first;
      hold(names, holders, a.get(), c.left(), texts);
      hold(names, holders, b.get(), c.right(), texts);
    }
    if (first == null || names.size() < 2) {
      return Optional.empty();
    }
    ImmutableList.Builder<Reading> readings = ImmutableList.builder();
    for (int i = 0; i < names.size(); i++) {
      readings.add(new Reading(names.get(i), holders.get(i).stream()
          .sorted(java.util.Comparator.comparing(Quotation::span))
          .map(q -> where.apply(q).orElse(q.span()))
          .distinct()
          .collect(ImmutableList.toImmutableList())));
    }
    ImmutableList<Reading> rs = readings.build();
    return Optional.of(new Divergence(id(), kind(), severity,
        Messages.describe(context, "Quotation " + Messages.quoted(opening(first)) + " " + verb, rs), rs));
  }

  /** The first words of a quotation, to name it in a message. */
  private static String opening(Quotation q) {
    String[] words = q.text().trim().split("\\s+");
    return words.length <= 6 ? String.join(" ", words) : String.join(" ", java.util.Arrays.copyOf(words, 6)) + "…";
  }

  private static void hold(List<String> names, List<List<Quotation>> holders, String name, Quotation q,
      Map<String, String> texts) {
    for (int i = 0; i < names.size(); i++) {
      if (sameName(names.get(i), name, texts)) {
        if (holders.get(i).stream().noneMatch(x -> x == q)) {
          holders.get(i).add(q);
        }
        return;
      }
    }
    names.add(name);
    List<Quotation> list = new ArrayList<>();
    list.add(q);
    holders.add(list);
  }

  /** {@link Names#same}, or one report of the cluster writes the two as one full name ("Delynn Swonger"). */
  private static boolean sameName(String a, String b, Map<String, String> texts) {
    if (Names.same(a, b)) {
      return true;
    }
    for (String text : texts.values()) {
      if (text.contains(a + " " + b) || text.contains(b + " " + a)) {
        return true;
      }
    }
    return false;
  }

  private static int distance(Span a, Span b) {
    return Math.max(0, Math.max(a.start() - b.end(), b.start() - a.end()));
  }


}
