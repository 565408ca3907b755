package dev.crosscheck.align;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.crosscheck.fact.DateMention;
import dev.crosscheck.fact.Fact;
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
 * @param others the groups of each added {@link FactKind}, by kind name
 */
public record Alignment(
    ImmutableList<FactGroup<Quantity>> quantities,
    ImmutableList<FactGroup<Quotation>> quotations,
    ImmutableList<QuotationComparison> quotationPairs,
    ImmutableList<FactGroup<DateMention>> dates,
    ImmutableListMultimap<String, FactGroup<?>> others) {

  /** Validates the record. */
  public Alignment {
    requireNonNull(quantities, "quantities");
    requireNonNull(quotations, "quotations");
    requireNonNull(quotationPairs, "quotationPairs");
    requireNonNull(dates, "dates");
    requireNonNull(others, "others");
  }

  /** An alignment of the built-in kinds only. */
  public Alignment(
      ImmutableList<FactGroup<Quantity>> quantities,
      ImmutableList<FactGroup<Quotation>> quotations,
      ImmutableList<QuotationComparison> quotationPairs,
      ImmutableList<FactGroup<DateMention>> dates) {
    this(quantities, quotations, quotationPairs, dates, ImmutableListMultimap.of());
  }

  /** An alignment without date groups. */
  public Alignment(
      ImmutableList<FactGroup<Quantity>> quantities,
      ImmutableList<FactGroup<Quotation>> quotations,
      ImmutableList<QuotationComparison> quotationPairs) {
    this(quantities, quotations, quotationPairs, ImmutableList.of());
  }

  /**
   * The groups of one added kind, as a rule over that kind reads them.
   *
   * @param kind the kind's name
   * @param type the class of its facts
   * @param <F> the type of its facts
   * @return its groups in text order; empty when none formed or no such kind ran
   * @throws ClassCastException when the kind's facts are not of {@code type}
   */
  public <F extends Fact> ImmutableList<FactGroup<F>> groups(String kind, Class<F> type) {
    ImmutableList.Builder<FactGroup<F>> out = ImmutableList.builder();
    for (FactGroup<?> g : others.get(kind)) {
      for (Fact f : g.facts()) {
        type.cast(f);
      }
      @SuppressWarnings("unchecked") // every fact was just checked
      FactGroup<F> typed = (FactGroup<F>) g;
      out.add(typed);
    }
    return out.build();
  }

  /**
   * Every group of every kind: the quantities, the quotations, the dates, then the added kinds.
   *
   * @return all groups, kind by kind, each kind in text order
   */
  public ImmutableList<FactGroup<?>> groups() {
    return ImmutableList.<FactGroup<?>>builder().addAll(quantities).addAll(quotations).addAll(dates)
        .addAll(others.values()).build();
  }
}
