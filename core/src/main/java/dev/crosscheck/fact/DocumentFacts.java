package dev.crosscheck.fact;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.text.Document;

/**
 * The facts found in one document.
 *
 * @param document the document they were found in
 * @param quantities its quantities, in text order
 * @param quotations its quotations, in text order
 */
public record DocumentFacts(
    Document document, ImmutableList<Quantity> quantities, ImmutableList<Quotation> quotations) {

  /** Validates the record. */
  public DocumentFacts {
    requireNonNull(document, "document");
    requireNonNull(quantities, "quantities");
    requireNonNull(quotations, "quotations");
  }

  /** The document's report id. */
  public String id() {
    return document.id();
  }

  /** All facts, quantities and quotations, in text order. */
  public ImmutableList<Fact> all() {
    return ImmutableList.<Fact>builder()
        .addAll(quantities)
        .addAll(quotations)
        .build()
        .stream()
        .sorted(java.util.Comparator.comparingInt((Fact f) -> f.span().start()).thenComparingInt(f -> f.span().end()))
        .collect(ImmutableList.toImmutableList());
  }
}
