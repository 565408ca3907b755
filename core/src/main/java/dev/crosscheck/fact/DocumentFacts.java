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
 * @param dates its date mentions, in text order
 */
public record DocumentFacts(
    Document document,
    ImmutableList<Quantity> quantities,
    ImmutableList<Quotation> quotations,
    ImmutableList<DateMention> dates) {

  /**
   * Validates the record.
   *
   * @param document the document they were found in
   * @param quantities its quantities, in text order
   * @param quotations its quotations, in text order
   * @param dates its date mentions, in text order
   */
  public DocumentFacts {
    requireNonNull(document, "document");
    requireNonNull(quantities, "quantities");
    requireNonNull(quotations, "quotations");
    requireNonNull(dates, "dates");
  }

  /**
   * The facts of a document in which no dates were looked for.
   *
   * @param document the document they were found in
   * @param quantities its quantities, in text order
   * @param quotations its quotations, in text order
   */
  public DocumentFacts(Document document, ImmutableList<Quantity> quantities, ImmutableList<Quotation> quotations) {
    this(document, quantities, quotations, ImmutableList.of());
  }

  /**
   * The document's report id.
   *
   * @return the id of the report the document was read from
   */
  public String id() {
    return document.id();
  }

  /**
   * All facts, quantities, quotations and dates, in text order.
   *
   * @return the facts together, ordered by where their spans start, then end
   */
  public ImmutableList<Fact> all() {
    return ImmutableList.<Fact>builder()
        .addAll(quantities)
        .addAll(quotations)
        .addAll(dates)
        .build()
        .stream()
        .sorted(java.util.Comparator.comparingInt((Fact f) -> f.span().start()).thenComparingInt(f -> f.span().end()))
        .collect(ImmutableList.toImmutableList());
  }
}
