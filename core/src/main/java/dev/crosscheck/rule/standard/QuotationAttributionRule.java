package dev.crosscheck.rule.standard;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.Divergence;
import dev.crosscheck.Reading;
import dev.crosscheck.Severity;
import dev.crosscheck.align.FactGroup;
import dev.crosscheck.align.Names;
import dev.crosscheck.align.QuotationComparison;
import dev.crosscheck.fact.Quotation;
import dev.crosscheck.rule.Rule;
import dev.crosscheck.rule.RuleContext;
import dev.crosscheck.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The same quotation put in another mouth (a conflict: "Kim said" vs "Putin said") or credited to
 * another source (a variant: the Foreign Ministry's statement vs the KCNA report). Names compare as
 * {@link Names#same} does; generic sources ("state media", "the agency" unresolved) say nothing.
 */
public final class QuotationAttributionRule implements Rule {

  @Override
  public String id() {
    return "quotation-attribution";
  }

  @Override
  public String description() {
    return "Reports credit the same quotation to a different speaker or source.";
  }

  @Override
  public String kind() {
    return "attribution";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.VARIANT;
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
        """);
  }

  @Override
  public ImmutableList<Divergence> check(RuleContext context) {
    // Only quotations that share a real run of words count: a two-word scare quote may be anyone's.
    Set<Quotation> solid = Collections.newSetFromMap(new IdentityHashMap<>());
    for (QuotationComparison c : context.alignment().quotationPairs()) {
      if (c.isSolid()) {
        solid.add(c.left());
        solid.add(c.right());
      }
    }
    ImmutableList.Builder<Divergence> out = ImmutableList.builder();
    for (FactGroup<Quotation> group : context.alignment().quotations()) {
      List<Quotation> facts = group.facts().stream().filter(solid::contains).collect(ImmutableList.toImmutableList());
      differing(group, facts, q -> speakerOf(q), Quotation::speakerSpan, Severity.CONFLICT, "said by")
          .ifPresent(out::add);
      differing(group, facts, q -> q.source().filter(s -> !Names.isGeneric(s)), Quotation::sourceSpan,
          Severity.VARIANT, "reported by").ifPresent(out::add);
    }
    return out.build();
  }

  /**
   * How far (in characters) from its quotation a speaker's name may stand to count: a name resolved
   * through a pronoun from paragraphs away is too weak a ground for a conflict.
   */
  static final int NEAR = 200;

  /**
   * The speaker when named near the quotation, unless it is only the organisation that issued the
   * words, which is their source.
   */
  private static Optional<String> speakerOf(Quotation q) {
    boolean near = q.speakerSpan().map(s -> distance(s, q.span()) <= NEAR).orElse(false);
    Optional<String> speaker = q.speaker().filter(s -> near && !Names.isGeneric(s));
    if (speaker.isPresent() && q.source().isPresent() && Names.same(speaker.get(), q.source().get())) {
      return Optional.empty();
    }
    return speaker;
  }

  private Optional<Divergence> differing(FactGroup<Quotation> group, List<Quotation> facts,
      Function<Quotation, Optional<String>> name, Function<Quotation, Optional<Span>> where,
      Severity severity, String verb) {
    List<String> names = new ArrayList<>();
    List<List<Quotation>> holders = new ArrayList<>();
    for (Quotation q : facts) {
      Optional<String> n = name.apply(q);
      if (n.isEmpty()) {
        continue;
      }
      int found = -1;
      for (int i = 0; i < names.size() && found < 0; i++) {
        if (Names.same(names.get(i), n.get())) {
          found = i;
        }
      }
      if (found < 0) {
        names.add(n.get());
        holders.add(new ArrayList<>());
        found = names.size() - 1;
      }
      holders.get(found).add(q);
    }
    if (names.size() < 2) {
      return Optional.empty();
    }
    // Two names that differ within one report are no divergence between reports.
    for (int i = 0; i < holders.size(); i++) {
      for (int j = i + 1; j < holders.size(); j++) {
        if (onlySameReports(holders.get(i), holders.get(j))) {
          return Optional.empty();
        }
      }
    }
    ImmutableList.Builder<Reading> readings = ImmutableList.builder();
    for (int i = 0; i < names.size(); i++) {
      readings.add(new Reading(names.get(i), holders.get(i).stream()
          .map(q -> where.apply(q).orElse(q.span()))
          .distinct()
          .collect(ImmutableList.toImmutableList())));
    }
    ImmutableList<Reading> rs = readings.build();
    return Optional.of(new Divergence(id(), kind(), severity,
        Messages.describe(group.topic() + " " + verb, rs), rs));
  }

  private static int distance(Span a, Span b) {
    return Math.max(0, Math.max(a.start() - b.end(), b.start() - a.end()));
  }

  private static boolean onlySameReports(List<Quotation> a, List<Quotation> b) {
    for (Quotation x : a) {
      for (Quotation y : b) {
        if (!x.span().reportId().equals(y.span().reportId())) {
          return false;
        }
      }
    }
    return true;
  }
}
