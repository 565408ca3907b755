package dev.crosscheck.fact;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.text.Document;

/** Finds every number in a document and reads it as a hedged {@link Quantity}. */
public final class QuantityExtractor implements Extractor<Quantity> {

  /** An extractor with the standard unit and hedge tables. */
  public QuantityExtractor() {}

  @Override
  public ImmutableList<Quantity> extract(Document document) {
    return ImmutableList.of();
  }
}
