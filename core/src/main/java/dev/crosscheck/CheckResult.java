package dev.crosscheck;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.align.Alignment;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Severity;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;

/**
 * What a check found: every document with its facts, the groups of aligned facts (who covers which
 * fact) and the divergences.
 *
 * @param documents each report read, with its facts, in the order given
 * @param alignment the groups of facts that state the same thing
 * @param divergences what the rules found, in rule order then text order
 */
public record CheckResult(
    ImmutableList<DocumentFacts> documents, Alignment alignment, ImmutableList<Divergence> divergences) {

  /**
   * Validates the record.
   *
   * @param documents each report read, with its facts, in the order given
   * @param alignment the groups of facts that state the same thing
   * @param divergences what the rules found, in rule order then text order
   */
  public CheckResult {
    requireNonNull(documents, "documents");
    requireNonNull(alignment, "alignment");
    requireNonNull(divergences, "divergences");
  }

  /**
   * The reports checked, in the order given.
   *
   * @return each document's report, as handed in
   */
  public ImmutableList<Report> reports() {
    return documents.stream().map(d -> d.document().report()).collect(ImmutableList.toImmutableList());
  }

  /**
   * The original characters of an evidence span: {@code span}'s part of the text of the report it
   * points into.
   *
   * @param span a span of one of the reports checked, such as the evidence of a divergence
   * @return the characters the span covers, as written
   * @throws IllegalArgumentException when no report of this check has the span's report id, or the
   *     span runs past its text
   */
  public String text(Span span) {
    for (DocumentFacts d : documents) {
      if (d.id().equals(span.reportId())) {
        String text = d.document().text();
        if (span.end() > text.length()) {
          throw new IllegalArgumentException(
              "span " + span + " runs past the " + text.length() + " characters of report " + d.id());
        }
        return span.text(text);
      }
    }
    throw new IllegalArgumentException("no report '" + span.reportId() + "' in this result");
  }

  /**
   * Which report states which fact, and which are silent on it: every aligned group and every
   * fact only one report states ({@link Coverage}). Computed from the documents and the alignment
   * on each call.
   *
   * @return the coverage of this check's facts
   */
  public Coverage coverage() {
    return Coverage.of(documents, alignment);
  }

  /**
   * The divergences of one severity.
   *
   * @param severity which findings to keep: conflicts or variants
   * @return the divergences of that severity, in the order of {@link #divergences()}
   */
  public ImmutableList<Divergence> divergences(Severity severity) {
    return divergences.stream().filter(d -> d.severity() == severity).collect(ImmutableList.toImmutableList());
  }
}
