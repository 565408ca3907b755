package dev.crosscheck.rule.standard;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.align.FactGroup;
import dev.crosscheck.fact.DateInterval;
import dev.crosscheck.fact.DateMention;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.rule.AbstractRule;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Reading;
import dev.crosscheck.rule.RuleContext;
import dev.crosscheck.rule.RuleInfo;
import dev.crosscheck.rule.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Aligned dates that cannot both be right: the same event placed on days that do not meet ("on
 * Thursday" against "on Wednesday" in reports of one Friday; "April 25" against "April 26" even with
 * no publication date). Dates are compared by {@link DateMention#canMeet(DateMention)}: by their
 * resolved intervals, or, unresolved, only when both are written in the same calendar form (two
 * weekdays, two days of a month); "Thursday" against "yesterday" with no publication date says
 * nothing.
 *
 * <p>Only conflicts are reported. Dates that can meet are no divergence even when they are written
 * differently or with different precision ("two months ago" and "in late February" in a report of
 * 26 April; "in February" and "on February 28"): a reader learns nothing from the difference, and a
 * fuzzy date always overlaps the precise one it rounds.
 *
 * <p>A report that itself names, anywhere, a day the other side's date can be is left out of its
 * side: one that says both "Friday" and "Thursday" does not disagree with one that says "Thursday";
 * more likely the two dates date different events that happened to align. This costs a few true
 * findings and saves many false ones.
 */
@RuleInfo(id = "date-mismatch", kind = "date", severity = Severity.CONFLICT,
    description = "Reports place the same event on dates that cannot both be right.")
public final class DateMismatchRule extends AbstractRule {

  @Override
  public ImmutableList<String> examples() {
    return ImmutableList.of(
        """
        === a 2019-04-26
        The two presidents met <e1 conflict>on Thursday</e1> at the palace in Vladivostok.
        === b 2019-04-26
        The two presidents met <e1>on Wednesday</e1> at the palace in Vladivostok.
        """,
        """
        === a
        The ferry sank <e1 conflict>on April 25</e1> off the northern coast, the coastguard said.
        === b
        The ferry sank <e1>on April 26</e1> off the northern coast, officials said.
        """,
        """
        === a 2019-04-26
        The summit in Hanoi broke down two months ago without a deal.
        === b 2019-04-26
        The summit in Hanoi broke down in late February without a deal.
        """,
        """
        === a 2019-04-26
        The two presidents met on Thursday at the palace in Vladivostok.
        === b 2019-04-27
        The two presidents met on Thursday at the palace in Vladivostok.
        """,
        """
        === a
        The two presidents met on Thursday at the palace in Vladivostok.
        === b
        The two presidents met yesterday at the palace in Vladivostok.
        """,
        """
        === a 2019-04-26
        The mayor resigned <e1 conflict>yesterday</e1> after the vote in the council.
        === b 2019-04-26
        The mayor resigned <e1>last month</e1> after the vote in the council.
        """,
        """
        === a 2019-04-26
        The mayor returned home on Friday after a meeting with the governor on Thursday.
        === b 2019-04-26
        The governor held a meeting with the mayor on Thursday before the mayor returned home.
        """);
  }

  @Override
  public ImmutableList<Divergence> check(RuleContext context) {
    ImmutableList.Builder<Divergence> out = ImmutableList.builder();
    Map<String, List<DateMention>> stated = new HashMap<>();
    for (DocumentFacts d : context.documents()) {
      stated.put(d.id(), d.dates());
    }
    for (FactGroup<DateMention> group : context.alignment().dates()) {
      List<List<DateMention>> sides = withoutReportsStatingTheOtherDay(sides(group.facts()), stated);
      if (sides.size() < 2 || !conflict(sides)) {
        continue;
      }
      ImmutableList<Reading> readings = sides.stream()
          .map(side -> new Reading(side.get(0).text(),
              side.stream().map(DateMention::span).collect(ImmutableList.toImmutableList())))
          .collect(ImmutableList.toImmutableList());
      out.add(new Divergence(id(), kind(), Severity.CONFLICT, Messages.describe(context, group.topic(), readings), readings));
    }
    return out.build();
  }

  /**
   * Puts each date with the first side whose dates it can all meet, else on a side of its own. The
   * dates are taken in an order of their own (earliest first, then by report id and place), never in
   * the order the reports came in, since "can meet" is not transitive. A date that compares with no
   * other date of the group ("this year" with no publication date) takes no side: it says nothing.
   */
  private static List<List<DateMention>> sides(List<DateMention> group) {
    List<DateMention> dates = new ArrayList<>();
    for (DateMention d : group) {
      if (group.stream().anyMatch(o -> o != d && d.canMeet(o).isPresent())) {
        dates.add(d);
      }
    }
    dates.sort(CANONICAL);
    List<List<DateMention>> sides = new ArrayList<>();
    for (DateMention d : dates) {
      List<DateMention> home = null;
      for (List<DateMention> side : sides) {
        if (side.stream().allMatch(x -> !d.canMeet(x).equals(Optional.of(false)))) {
          home = side;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        sides.add(home);
      }
      home.add(d);
    }
    return sides;
  }

  private static final Comparator<DateMention> CANONICAL =
      Comparator.comparing((DateMention d) -> d.interval().map(DateInterval::start).orElse(LocalDate.MAX))
          .thenComparing(d -> d.interval().map(DateInterval::end).orElse(LocalDate.MAX))
          .thenComparing(d -> d.span().reportId())
          .thenComparingInt(d -> d.span().start());

  /**
   * Leaves out of each side the dates whose report names, somewhere, a day that another side's date
   * can be: a report that says "Friday" and "Thursday" both does not disagree with one that says
   * "Thursday", the pairing does. Sides left empty go.
   */
  private static List<List<DateMention>> withoutReportsStatingTheOtherDay(
      List<List<DateMention>> sides, Map<String, List<DateMention>> stated) {
    List<List<DateMention>> out = new ArrayList<>();
    for (List<DateMention> side : sides) {
      List<DateMention> kept = new ArrayList<>();
      for (DateMention d : side) {
        boolean namesOther = false;
        for (List<DateMention> other : sides) {
          if (other == side) {
            continue;
          }
          for (DateMention o : other) {
            namesOther |= !o.span().reportId().equals(d.span().reportId())
                && stated.getOrDefault(d.span().reportId(), List.of()).stream()
                    .anyMatch(x -> namesADay(x) && x.canMeet(o).equals(Optional.of(true)));
          }
        }
        if (!namesOther) {
          kept.add(d);
        }
      }
      if (!kept.isEmpty()) {
        out.add(kept);
      }
    }
    return out;
  }

  /** A date that names one day (or a night), not "today" with its slack or a week. */
  private static boolean namesADay(DateMention d) {
    return d.granularity() == DateMention.Granularity.DAY && d.interval().map(i -> i.days() <= 2).orElse(true);
  }

  /** Whether two sides hold dates from different reports that cannot meet. */
  private static boolean conflict(List<List<DateMention>> sides) {
    for (int i = 0; i < sides.size(); i++) {
      for (int j = i + 1; j < sides.size(); j++) {
        for (DateMention a : sides.get(i)) {
          for (DateMention b : sides.get(j)) {
            if (!a.span().reportId().equals(b.span().reportId()) && a.canMeet(b).equals(Optional.of(false))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
