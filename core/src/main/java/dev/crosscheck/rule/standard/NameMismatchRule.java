package dev.crosscheck.rule.standard;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.align.FactGroup;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Name;
import dev.crosscheck.fact.NameExtractor;
import dev.crosscheck.fact.Names;
import dev.crosscheck.text.Span;
import dev.crosscheck.text.Token;
import dev.crosscheck.rule.AbstractRule;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Reading;
import dev.crosscheck.rule.RuleContext;
import dev.crosscheck.rule.RuleInfo;
import dev.crosscheck.rule.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One entity named two ways. A word of the name spelled differently ("Nasser" against "Naser",
 * "Krähenbühl" against "Kraehenbuehl") is a variant; another given name before the same surname
 * ("Fransiskus" against "Henry Bambang Soelistyo") is a conflict, unless both begin with the same
 * letter ("Dan" and "Daniel", "Steve" and "Stephen": likely one name in a short and a long form),
 * which is a variant. Case, diacritics, hyphens, titles and a name cut short ("Smith" for "Andrew
 * Smith") are form, not divergence ({@link Names#relation}).
 *
 * <p>Two spellings are taken for two entities, and left alone, when any one report writes both (a
 * report naming "Andy Smith" and "Andrew Smith" tells two people apart), and names that are merely
 * different entities of the story are never compared.
 */
@RuleInfo(id = "name-mismatch", kind = "name", severity = Severity.CONFLICT,
    description = "Reports name the same person, place or organisation differently.")
public final class NameMismatchRule extends AbstractRule {

  /** The rule; it holds no state. */
  public NameMismatchRule() {}

  @Override
  public ImmutableList<String> examples() {
    return ImmutableList.of(
        """
        === a
        The relief agency's chief, <e1 variant>Pierre Okonkwo-Lindqvist</e1>, asked for a pause in the fighting.
        === b
        The relief agency's chief, <e1>Pierre Okonkwo-Lindkvist</e1>, asked both sides for a pause in the fighting.
        """,
        """
        === a
        The rescue was led by <e1 conflict>Marta Velasquez Orue</e1>, the head of the mountain service.
        === b
        The head of the mountain service, <e1>Ines Velasquez Orue</e1>, led the rescue. Orue said all were safe.
        """,
        """
        === a
        <e1 variant>Coach Dan Whitlow</e1> said the team had trained hard all winter.
        === b
        The team trained hard all winter, coach <e1>Daniel Whitlow</e1> said. Whitlow was pleased.
        """,
        """
        === a
        President Tomas Ferrante opened the bridge; Ferrante cut the ribbon.
        === b
        Ferrante opened the bridge on Monday, and Mr. Ferrante cut the ribbon himself.
        """,
        """
        === a
        Ana Brodsky and her brother Leon Brodsky ran the bakery for years.
        === b
        Leon Brodsky ran the bakery with his sister for years.
        """,
        """
        === a
        The first lady, Ana Brodsky, opened the school. Brodsky thanked the teachers.
        === b
        The governor, Leon Brodsky, praised the new school. Brodsky spoke briefly.
        """,
        """
        === a
        Kim Jong-un met the delegation in the capital.
        === b
        Kim Jong Un met the delegation in the capital.
        """);
  }

  @Override
  public ImmutableList<Divergence> check(RuleContext context) {
    List<List<Set<String>>> byReport = new ArrayList<>();
    for (DocumentFacts d : context.documents()) {
      List<Set<String>> names = new ArrayList<>();
      for (Name n : d.facts(Name.KIND, Name.class)) {
        names.add(new HashSet<>(Names.keys(n.words())));
      }
      byReport.add(names);
    }
    Set<String> lower = new HashSet<>();
    for (DocumentFacts d : context.documents()) {
      String text = d.document().text();
      for (Token t : d.document().tokens()) {
        if (t.kind() == Token.Kind.WORD && Character.isLowerCase(text.codePointAt(t.start()))) {
          lower.add(NameExtractor.key(text.substring(t.start(), t.end())));
        }
      }
    }
    ImmutableList.Builder<Divergence> out = ImmutableList.builder();
    for (FactGroup<Name> group : context.alignment().groups(Name.KIND, Name.class)) {
      List<Name> facts = group.facts();
      Set<Name> involved = new HashSet<>();
      boolean conflict = false;
      for (int i = 0; i < facts.size(); i++) {
        for (int j = i + 1; j < facts.size(); j++) {
          Name a = facts.get(i);
          Name b = facts.get(j);
          if (a.span().reportId().equals(b.span().reportId())) {
            continue;
          }
          Names.Relation r = Names.relation(a.words(), b.words());
          if (r != Names.Relation.SPELLING && r != Names.Relation.GIVEN_NAME || toldApart(a, b, byReport)
              || !namesOnly(a, b, lower) || r == Names.Relation.GIVEN_NAME && !personal(a, b, context)) {
            continue;
          }
          involved.add(a);
          involved.add(b);
          conflict |= r == Names.Relation.GIVEN_NAME
              && Names.keys(a.words()).get(0).charAt(0) != Names.keys(b.words()).get(0).charAt(0);
        }
      }
      if (involved.isEmpty()) {
        continue;
      }
      Map<String, List<Name>> readings = new LinkedHashMap<>();
      for (Name n : facts) {
        if (involved.contains(n)) {
          readings.computeIfAbsent(String.join(" ", Names.keys(n.words())), k -> new ArrayList<>()).add(n);
        }
      }
      if (readings.size() < 2) {
        continue;
      }
      List<Reading> rs = new ArrayList<>();
      for (List<Name> ns : readings.values()) {
        Set<String> own = new HashSet<>(Names.keys(ns.get(0).words()));
        for (List<Name> other : readings.values()) {
          if (other != ns) {
            own.removeAll(Names.keys(other.get(0).words()));
          }
        }
        rs.add(new Reading(ns.get(0).name(), ns.stream().flatMap(n -> evidence(n, own, context).stream())
            .collect(ImmutableList.toImmutableList())));
      }
      String message = group.topic() + ": " + rs.stream()
          .map(r -> "“" + r.label() + "” (" + r.reportIds().stream().map(context::label)
              .collect(Collectors.joining(", ")) + ")")
          .collect(Collectors.joining(" vs "));
      out.add(new Divergence(id(), kind(), conflict ? Severity.CONFLICT : Severity.VARIANT, message,
          ImmutableList.copyOf(rs)));
    }
    return out.build();
  }

  /**
   * Where the report writes the name as this reading does: every mention holding the words only this
   * reading has ("Naser" wherever the report spells it so), or the fullest one when no mention does.
   */
  private static List<Span> evidence(Name n, Set<String> own, RuleContext context) {
    String text = facts(context, n.span().reportId()).document().text();
    List<Span> out = new ArrayList<>();
    for (Span m : n.mentions()) {
      List<String> keys = Names.keys(List.of(text.substring(m.start(), m.end()).split("[\\s\u00a0]+")));
      if (!own.isEmpty() && keys.containsAll(own)) {
        out.add(m);
      }
    }
    return out.isEmpty() ? List.of(n.span()) : out;
  }

  /** Whether the words that tell the two apart are names: no report of the cluster writes them in lower case. */
  private static boolean namesOnly(Name a, Name b, Set<String> lower) {
    List<String> x = Names.keys(a.words());
    List<String> y = Names.keys(b.words());
    return x.stream().filter(w -> !y.contains(w)).noneMatch(lower::contains)
        && y.stream().filter(w -> !x.contains(w)).noneMatch(lower::contains);
  }

  /**
   * Whether two names with one last word and other words before it name a person, as news names
   * people: in full once, then by the surname alone, which one of the two reports does; and the
   * given names stand only before that surname in their reports ("Getty Images" makes "Getty" no
   * given name; "Associated Press" and "Canadian Press" are no people, since no report says "Press"
   * alone).
   */
  private static boolean personal(Name a, Name b, RuleContext context) {
    List<String> x = Names.keys(a.words());
    List<String> y = Names.keys(b.words());
    String surname = x.get(x.size() - 1);
    DocumentFacts da = facts(context, a.span().reportId());
    DocumentFacts db = facts(context, b.span().reportId());
    if (!usedAlone(da, surname) && !usedAlone(db, surname)) {
      return false;
    }
    return givenOnly(da, x, y, surname) && givenOnly(db, y, x, surname);
  }

  private static DocumentFacts facts(RuleContext context, String reportId) {
    return context.documents().stream().filter(d -> d.id().equals(reportId)).findFirst().orElseThrow();
  }

  /** Whether the report writes the surname as a name of its own, without a capitalised word beside it. */
  private static boolean usedAlone(DocumentFacts d, String surname) {
    String text = d.document().text();
    List<Token> tokens = d.document().tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.WORD && Character.isUpperCase(text.codePointAt(t.start()))
          && NameExtractor.key(text.substring(t.start(), t.end())).equals(surname)
          && !capitalisedWord(text, tokens, i - 1) && !capitalisedWord(text, tokens, i + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalisedWord(String text, List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).kind() == Token.Kind.WORD
        && Character.isUpperCase(text.codePointAt(tokens.get(i).start()));
  }

  /** Whether every name of the report holding one of {@code mine}'s own words also holds the surname. */
  private static boolean givenOnly(DocumentFacts d, List<String> mine, List<String> theirs, String surname) {
    for (String w : mine) {
      if (theirs.contains(w)) {
        continue;
      }
      for (Name n : d.facts(Name.KIND, Name.class)) {
        List<String> k = Names.keys(n.words());
        if (k.contains(w) && !k.contains(surname)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether some report names both the words that set {@code a} apart and those that set {@code b} apart. */
  private static boolean toldApart(Name a, Name b, List<List<Set<String>>> byReport) {
    List<String> x = Names.keys(a.words());
    List<String> y = Names.keys(b.words());
    Set<String> onlyA = new HashSet<>(x);
    y.forEach(onlyA::remove);
    Set<String> onlyB = new HashSet<>(y);
    x.forEach(onlyB::remove);
    String surname = x.get(x.size() - 1);
    boolean given = surname.equals(y.get(y.size() - 1));
    for (List<Set<String>> names : byReport) {
      // One surname: a report with it after one of a's given names and after one of b's tells two people apart.
      boolean hasA = names.stream().anyMatch(n -> given ? n.contains(surname) && onlyA.stream().anyMatch(n::contains)
          : n.containsAll(onlyA));
      boolean hasB = names.stream().anyMatch(n -> given ? n.contains(surname) && onlyB.stream().anyMatch(n::contains)
          : n.containsAll(onlyB));
      if (hasA && hasB) {
        return true;
      }
    }
    return false;
  }
}
