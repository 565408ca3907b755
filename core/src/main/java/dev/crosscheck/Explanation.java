package dev.crosscheck;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Fact;
import dev.crosscheck.fact.Quotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a check reported what it did, and not more: the groups alignment formed ({@link
 * CheckResult#alignment()}, {@link CheckResult#coverage()}), and for every pair of facts it looked
 * at, how alike they were and what kept them apart or that they aligned. Ask it about one fact
 * ({@link #of}) to see the candidates it was compared with, best first, and every fact of its kind
 * in another report that was never compared with it. Quotations align by the words they share, not
 * by similarity, and are explained by their groups alone. From {@link Crosscheck#explain}.
 *
 * @param result the check
 * @param pairs every pair looked at, with its outcome, in the order alignment looked at them
 */
public record Explanation(CheckResult result, ImmutableList<Explanation.Pair> pairs) {

  /**
   * Validates the record.
   *
   * @param result the check
   * @param pairs every pair looked at
   */
  public Explanation {
    requireNonNull(result, "result");
    requireNonNull(pairs, "pairs");
  }

  /**
   * A pair of facts alignment looked at.
   *
   * @param a the fact whose span comes first
   * @param b the other
   * @param similarity how alike their contexts were; {@link Double#NaN} when they were not scored
   * @param outcome what was decided, in words
   */
  public record Pair(Fact a, Fact b, double similarity, String outcome) {
    /**
     * Validates the record.
     *
     * @param a a fact
     * @param b another
     * @param similarity their similarity or NaN
     * @param outcome what was decided
     */
    public Pair {
      requireNonNull(a, "a");
      requireNonNull(b, "b");
      requireNonNull(outcome, "outcome");
    }

    /**
     * The other fact of the pair.
     *
     * @param fact one of the pair
     * @return the other one
     */
    public Fact other(Fact fact) {
      return a.equals(fact) ? b : a;
    }
  }

  /**
   * What one fact was compared with.
   *
   * @param fact the fact asked about
   * @param compared the pairs it is in, aligned first, then by similarity, highest first
   * @param neverCompared facts of its kind in other reports it was never compared with (bare numbers
   *     aside, which never align): they measure something else (another unit or counted noun), or
   *     share no rare word with it; for a quotation, every quotation outside its group
   */
  public record OfFact(Fact fact, ImmutableList<Pair> compared, ImmutableList<Fact> neverCompared) {
    /**
     * Validates the record.
     *
     * @param fact the fact
     * @param compared its pairs
     * @param neverCompared the facts it never met
     */
    public OfFact {
      requireNonNull(fact, "fact");
      requireNonNull(compared, "compared");
      requireNonNull(neverCompared, "neverCompared");
    }
  }

  /**
   * The fact of a report that covers an offset: the innermost whose span holds it.
   *
   * @param reportId a report of the check
   * @param offset a character offset in its text
   * @return the fact there, if any
   */
  public Optional<Fact> factAt(String reportId, int offset) {
    Fact best = null;
    for (DocumentFacts d : result.documents()) {
      if (!d.id().equals(reportId)) {
        continue;
      }
      for (Fact f : d.all()) {
        if (f.span().start() <= offset && offset < f.span().end()
            && (best == null || f.span().end() - f.span().start() < best.span().end() - best.span().start())) {
          best = f;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The facts whose text holds these words (case ignored), in report order then text order.
   *
   * @param words some words of the fact ("five hours")
   * @return every fact whose evidence contains them
   */
  public ImmutableList<Fact> factsWith(String words) {
    String w = words.toLowerCase(java.util.Locale.ROOT).strip();
    ImmutableList.Builder<Fact> out = ImmutableList.builder();
    for (DocumentFacts d : result.documents()) {
      for (Fact f : d.all()) {
        if (!w.isEmpty() && f.text().toLowerCase(java.util.Locale.ROOT).contains(w)) {
          out.add(f);
        }
      }
    }
    return out.build();
  }

  /**
   * What the fact was compared with, and what it never met.
   *
   * @param fact a fact of the check
   * @return its pairs, best first, and the facts of its kind it was never compared with
   */
  public OfFact of(Fact fact) {
    requireNonNull(fact, "fact");
    List<Pair> mine = new ArrayList<>();
    for (Pair p : pairs) {
      if (p.a().equals(fact) || p.b().equals(fact)) {
        mine.add(p);
      }
    }
    mine.sort((x, y) -> {
      boolean ax = x.outcome().equals("aligned");
      boolean ay = y.outcome().equals("aligned");
      if (ax != ay) {
        return ax ? -1 : 1;
      }
      return Double.compare(score(y), score(x));
    });
    // Quotations align by a shared run of words, not through the engine: their group says it all.
    if (fact instanceof Quotation) {
      for (var g : result.alignment().quotations()) {
        if (g.facts().contains(fact)) {
          for (Fact f : g.facts()) {
            if (!f.span().reportId().equals(fact.span().reportId())) {
              boolean inOrder = fact.span().compareTo(f.span()) <= 0;
              mine.add(new Pair(inOrder ? fact : f, inOrder ? f : fact, Double.NaN, "aligned"));
            }
          }
        }
      }
    }
    List<Fact> never = new ArrayList<>();
    for (DocumentFacts d : result.documents()) {
      if (d.id().equals(fact.span().reportId())) {
        continue;
      }
      for (Fact f : d.all()) {
        if (f.type().equals(fact.type()) && !(f instanceof dev.crosscheck.fact.Quantity q && q.isBare()) && mine.stream().noneMatch(p -> p.other(fact).equals(f))) {
          never.add(f);
        }
      }
    }
    return new OfFact(fact, ImmutableList.copyOf(mine), ImmutableList.copyOf(never));
  }

  /**
   * Whether the fact was aligned with a fact of another report: it is in a group of its kind.
   *
   * @param fact a fact of the check
   * @return true when a group holds it
   */
  public boolean aligned(Fact fact) {
    return result.alignment().groups().stream().anyMatch(g -> g.facts().contains(fact));
  }


  private static double score(Pair p) {
    return Double.isNaN(p.similarity()) ? -1 : p.similarity();
  }
}
