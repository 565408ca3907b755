package dev.crosscheck.align;

import dev.crosscheck.fact.DocumentFacts;
import java.util.List;

/**
 * How alike two facts' contexts are: the one question alignment asks of a model of meaning. The
 * kinds of facts decide what may align at all (the same dimension, the same relation, the same
 * speaker) and compare the values; a similarity only says, among what may align, how surely two
 * facts are about the same thing. Implementations must be thread-safe and symmetric in spirit; the
 * engine always asks with the two facts in the order of their spans.
 */
@FunctionalInterface
public interface Similarity {

  /**
   * How alike the two contexts are.
   *
   * @param a the context of the fact whose span comes first
   * @param b the context of the other fact, from another report
   * @return a score in [0, 1]: 0 nothing in common, 1 the same
   */
  double similarity(FactContext a, FactContext b);

  /**
   * The similarity to ask about one cluster, before alignment asks about any of its pairs: a
   * similarity that reads the sentences themselves reads them all here, at once (a model runs
   * faster on a batch than on one sentence at a time), and answers from what it read. Called once
   * per cluster, from the thread that aligns it. The standard similarity needs nothing and returns
   * itself.
   *
   * @param documents the cluster's documents with their facts
   * @return the similarity for this cluster's pairs; never null
   */
  default Similarity forCluster(List<DocumentFacts> documents) {
    return this;
  }

  /**
   * Pairs of facts worth scoring although they share no rare word: a similarity that reads meaning
   * proposes the facts of two sentences that say the same thing in other words. Alignment scores
   * what the kinds' words propose and these besides; the kinds' hard constraints still decide what
   * may align. Asked once per kind and cluster, of the similarity {@link #forCluster} returned. The
   * standard similarity proposes none.
   *
   * @param contexts the facts of one kind in the cluster, from every report
   * @param pair receives each proposed pair as two indexes into {@code contexts}, each pair once
   */
  default void propose(List<FactContext> contexts, PairSink pair) {}

  /** Receives proposed pairs of facts. */
  @FunctionalInterface
  interface PairSink {
    /**
     * One proposed pair.
     *
     * @param a the index of one fact
     * @param b the index of the other, not {@code a}
     */
    void accept(int a, int b);
  }

  /**
   * The standard similarity: half the cosine of the weighted context words, half the Dice overlap of
   * the anchors. The words a cluster shares everywhere (the event, its people) are rare in no
   * sentence, so the cosine alone would not let them speak.
   *
   * @return the lexical similarity
   */
  static Similarity lexical() {
    return Lexical.INSTANCE;
  }

  /** The standard similarity, as a named class so that it prints as what it is. */
  final class Lexical implements Similarity {
    private static final Lexical INSTANCE = new Lexical();

    private Lexical() {}

    @Override
    public double similarity(FactContext a, FactContext b) {
      return 0.5 * Overlap.cosine(a.weights(), a.norm(), b.weights(), b.norm())
          + 0.5 * Overlap.dice(a.anchors(), b.anchors());
    }

    @Override
    public String toString() {
      return "lexical (cosine of weighted words + Dice of anchors)";
    }
  }
}
