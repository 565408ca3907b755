package dev.crosscheck.fact;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.text.Document;

/** Finds direct quotations, with their speakers and sources. */
public final class QuotationExtractor implements Extractor<Quotation> {

  /** An extractor with the standard settings. */
  public QuotationExtractor() {}

  @Override
  public ImmutableList<Quotation> extract(Document document) {
    return ImmutableList.of();
  }
}
