package dev.crosscheck.rule.standard;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.align.FactGroup;
import dev.crosscheck.align.Lexicon;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Hedge;
import dev.crosscheck.fact.Interval;
import dev.crosscheck.fact.Quantity;
import dev.crosscheck.fact.QuantityExtractor;
import dev.crosscheck.fact.Unit;
import dev.crosscheck.rule.AbstractRule;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Reading;
import dev.crosscheck.rule.RuleContext;
import dev.crosscheck.rule.RuleInfo;
import dev.crosscheck.rule.RuleOption;
import dev.crosscheck.rule.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligned quantities that state different numbers: a conflict when their intervals cannot meet
 * ("three hours" vs "nearly five hours"), a variant when they can ("more than four hours" vs "about
 * 4 1/2 hours"). The same number under different hedges ("more than three hours", "three hours") is
 * no divergence.
 */
@RuleInfo(id = "quantity-mismatch", kind = "quantity", severity = Severity.CONFLICT,
    description = "Reports give different numbers for the same quantity: figures that cannot both be right are "
        + "a conflict, figures that can (a hedge, a rounding) a variant.")
public final class QuantityMismatchRule extends AbstractRule {
  private static final Lexicon LEXICON = Lexicon.standard();

  @Override
  public ImmutableList<String> examples() {
    return ImmutableList.of(
        """
        === a
        The two presidents met for <e1 conflict>three hours</e1> on Tuesday at the palace.
        === b
        The two presidents met for <e1>nearly five hours</e1> on Tuesday at the palace.
        """,
        """
        === a
        The minister resigned <e1 variant>more than four hours</e1> earlier than planned, aides said.
        === b
        The minister resigned <e1>about 4 1/2 hours</e1> earlier than planned, aides said.
        """,
        """
        === a
        The two presidents met for more than three hours on Tuesday at the palace.
        === b
        The two presidents met for three hours on Tuesday at the palace.
        """,
        """
        === a
        The court heard that 7-year-old Maria Lane vanished from the square in 1957.
        The flood two months ago forced the mayor to close the square for good.
        === b
        Her brother, 70-year-old Charles Lane, still lives beside the square.
        The flood four months ago forced the mayor to close the square for good.
        """,
        """
        === a
        He was fired from his $165,000-a-year job at the port within hours of the arrest.
        === b
        He paid the $100 at the port and was arrested within hours.
        """);
  }

  private static final String VARIANTS = "variants";

  @Override
  public ImmutableList<RuleOption> options() {
    return ImmutableList.of(new RuleOption(VARIANTS,
        "Report figures that differ but can both be right (\"more than four hours\" vs \"about 4 1/2 hours\").",
        "true"));
  }

  @Override
  public ImmutableList<Divergence> check(RuleContext context) {
    ImmutableList.Builder<Divergence> out = ImmutableList.builder();
    Map<String, List<Quantity>> stated = new HashMap<>();
    for (DocumentFacts d : context.documents()) {
      stated.put(d.id(), d.quantities());
    }
    for (FactGroup<Quantity> group : context.alignment().quantities()) {
      Map<ValueKey, List<Quantity>> byValue = new LinkedHashMap<>();
      for (Quantity q : group.facts()) {
        byValue.computeIfAbsent(valueKey(q), k -> new ArrayList<>()).add(q);
      }
      if (byValue.size() < 2) {
        continue;
      }
      List<List<Quantity>> readings = withoutReportsStatingEveryFigure(stated, byValue);
      if (readings.size() < 2) {
        continue;
      }
      Severity severity = Severity.VARIANT;
      for (int i = 0; i < readings.size() && severity == Severity.VARIANT; i++) {
        for (int j = i + 1; j < readings.size() && severity == Severity.VARIANT; j++) {
          if (disjoint(readings.get(i), readings.get(j))
              && !givesBare(stated, readings.get(i), readings.get(j)) && !givesBare(stated, readings.get(j), readings.get(i))) {
            severity = Severity.CONFLICT;
          }
        }
      }
      if (severity == Severity.VARIANT && !context.settings().flag(VARIANTS)) {
        continue;
      }
      ImmutableList<Reading> rs = readings.stream()
          .map(qs -> new Reading(label(qs), qs.stream().map(Quantity::span).collect(ImmutableList.toImmutableList())))
          .collect(ImmutableList.toImmutableList());
      out.add(new Divergence(id(), kind(), severity, Messages.describe(context, group.topic(), rs), rs));
    }
    return out.build();
  }

  /**
   * Whether every report of reading {@code a} also writes the figure of {@code b} as a bare number
   * (no unit, no noun) somewhere: "executed five people inside ... and two more" in a report that
   * also says "slaughtered seven". Such a report may count a part where the other counts the whole,
   * so the two are a variant, not a conflict. Counts only, not amounts with units.
   */
  private static boolean givesBare(Map<String, List<Quantity>> stated, List<Quantity> a, List<Quantity> b) {
    Quantity model = b.get(0);
    if (model.unit().isPresent()) {
      return false;
    }
    for (Quantity q : a) {
      boolean gives = stated.getOrDefault(q.span().reportId(), List.of()).stream()
          .anyMatch(x -> x.unit().isEmpty() && x.noun().isEmpty() && x.hedge() != Hedge.RANGE
              && x.value() == model.value() && !QuantityExtractor.isYear(x));
      if (!gives) {
        return false;
      }
    }
    return true;
  }

  /**
   * Leaves out of each reading the reports that also state every other reading's figure, of the
   * same kind, elsewhere: a report that gives both ages, both rates or both totals does not
   * disagree, the pairing does. A figure counts as stated when the report has it in other units
   * ("30ft" for "9m", within 3%) or inside a range it gives ("20-30 feet"). Readings left with no
   * report go.
   */
  private static List<List<Quantity>> withoutReportsStatingEveryFigure(
      Map<String, List<Quantity>> stated, Map<ValueKey, List<Quantity>> byValue) {
    List<List<Quantity>> out = new ArrayList<>();
    for (Map.Entry<ValueKey, List<Quantity>> reading : byValue.entrySet()) {
      List<Quantity> kept = new ArrayList<>();
      for (Quantity q : reading.getValue()) {
        boolean statesAll = true;
        for (Map.Entry<ValueKey, List<Quantity>> other : byValue.entrySet()) {
          if (other.getKey().equals(reading.getKey())) {
            continue;
          }
          Quantity model = other.getValue().get(0);
          boolean states = stated.getOrDefault(q.span().reportId(), List.of()).stream()
              .anyMatch(x -> sameKind(x, model) && statesFigure(x, other.getKey(), model));
          statesAll &= states;
        }
        if (!statesAll) {
          kept.add(q);
        }
      }
      if (!kept.isEmpty()) {
        out.add(kept);
      }
    }
    return out;
  }

  /** Whether {@code x} states the figure of {@code model} (whose value key is {@code key}). */
  private static boolean statesFigure(Quantity x, ValueKey key, Quantity model) {
    if (valueKey(x).equals(key)) {
      return true;
    }
    double factor = model.unit().map(Unit::factor).orElse(1.0);
    double value = model.value() * factor;
    double xFactor = x.unit().map(Unit::factor).orElse(1.0);
    if (x.hedge() == Hedge.RANGE) {
      Interval range = x.baseInterval();
      return value >= range.low() - 1e-9 && value <= range.high() + 1e-9;
    }
    double stated = x.value() * xFactor;
    boolean otherUnits = x.unit().isPresent() && model.unit().isPresent()
        && !x.unit().get().name().equals(model.unit().get().name());
    return otherUnits && Math.abs(stated - value) <= 0.03 * Math.max(Math.abs(stated), Math.abs(value));
  }

  private static boolean sameKind(Quantity a, Quantity b) {
    if (a.unit().isPresent() || b.unit().isPresent()) {
      return a.unit().isPresent() && b.unit().isPresent() && a.unit().get().comparableWith(b.unit().get());
    }
    return a.noun().isPresent() && b.noun().isPresent()
        && LEXICON.key(a.noun().get()).equals(LEXICON.key(b.noun().get()));
  }

  /**
   * What a report states, in thousandths of base units so that float noise cannot split it: the
   * number, or for a range both bounds ("between 1 and 2 hours" is not "33 hours").
   */
  private record ValueKey(long low, long high) {}

  private static ValueKey valueKey(Quantity q) {
    double factor = q.unit().map(Unit::factor).orElse(1.0);
    if (q.hedge() == Hedge.RANGE) {
      return new ValueKey(Math.round(q.interval().low() * factor * 1000), Math.round(q.interval().high() * factor * 1000));
    }
    long v = Math.round(q.value() * factor * 1000);
    return new ValueKey(v, v);
  }

  private static boolean disjoint(List<Quantity> a, List<Quantity> b) {
    for (Quantity x : a) {
      for (Quantity y : b) {
        if (!x.span().reportId().equals(y.span().reportId()) && !x.baseInterval().intersects(y.baseInterval())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The plainest wording of the number: an unhedged one if any report has it. */
  private static String label(List<Quantity> qs) {
    for (Quantity q : qs) {
      if (q.hedge() == Hedge.EXACT) {
        return q.text();
      }
    }
    return qs.get(0).text();
  }
}
