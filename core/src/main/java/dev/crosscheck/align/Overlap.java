package dev.crosscheck.align;

import java.util.Map;
import java.util.Set;

/** How much two facts' contexts share: the measures the aligners score candidate pairs with. */
final class Overlap {
  private Overlap() {}

  /** The Dice coefficient of two sets: twice the shared members over the sizes; 0 when one is empty. */
  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String s : a) {
      if (b.contains(s)) {
        shared++;
      }
    }
    return 2.0 * shared / (a.size() + b.size());
  }

  /** The cosine of two weighted word vectors, given their norms; 0 when either is empty. */
  static double cosine(Map<String, Double> x, double xNorm, Map<String, Double> y, double yNorm) {
    if (xNorm == 0 || yNorm == 0) {
      return 0;
    }
    Map<String, Double> small = x.size() <= y.size() ? x : y;
    Map<String, Double> large = small == x ? y : x;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot / (xNorm * yNorm);
  }

  /** Whether the two sets share no member. */
  static boolean disjoint(Set<String> a, Set<String> b) {
    for (String s : a) {
      if (b.contains(s)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the two sets of places share one, spelled either way or named by its adjective
   * ({@link dev.crosscheck.fact.Names#samePlace}: "Jabalia" and "Jebaliya", "Indonesia" and
   * "Indonesian").
   */
  static boolean sharePlace(Set<String> a, Set<String> b) {
    for (String s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    for (String s : a) {
      for (String t : b) {
        if (dev.crosscheck.fact.Names.samePlace(s, t)) {
          return true;
        }
      }
    }
    return false;
  }
}
