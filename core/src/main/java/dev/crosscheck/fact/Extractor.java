package dev.crosscheck.fact;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.text.Document;

/**
 * Finds facts of one type in a document. Implementations are stateless and thread-safe, and run in
 * time linear in the document's length.
 *
 * @param <F> the type of fact found
 */
public interface Extractor<F extends Fact> {

  /**
   * The facts of the document, in text order.
   *
   * @param document a document read from a report, or one built by hand
   * @return the facts found; empty when there are none
   */
  ImmutableList<F> extract(Document document);
}
