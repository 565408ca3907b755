package dev.crosscheck.align;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Fact;
import java.util.List;

/**
 * Groups facts from different reports that state the same thing, by what they are about and never by
 * their value. Stateless and thread-safe.
 */
public final class Aligner {
  private final QuantityAligner quantities;
  private final QuotationAligner quotations;
  private final DateAligner dates;
  private final Similarity similarity;
  private final Lexicon lexicon;

  /** An aligner with the standard {@link Lexicon}. */
  public Aligner() {
    this(Lexicon.standard());
  }

  /** An aligner with the given word lists. */
  public Aligner(Lexicon lexicon) {
    this(lexicon, Similarity.lexical());
  }

  /**
   * An aligner with the given word lists that asks {@code similarity} how alike two facts' contexts
   * are.
   *
   * @param lexicon the word lists
   * @param similarity how alike two contexts are; {@link Similarity#lexical()} by default
   */
  public Aligner(Lexicon lexicon, Similarity similarity) {
    requireNonNull(lexicon, "lexicon");
    requireNonNull(similarity, "similarity");
    this.lexicon = lexicon;
    this.similarity = similarity;
    this.quantities = new QuantityAligner(lexicon);
    this.quotations = new QuotationAligner(lexicon);
    this.dates = new DateAligner(lexicon);
  }

  /**
   * The similarity this aligner asks.
   *
   * @return the similarity given at construction
   */
  public Similarity similarity() {
    return similarity;
  }

  /** Aligns the facts of the documents, of the built-in kinds. */
  public Alignment align(List<DocumentFacts> documents) {
    return align(documents, List.of());
  }

  /**
   * Aligns the facts of the documents, of the built-in kinds and of the added ones.
   *
   * @param documents the documents with their facts
   * @param kinds the added kinds whose facts the documents carry
   * @return the groups of every kind
   */
  public Alignment align(List<DocumentFacts> documents, List<? extends FactKind<?>> kinds) {
    return align(documents, kinds, AlignmentTrace.NONE);
  }

  /**
   * Aligns the facts of the documents, telling {@code trace} what was decided about every pair of
   * facts looked at (quotations, which align by their words, are not traced).
   *
   * @param documents the documents with their facts
   * @param kinds the added kinds whose facts the documents carry
   * @param trace receives each pair with its similarity and outcome
   * @return the groups of every kind
   */
  public Alignment align(List<DocumentFacts> documents, List<? extends FactKind<?>> kinds, AlignmentTrace trace) {
    return align(documents, kinds, trace, false);
  }

  /** Aligns with every pair of facts a candidate, not those the index proposes: what the index must match. */
  Alignment alignExhaustively(List<DocumentFacts> documents) {
    return align(documents, List.of(), AlignmentTrace.NONE, true);
  }

  private Alignment align(List<DocumentFacts> documents, List<? extends FactKind<?>> kinds, AlignmentTrace trace,
      boolean exhaustive) {
    // One cluster, one similarity: an implementation that reads sentences prepares them all at once.
    AlignmentEngine engine = new AlignmentEngine(requireNonNull(similarity.forCluster(documents),
        () -> similarity + " gave no similarity for the cluster"), requireNonNull(trace, "trace"), exhaustive);
    QuotationAligner.Result quoted = quotations.align(documents);
    // The rarity of the cluster's words, counted once for the quantities and the added kinds.
    ClusterStatistics statistics = ClusterStatistics.of(documents, lexicon::isContentWord, lexicon::key);
    ImmutableListMultimap.Builder<String, FactGroup<?>> others = ImmutableListMultimap.builder();
    for (FactKind<?> kind : kinds) {
      others.putAll(kind.name(), alignKind(kind, documents, statistics, engine));
    }
    return new Alignment(quantities.align(documents, engine, statistics), quoted.groups, quoted.comparisons,
        dates.align(documents, engine), others.build());
  }

  private <F extends Fact> ImmutableList<FactGroup<F>> alignKind(
      FactKind<F> kind, List<DocumentFacts> documents, ClusterStatistics statistics, AlignmentEngine engine) {
    return new AddedKindAligner<>(kind, lexicon, engine).align(documents, statistics);
  }
}
