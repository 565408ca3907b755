package dev.crosscheck.rule.standard;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.align.FactGroup;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Name;
import dev.crosscheck.fact.NameExtractor;
import dev.crosscheck.fact.Names;
import dev.crosscheck.rule.AbstractRule;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Reading;
import dev.crosscheck.rule.RuleContext;
import dev.crosscheck.rule.RuleInfo;
import dev.crosscheck.rule.Severity;
import dev.crosscheck.text.Span;
import dev.crosscheck.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    description = "Reports name the same person, place or organisation differently: another spelling is a "
        + "variant, another given name a conflict.")
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
    Cluster cluster = new Cluster(context);
    ImmutableList.Builder<Divergence> out = ImmutableList.builder();
    for (FactGroup<Name> group : context.alignment().groups(Name.KIND, Name.class)) {
      // One entry per spelling: the pairs compared are pairs of spellings, not of reports.
      Map<String, List<Name>> spellings = new LinkedHashMap<>();
      for (Name n : group.facts()) {
        spellings.computeIfAbsent(String.join(" ", cluster.keys(n)), k -> new ArrayList<>()).add(n);
      }
      List<List<Name>> forms = new ArrayList<>(spellings.values());
      Set<Integer> involved = new HashSet<>();
      boolean conflict = false;
      for (int i = 0; i < forms.size(); i++) {
        for (int j = i + 1; j < forms.size(); j++) {
          Name a = forms.get(i).get(0);
          Name b = forms.get(j).get(0);
          Names.Relation r = Names.relation(a.words(), b.words());
          if (r != Names.Relation.SPELLING && r != Names.Relation.GIVEN_NAME
              || cluster.toldApart(a, b) || !cluster.namesOnly(a, b)
              || r == Names.Relation.GIVEN_NAME && !cluster.personal(forms.get(i), forms.get(j))) {
            continue;
          }
          involved.add(i);
          involved.add(j);
          if (r == Names.Relation.GIVEN_NAME) {
            List<String> given = Names.givenNames(a.words(), b.words()).orElseThrow();
            conflict |= given.get(0).charAt(0) != given.get(1).charAt(0);
          }
        }
      }
      if (involved.size() < 2) {
        continue;
      }
      List<Reading> rs = new ArrayList<>();
      for (int i = 0; i < forms.size(); i++) {
        if (!involved.contains(i)) {
          continue;
        }
        List<Name> ns = forms.get(i);
        Set<String> own = new HashSet<>(cluster.keys(ns.get(0)));
        for (int j : involved) {
          if (j != i) {
            own.removeAll(cluster.keys(forms.get(j).get(0)));
          }
        }
        rs.add(new Reading(ns.get(0).name(), ns.stream().flatMap(n -> cluster.evidence(n, own).stream())
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
   * What the rule knows of the whole cluster, built in one pass over each report: the names' keys,
   * the names of each report by word, the surnames each report writes alone and the words any report
   * writes in lower case. Every question below is then a lookup.
   */
  private static final class Cluster {
    private final Map<Name, List<String>> keys = new IdentityHashMap<>();
    private final Map<String, DocumentFacts> reports = new HashMap<>();
    private final Map<String, Map<String, List<Set<String>>>> namesByWord = new LinkedHashMap<>();
    private final Map<String, Set<String>> alone = new HashMap<>();
    private final Set<String> lower = new HashSet<>();

    Cluster(RuleContext context) {
      for (DocumentFacts d : context.documents()) {
        reports.put(d.id(), d);
        Map<String, List<Set<String>>> byWord = new HashMap<>();
        for (Name n : d.facts(Name.KIND, Name.class)) {
          Set<String> k = new HashSet<>(keys(n));
          for (String w : k) {
            byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(k);
          }
        }
        namesByWord.put(d.id(), byWord);
        String text = d.document().text();
        List<Token> tokens = d.document().tokens();
        Set<String> single = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
          Token t = tokens.get(i);
          if (t.kind() != Token.Kind.WORD) {
            continue;
          }
          String key = NameExtractor.key(text.substring(t.start(), t.end()));
          if (Character.isLowerCase(text.codePointAt(t.start()))) {
            lower.add(key);
          } else if (!capitalisedWord(text, tokens, i - 1) && !capitalisedWord(text, tokens, i + 1)) {
            single.add(key);
          }
        }
        alone.put(d.id(), single);
      }
    }

    List<String> keys(Name n) {
      return keys.computeIfAbsent(n, x -> Names.keys(x.words()));
    }

    /** Whether the words that tell the two apart are names: no report of the cluster writes them in lower case. */
    boolean namesOnly(Name a, Name b) {
      List<String> x = keys(a);
      List<String> y = keys(b);
      return x.stream().filter(w -> !y.contains(w)).noneMatch(lower::contains)
          && y.stream().filter(w -> !x.contains(w)).noneMatch(lower::contains);
    }

    /**
     * Whether some report names both the words that set {@code a} apart and those that set {@code b}
     * apart; for one surname, a report with it after one of a's given names and after one of b's.
     */
    boolean toldApart(Name a, Name b) {
      List<String> x = keys(a);
      List<String> y = keys(b);
      Set<String> onlyA = new HashSet<>(x);
      y.forEach(onlyA::remove);
      Set<String> onlyB = new HashSet<>(y);
      x.forEach(onlyB::remove);
      if (onlyA.isEmpty() || onlyB.isEmpty()) {
        return false;
      }
      String surname = x.get(x.size() - 1);
      boolean given = surname.equals(y.get(y.size() - 1));
      for (Map<String, List<Set<String>>> byWord : namesByWord.values()) {
        if (given) {
          List<Set<String>> withSurname = byWord.getOrDefault(surname, List.of());
          if (withSurname.stream().anyMatch(n -> onlyA.stream().anyMatch(n::contains))
              && withSurname.stream().anyMatch(n -> onlyB.stream().anyMatch(n::contains))) {
            return true;
          }
        } else if (byWord.getOrDefault(onlyA.iterator().next(), List.of()).stream().anyMatch(n -> n.containsAll(onlyA))
            && byWord.getOrDefault(onlyB.iterator().next(), List.of()).stream().anyMatch(n -> n.containsAll(onlyB))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether two spellings with one surname and other given names name a person, as news names
     * people: in full once, then by the surname alone, which some report of the two does; and the
     * given names stand only before that surname in their reports ("Getty Images" makes "Getty" no
     * given name; "Associated Press" and "Canadian Press" are no people, since no report says "Press"
     * alone).
     */
    boolean personal(List<Name> as, List<Name> bs) {
      List<String> x = keys(as.get(0));
      List<String> y = keys(bs.get(0));
      String surname = x.get(x.size() - 1);
      boolean alone = Stream.concat(as.stream(), bs.stream())
          .anyMatch(n -> this.alone.get(n.span().reportId()).contains(surname));
      return alone && as.stream().allMatch(n -> givenOnly(n.span().reportId(), x, y, surname))
          && bs.stream().allMatch(n -> givenOnly(n.span().reportId(), y, x, surname));
    }

    /** Whether every name of the report holding one of {@code mine}'s own words also holds the surname. */
    private boolean givenOnly(String report, List<String> mine, List<String> theirs, String surname) {
      Map<String, List<Set<String>>> byWord = namesByWord.get(report);
      for (String w : mine) {
        if (!theirs.contains(w)
            && byWord.getOrDefault(w, List.of()).stream().anyMatch(n -> !n.contains(surname))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Where the report writes the name as this reading does: every mention holding the words only this
     * reading has ("Naser" wherever the report spells it so), or the fullest one when no mention does.
     */
    List<Span> evidence(Name n, Set<String> own) {
      String text = reports.get(n.span().reportId()).document().text();
      List<Span> out = new ArrayList<>();
      for (Span m : n.mentions()) {
        List<String> k = Names.keys(List.of(text.substring(m.start(), m.end()).split("[\\s\u00a0]+")));
        if (!own.isEmpty() && k.containsAll(own)) {
          out.add(m);
        }
      }
      return out.isEmpty() ? List.of(n.span()) : out;
    }

    private static boolean capitalisedWord(String text, List<Token> tokens, int i) {
      return i >= 0 && i < tokens.size() && tokens.get(i).kind() == Token.Kind.WORD
          && Character.isUpperCase(text.codePointAt(tokens.get(i).start()));
    }
  }
}
