package dev.crosscheck.align;

import static java.util.Objects.requireNonNull;

import dev.crosscheck.fact.DocumentFacts;
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
    AlignmentEngine engine = new AlignmentEngine(similarity);
    this.similarity = similarity;
    this.quantities = new QuantityAligner(lexicon, engine);
    this.quotations = new QuotationAligner(lexicon);
    this.dates = new DateAligner(lexicon, engine);
  }

  /**
   * The similarity this aligner asks.
   *
   * @return the similarity given at construction
   */
  public Similarity similarity() {
    return similarity;
  }

  /** Aligns the facts of the documents. */
  public Alignment align(List<DocumentFacts> documents) {
    QuotationAligner.Result quoted = quotations.align(documents);
    return new Alignment(quantities.align(documents), quoted.groups, quoted.comparisons, dates.align(documents));
  }
}
