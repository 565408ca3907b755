package dev.crosscheck.align;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.fact.DateMention;
import dev.crosscheck.fact.Quantity;
import dev.crosscheck.fact.Quotation;

/**
 * The groups of facts that state the same thing across reports.
 *
 * @param quantities groups of quantities about one thing (a duration, a head count)
 * @param quotations groups of quotations of the same words
 * @param quotationPairs every pair of quotations from different reports that aligned, compared word
 *     by word
 * @param dates groups of date mentions that date the same event
 */
public record Alignment(
    ImmutableList<FactGroup<Quantity>> quantities,
    ImmutableList<FactGroup<Quotation>> quotations,
    ImmutableList<QuotationComparison> quotationPairs,
    ImmutableList<FactGroup<DateMention>> dates) {

  /** Validates the record. */
  public Alignment {
    requireNonNull(quantities, "quantities");
    requireNonNull(quotations, "quotations");
    requireNonNull(quotationPairs, "quotationPairs");
    requireNonNull(dates, "dates");
  }

  /** An alignment without date groups. */
  public Alignment(
      ImmutableList<FactGroup<Quantity>> quantities,
      ImmutableList<FactGroup<Quotation>> quotations,
      ImmutableList<QuotationComparison> quotationPairs) {
    this(quantities, quotations, quotationPairs, ImmutableList.of());
  }
}
