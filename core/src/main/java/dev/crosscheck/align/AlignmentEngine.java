package dev.crosscheck.align;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.fact.Fact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one alignment engine every kind of fact goes through. A kind describes each of its facts (an
 * {@link Item}: report, fact, {@link FactContext}, whatever else its constraints read) and says, in
 * a {@link Pairing}, what may align and how to label a group; the engine does the rest, the same way
 * for every kind:
 *
 * <ol>
 *   <li>candidate pairs from shared features that are rare enough to mean something (postings of at
 *       most {@link Pairing#maxPostings()} items), never all pairs; and the pairs the similarity
 *       proposes from what the sentences mean ({@link Similarity#propose}), within the kind's hard
 *       constraints ({@link Pairing#allowed});
 *   <li>each candidate from two reports that the kind may pair is scored by the {@link Similarity}
 *       (always with the two facts in span order, so the order of reports cannot change a bit);
 *   <li>a report states a fact once: a pair is kept only when each fact is the other's best match
 *       in the other's report, by a margin over the runner-up ({@link Pairs#mutualBest});
 *   <li>kept pairs join their facts, strongest first, into groups of one fact per report in which
 *       every pair is allowed and the mean similarity reaches the threshold;
 *   <li>groups of at least two reports are labelled by the kind and returned in text order.
 * </ol>
 *
 * Stateless and thread-safe.
 */
final class AlignmentEngine {
  private final Similarity similarity;
  private final AlignmentTrace trace;
  /** Every pair of items is a candidate: the comparison the index must match (tests only). */
  private final boolean exhaustive;

  AlignmentEngine(Similarity similarity) {
    this(similarity, AlignmentTrace.NONE);
  }

  AlignmentEngine(Similarity similarity, AlignmentTrace trace) {
    this(similarity, trace, false);
  }

  AlignmentEngine(Similarity similarity, AlignmentTrace trace, boolean exhaustive) {
    this.similarity = requireNonNull(similarity, "similarity");
    this.trace = requireNonNull(trace, "trace");
    this.exhaustive = exhaustive;
  }

  /** A fact as the engine sees it: its report's position in the cluster, the fact, its context. */
  static class Item<F extends Fact> {
    final int report;
    final F fact;
    final FactContext context;

    Item(int report, F fact, FactContext context) {
      this.report = report;
      this.fact = fact;
      this.context = context;
    }
  }

  /** What one kind of fact tells the engine. */
  interface Pairing<F extends Fact, I extends Item<F>> {
    /** Least similarity for two facts to align. */
    double threshold();

    /** How much better than the runner-up a counterpart must fit; 0 keeps every mutual best. */
    double margin();

    /** A feature held by more items than this proposes no pairs (it still scores). */
    default int maxPostings() {
      return 200;
    }

    /**
     * The features that propose pairs: two items that share one are compared. Features carry the
     * kind's hard constraint where it has one ("duration|ago|meet"), so that only comparable
     * facts ever meet.
     */
    Set<String> features(I item);

    /** Whether the pair, from two reports, is worth scoring at all (it is tied to the same thing). */
    default boolean proposable(I x, I y) {
      return allowed(x, y);
    }

    /** What can never be one fact, whatever the words: the kind's hard constraints. */
    boolean allowed(I x, I y);

    /** The similarity adjusted by what the kind knows (two figures naming one place). */
    default double adjust(I x, I y, double similarity) {
      return similarity;
    }

    /**
     * Whether a pair below the threshold that is each fact's clear best (mutual best by the margin)
     * counts as reaching it: the kind vouches that they are tied to one thing.
     */
    default boolean vouches(I x, I y) {
      return false;
    }

    /** A short label for what a group's facts are about. */
    String topic(List<I> members);

    /**
     * Why the pair may not align, in words a journalist reads, for {@code explain}: the hard
     * constraint it breaks, or that it is not {@link #proposable} (tied to different things).
     */
    default String why(I x, I y) {
      return allowed(x, y) ? "not tied to the same thing: no word of what is measured or of the event in common"
          : "kept apart by the kind's constraints";
    }
  }

  /** The groups of facts that state the same thing. */
  <F extends Fact, I extends Item<F>> ImmutableList<FactGroup<F>> align(Pairing<F, I> kind, List<I> items) {
    List<Set<String>> features = new ArrayList<>(items.size());
    for (I item : items) {
      features.add(kind.features(item));
    }
    List<Pairs.Pair> strong = new ArrayList<>();
    List<Pairs.Pair> candidates = new ArrayList<>();
    Set<Long> scored = new HashSet<>();
    Map<Long, String> unproposed = new LinkedHashMap<>();
    PairConsumer candidate = (a, b) -> {
      I x = items.get(a);
      I y = items.get(b);
      if (x.report == y.report) {
        return;
      }
      if (!kind.proposable(x, y)) {
        if (trace != AlignmentTrace.NONE) {
          unproposed.put(Pairs.key(a, b), kind.why(x, y)); // traced at the end, unless meaning scores it
        }
        return;
      }
      scored.add(Pairs.key(a, b));
      score(kind, x, y, a, b, candidates, strong);
    };
    if (exhaustive) {
      for (int a = 0; a < items.size(); a++) {
        for (int b = a + 1; b < items.size(); b++) {
          candidate.accept(a, b);
        }
      }
    } else {
      candidates(features, List.of(), kind.maxPostings(), candidate);
    }
    // Pairs the similarity proposes from what their sentences mean: scored when the words did not
    // propose them, within the kind's hard constraints.
    List<FactContext> contexts = items.stream().map(it -> it.context).toList();
    similarity.propose(contexts, (p, q) -> {
      if (p == q || p < 0 || q < 0 || p >= items.size() || q >= items.size()) {
        return;
      }
      int a = Math.min(p, q);
      int b = Math.max(p, q);
      I x = items.get(a);
      I y = items.get(b);
      if (x.report == y.report || !scored.add(Pairs.key(a, b))) {
        return;
      }
      if (!kind.allowed(x, y)) {
        if (trace != AlignmentTrace.NONE) {
          record(kind, x, y, Double.NaN, "proposed for what the sentences mean, but " + kind.why(x, y));
        }
        return;
      }
      score(kind, x, y, a, b, candidates, strong);
    });
    Set<Long> vouched = new HashSet<>();
    // Only a pair below the threshold that the kind vouches for can be promoted: rank all
    // candidates (which takes a pass over them) only when there is such a pair.
    if (candidates.stream().anyMatch(p -> p.sim() < kind.threshold() && kind.vouches(items.get(p.a()), items.get(p.b())))) {
      for (Pairs.Pair p : Pairs.mutualBest(candidates, i -> items.get(i).report, kind.margin())) {
        if (p.sim() < kind.threshold() && kind.vouches(items.get(p.a()), items.get(p.b()))) {
          strong.add(new Pairs.Pair(p.a(), p.b(), kind.threshold()));
          vouched.add(Pairs.key(p.a(), p.b()));
        }
      }
    }
    List<Pairs.Pair> pairs = Pairs.mutualBest(strong, i -> items.get(i).report, kind.margin());
    Pairs.sortStrongestFirst(pairs, i -> items.get(i).fact.span());
    int[] groupOf = new int[items.size()];
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      groupOf[i] = i;
      groups.put(i, new ArrayList<>(List.of(i)));
    }
    Map<Long, String> decided = new HashMap<>();
    for (Pairs.Pair p : pairs) {
      int ga = groupOf[p.a()];
      int gb = groupOf[p.b()];
      if (ga == gb) {
        decided.put(Pairs.key(p.a(), p.b()), "aligned");
        continue;
      }
      if (!compatible(kind, items, groups.get(ga), groups.get(gb), vouched)) {
        decided.put(Pairs.key(p.a(), p.b()), "each the other's best match, but joining them would put together facts "
            + "that may not align (another report's fact in one group is kept apart from the other's)");
        continue;
      }
      decided.put(Pairs.key(p.a(), p.b()), "aligned");
      List<Integer> right = groups.remove(gb);
      groups.get(ga).addAll(right);
      for (int i : right) {
        groupOf[i] = ga;
      }
    }
    if (trace != AlignmentTrace.NONE) {
      for (Map.Entry<Long, String> e : unproposed.entrySet()) {
        if (!scored.contains(e.getKey())) {
          // Pairs.key: the smaller index in the high half, the larger in the low
          int a = (int) (e.getKey() >>> 32);
          int b = (int) (e.getKey() & 0xffffffffL);
          record(kind, items.get(a), items.get(b), Double.NaN, e.getValue());
        }
      }
      for (Pairs.Pair p : candidates) {
        long key = Pairs.key(p.a(), p.b());
        String outcome = groupOf[p.a()] == groupOf[p.b()] ? "aligned" : decided.get(key);
        if (outcome == null) {
          boolean reached = p.sim() >= kind.threshold() || vouched.contains(key);
          outcome = reached
              ? String.format(java.util.Locale.ROOT, "similar enough, but not each the other's clear best match "
                  + "(another fact of one report fits about as well, or better; margin %.2f)", kind.margin())
              : String.format(java.util.Locale.ROOT, "similarity below the threshold %.2f", kind.threshold());
        }
        record(kind, items.get(p.a()), items.get(p.b()), p.sim(), outcome);
      }
    }
    List<FactGroup<F>> out = new ArrayList<>();
    for (List<Integer> members : groups.values()) {
      if (members.size() < 2) {
        continue;
      }
      members.sort(Comparator.comparingInt((Integer i) -> items.get(i).report)
          .thenComparingInt(i -> items.get(i).fact.span().start()));
      List<I> its = members.stream().map(items::get).toList();
      out.add(new FactGroup<>(kind.topic(its), its.stream().map(it -> it.fact).collect(ImmutableList.toImmutableList())));
    }
    out.sort(Comparator.comparing((FactGroup<F> g) -> g.facts().get(0).span()));
    return ImmutableList.copyOf(out);
  }

  /** Receives a candidate pair of item indexes, the smaller first. */
  @FunctionalInterface
  interface PairConsumer {
    void accept(int a, int b);
  }

  /**
   * The candidate pairs of a cluster's items, each once, the smaller index first: two items that
   * share a feature, and an item with a probe that another holds as a feature. A feature held by
   * more than {@code maxPostings} items is too common to mean anything and proposes no pair. Every
   * kind's candidates come from here: the work grows with the pairs that share something rare, not
   * with all pairs.
   *
   * @param features each item's features, by item index
   * @param probes each item's probes (may be empty, or shorter than {@code features})
   */
  static void candidates(List<? extends Collection<String>> features, List<? extends Collection<String>> probes,
      int maxPostings, PairConsumer pair) {
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < features.size(); i++) {
      for (String f : features.get(i)) {
        postings.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> seen = new HashSet<>();
    long n = features.size();
    for (List<Integer> list : postings.values()) {
      if (list.size() > maxPostings) {
        continue;
      }
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          int a = list.get(i);
          int b = list.get(j);
          if (seen.add(a * n + b)) {
            pair.accept(a, b);
          }
        }
      }
    }
    for (int i = 0; i < probes.size(); i++) {
      for (String probe : probes.get(i)) {
        List<Integer> hits = postings.get(probe);
        if (hits == null || hits.size() > maxPostings) {
          continue;
        }
        for (int h : hits) {
          int a = Math.min(h, i);
          int b = Math.max(h, i);
          if (a != b && seen.add(a * n + b)) {
            pair.accept(a, b);
          }
        }
      }
    }
  }

  /** Scores a pair worth scoring: a candidate, and a strong one when it reaches the threshold. */
  private <F extends Fact, I extends Item<F>> void score(Pairing<F, I> kind, I x, I y, int a, int b,
      List<Pairs.Pair> candidates, List<Pairs.Pair> strong) {
    double sim = similarity(kind, x, y);
    candidates.add(new Pairs.Pair(a, b, sim));
    if (sim >= kind.threshold()) {
      strong.add(new Pairs.Pair(a, b, sim));
    }
  }

  private <F extends Fact, I extends Item<F>> void record(Pairing<F, I> kind, I x, I y, double sim, String outcome) {
    boolean inOrder = x.fact.span().compareTo(y.fact.span()) <= 0;
    trace.pair(inOrder ? x.fact : y.fact, inOrder ? y.fact : x.fact, sim, outcome);
  }

  /** How alike two items are, asked in the order of their spans. */
  <F extends Fact, I extends Item<F>> double similarity(Pairing<F, I> kind, I x, I y) {
    return Pairs.symmetric(x, y, it -> it.fact.span(),
        (a, b) -> kind.adjust(a, b, similarity.similarity(a.context, b.context)));
  }

  /** One fact per report in a group, every pair allowed, and the mean similarity high enough. */
  private <F extends Fact, I extends Item<F>> boolean compatible(
      Pairing<F, I> kind, List<I> items, List<Integer> left, List<Integer> right, Set<Long> vouched) {
    double[] sims = new double[left.size() * right.size()];
    int n = 0;
    for (int a : left) {
      for (int b : right) {
        I x = items.get(a);
        I y = items.get(b);
        if (x.report == y.report || !kind.allowed(x, y)) {
          return false;
        }
        double sim = similarity(kind, x, y);
        sims[n++] = vouched.contains(Pairs.key(a, b)) ? Math.max(kind.threshold(), sim) : sim;
      }
    }
    return Pairs.mean(sims) >= kind.threshold();
  }
}
