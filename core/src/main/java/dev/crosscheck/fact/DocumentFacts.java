package dev.crosscheck.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.text.Document;
import java.util.Comparator;

/**
 * The facts found in one document: those of the three built-in kinds, and those of the kinds a
 * user's jar adds, by the kind's name.
 *
 * @param document the document they were found in
 * @param quantities its quantities, in text order
 * @param quotations its quotations, in text order
 * @param dates its date mentions, in text order
 * @param others the facts of added kinds by kind name, each kind's in text order
 */
public record DocumentFacts(
    Document document,
    ImmutableList<Quantity> quantities,
    ImmutableList<Quotation> quotations,
    ImmutableList<DateMention> dates,
    ImmutableListMultimap<String, Fact> others) {

  /** The names of the built-in kinds, which an added kind may not take. */
  public static final ImmutableSet<String> BUILT_IN_KINDS = ImmutableSet.of("quantity", "quotation", "date");

  /**
   * Validates the record.
   *
   * @param document the document they were found in
   * @param quantities its quantities, in text order
   * @param quotations its quotations, in text order
   * @param dates its date mentions, in text order
   * @param others the facts of added kinds by kind name
   */
  public DocumentFacts {
    requireNonNull(document, "document");
    requireNonNull(quantities, "quantities");
    requireNonNull(quotations, "quotations");
    requireNonNull(dates, "dates");
    requireNonNull(others, "others");
    for (String kind : others.keySet()) {
      checkArgument(!BUILT_IN_KINDS.contains(kind), "an added kind may not be named %s", kind);
    }
  }

  /**
   * The facts of a document of the built-in kinds only.
   *
   * @param document the document they were found in
   * @param quantities its quantities, in text order
   * @param quotations its quotations, in text order
   * @param dates its date mentions, in text order
   */
  public DocumentFacts(Document document, ImmutableList<Quantity> quantities, ImmutableList<Quotation> quotations,
      ImmutableList<DateMention> dates) {
    this(document, quantities, quotations, dates, ImmutableListMultimap.of());
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
   * The facts of one added kind.
   *
   * @param kind the kind's name
   * @param type the class of its facts
   * @param <F> the type of its facts
   * @return its facts in text order; empty when it found none or no such kind ran
   * @throws ClassCastException when the kind's facts are not of {@code type}
   */
  public <F extends Fact> ImmutableList<F> facts(String kind, Class<F> type) {
    ImmutableList<Fact> facts = others.get(kind);
    for (Fact f : facts) {
      type.cast(f);
    }
    @SuppressWarnings("unchecked") // every element was just checked
    ImmutableList<F> typed = (ImmutableList<F>) (ImmutableList<?>) facts;
    return typed;
  }

  /**
   * All facts, of every kind, in text order.
   *
   * @return the facts together, ordered by where their spans start, then end (ties: built-in kinds first)
   */
  public ImmutableList<Fact> all() {
    return ImmutableList.<Fact>builder()
        .addAll(quantities)
        .addAll(quotations)
        .addAll(dates)
        .addAll(others.values())
        .build()
        .stream()
        .sorted(Comparator.comparingInt((Fact f) -> f.span().start()).thenComparingInt(f -> f.span().end()))
        .collect(ImmutableList.toImmutableList());
  }
}
