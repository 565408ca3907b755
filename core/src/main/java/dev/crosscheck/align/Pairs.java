package dev.crosscheck.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/** Candidate pairs of facts from two reports, and how the aligners choose among them. */
final class Pairs {
  private Pairs() {}

  /** Two facts, by their index among the aligner's items, and how alike their contexts are. */
  record Pair(int a, int b, double sim) {}

  /**
   * Keeps a pair only when each fact is the other's best match in the other's report, by at least
   * {@code margin} over the runner-up there (a lone candidate is measured against 0): a report
   * states a fact once, so among several the one that fits best is the one meant, and when two fit
   * about as well, which is meant is a guess. A margin of 0 keeps every mutual best.
   *
   * @param reportOf the report of each item index
   */
  static List<Pair> mutualBest(List<Pair> pairs, IntUnaryOperator reportOf, double margin) {
    Map<Long, Double> best = new HashMap<>();
    Map<Long, Double> second = new HashMap<>();
    for (Pair p : pairs) {
      rank(best, second, itemInReport(p.a(), reportOf.applyAsInt(p.b())), p.sim());
      rank(best, second, itemInReport(p.b(), reportOf.applyAsInt(p.a())), p.sim());
    }
    List<Pair> kept = new ArrayList<>();
    for (Pair p : pairs) {
      long ka = itemInReport(p.a(), reportOf.applyAsInt(p.b()));
      long kb = itemInReport(p.b(), reportOf.applyAsInt(p.a()));
      if (p.sim() >= best.get(ka) && p.sim() >= best.get(kb)
          && p.sim() - second.getOrDefault(ka, 0.0) >= margin && p.sim() - second.getOrDefault(kb, 0.0) >= margin) {
        kept.add(p);
      }
    }
    return kept;
  }

  private static void rank(Map<Long, Double> best, Map<Long, Double> second, long key, double sim) {
    double b = best.getOrDefault(key, Double.NEGATIVE_INFINITY);
    if (sim > b) {
      if (b > Double.NEGATIVE_INFINITY) {
        second.put(key, b);
      }
      best.put(key, sim);
    } else if (sim > second.getOrDefault(key, Double.NEGATIVE_INFINITY)) {
      second.put(key, sim);
    }
  }

  /** A key for an item and another report: its candidates there compete with each other. */
  private static long itemInReport(int item, int report) {
    return ((long) item << 20) ^ report;
  }

  /** A key for the unordered pair of two item indexes. */
  static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }
}
