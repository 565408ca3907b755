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

  /** An aligner with the standard {@link Lexicon}. */
  public Aligner() {
    this(Lexicon.standard());
  }

  /** An aligner with the given word lists. */
  public Aligner(Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon");
    this.quantities = new QuantityAligner(lexicon);
    this.quotations = new QuotationAligner(lexicon);
    this.dates = new DateAligner(lexicon);
  }

  /** Aligns the facts of the documents. */
  public Alignment align(List<DocumentFacts> documents) {
    QuotationAligner.Result quoted = quotations.align(documents);
    return new Alignment(quantities.align(documents), quoted.groups, quoted.comparisons, dates.align(documents));
  }
}
