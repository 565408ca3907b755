package dev.crosscheck.align;

import dev.crosscheck.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ToDoubleBiFunction;

/**
 * Candidate pairs of facts from two reports, and how the aligners choose among them. Nothing here
 * depends on the order the reports came in: pairs are scored in the order of their facts' spans,
 * ties are broken by spans, and sums are taken in sorted order, so that floating-point rounding
 * cannot tell two orders of the same reports apart.
 */
final class Pairs {
  private Pairs() {}

  /** Two facts, by their index among the aligner's items, and how alike their contexts are. */
  record Pair(int a, int b, double sim) {}

  /** Whether {@code sim} beats the runner-up by the margin; with no runner-up it does. */
  private static boolean clear(double sim, Double second, double margin) {
    return second == null || sim - second >= margin;
  }

  /**
   * Keeps a pair only when each fact is the other's best match in the other's report, by at least
   * {@code margin} over the runner-up there (a lone candidate has no runner-up and is kept): a
   * report states a fact once, so among several the one that fits best is the one meant, and when
   * two fit about as well, which is meant is a guess. A margin of 0 keeps every mutual best.
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
          && clear(p.sim(), second.get(ka), margin) && clear(p.sim(), second.get(kb), margin)) {
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

  /**
   * Scores two facts in the order of their spans, whichever order they come in: a score computed
   * in floating point may differ in its last bit when its arguments are swapped.
   */
  static <T> double symmetric(T x, T y, Function<T, Span> span, ToDoubleBiFunction<T, T> score) {
    return span.apply(x).compareTo(span.apply(y)) <= 0 ? score.applyAsDouble(x, y) : score.applyAsDouble(y, x);
  }

  /** Sorts pairs strongest first; ties go by their facts' spans, never by the order of the reports. */
  static void sortStrongestFirst(List<Pair> pairs, IntFunction<Span> spanOf) {
    Comparator<Pair> bySpans = Comparator.comparing((Pair p) -> first(spanOf, p)).thenComparing(p -> last(spanOf, p));
    pairs.sort(Comparator.comparingDouble((Pair p) -> -p.sim()).thenComparing(bySpans));
  }

  private static Span first(IntFunction<Span> spanOf, Pair p) {
    Span a = spanOf.apply(p.a());
    Span b = spanOf.apply(p.b());
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Span last(IntFunction<Span> spanOf, Pair p) {
    Span a = spanOf.apply(p.a());
    Span b = spanOf.apply(p.b());
    return a.compareTo(b) <= 0 ? b : a;
  }

  /** The mean, summed smallest first so that it is the same in whatever order the values came. */
  static double mean(double[] values) {
    return sum(values) / values.length;
  }

  /** The sum, smallest first, so that it is the same in whatever order the values came. */
  static double sum(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    return sum;
  }

  /** Per key, the sum of the values merged in, taken smallest first: the same in any order of the reports. */
  static final class Sums {
    private final Map<String, List<Double>> values = new HashMap<>();

    void add(String key, double value) {
      values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    Map<String, Double> totals() {
      Map<String, Double> out = new HashMap<>();
      values.forEach((k, v) -> {
        double[] a = v.stream().mapToDouble(Double::doubleValue).toArray();
        out.put(k, sum(a));
      });
      return out;
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
