package dev.crosscheck.examples.ages;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.align.FactGroup;
import dev.crosscheck.align.FactKind;
import dev.crosscheck.rule.AbstractRule;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Reading;
import dev.crosscheck.rule.Rule;
import dev.crosscheck.rule.RuleContext;
import dev.crosscheck.rule.RuleInfo;
import dev.crosscheck.rule.RulePack;
import dev.crosscheck.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ages pack: the {@link AgeKind} of facts and its one rule. Listed in
 * {@code META-INF/services/dev.crosscheck.rule.RulePack}, it joins every checker built from the
 * class path, with no edit to Crosscheck.
 */
public final class AgeRules implements RulePack {

  @Override
  public String id() {
    return "ages";
  }

  @Override
  public ImmutableList<Rule> rules() {
    return ImmutableList.of(new AgeMismatchRule());
  }

  @Override
  public ImmutableList<FactKind<?>> factKinds() {
    return ImmutableList.of(new AgeKind());
  }

  /**
   * One person, two ages: a conflict when they are two or more years apart; a year apart is a
   * variant, since a birthday may fall between two reports.
   */
  @RuleInfo(id = "age-mismatch", kind = "age", severity = Severity.CONFLICT,
      description = "Reports give the same person different ages.")
  public static final class AgeMismatchRule extends AbstractRule {

    @Override
    public ImmutableList<String> examples() {
      return ImmutableList.of(
          """
          === a
          The driver, <e1 conflict>Dana Whitcombe, 47</e1>, was taken to hospital after the crash on the bypass.
          === b
          Police said the driver, <e1>Whitcombe, 52</e1>, was taken to hospital after the bypass crash.
          """,
          """
          === a
          The new harbour master, <e1 variant>Lee Ashdown, 61</e1>, takes over the port in spring.
          === b
          The harbour board named <e1>Lee Ashdown (62)</e1> as its new harbour master for the port.
          """,
          """
          === a
          The winner, Priya Nand, 34, crossed the line first; the runner-up, Tom Bell, 29, was close behind.
          === b
          Priya Nand, 34, won the race, with Tom Bell, 29, second.
          """,
          """
          === a
          The mayor, Ruth Okafor, 58, opened the bridge on Monday.
          === b
          The bridge's engineer, Sam Ortiz, 44, watched the mayor open it on Monday.
          """);
    }

    @Override
    public ImmutableList<Divergence> check(RuleContext context) {
      ImmutableList.Builder<Divergence> out = ImmutableList.builder();
      for (FactGroup<Age> group : context.alignment().groups(AgeKind.NAME, Age.class)) {
        TreeMap<Integer, List<Age>> byYears = new TreeMap<>();
        for (Age a : group.facts()) {
          byYears.computeIfAbsent(a.years(), k -> new ArrayList<>()).add(a);
        }
        if (byYears.size() < 2) {
          continue;
        }
        List<Reading> readings = byYears.entrySet().stream()
            .map(e -> new Reading(e.getKey() + " years old",
                e.getValue().stream().map(Age::span).collect(ImmutableList.toImmutableList())))
            .toList();
        int spread = byYears.lastKey() - byYears.firstKey();
        Severity severity = spread >= 2 ? Severity.CONFLICT : Severity.VARIANT;
        String message = group.topic() + ": " + readings.stream()
            .map(r -> r.label() + " (" + r.reportIds().stream().map(context::label).collect(Collectors.joining(", ")) + ")")
            .collect(Collectors.joining(" vs "));
        out.add(new Divergence(id(), kind(), severity, message, ImmutableList.copyOf(readings)));
      }
      return out.build();
    }
  }
}
