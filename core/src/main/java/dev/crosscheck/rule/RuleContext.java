package dev.crosscheck.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.align.Alignment;
import dev.crosscheck.fact.DocumentFacts;

/**
 * What a rule reads: every document with its facts, the groups of aligned facts, and the rule's own
 * settings in this checker.
 *
 * @param documents the documents in the order the reports were given
 * @param alignment the groups of facts that state the same thing
 * @param settings the values of the rule's {@link Rule#options()}
 */
public record RuleContext(ImmutableList<DocumentFacts> documents, Alignment alignment, RuleSettings settings) {

  /**
   * Validates the record.
   *
   * @param documents the documents in the order the reports were given
   * @param alignment the groups of facts that state the same thing
   * @param settings the values of the rule's options
   */
  public RuleContext {
    requireNonNull(documents, "documents");
    requireNonNull(alignment, "alignment");
    requireNonNull(settings, "settings");
  }

  /**
   * A context for a rule without options.
   *
   * @param documents the documents in the order the reports were given
   * @param alignment the groups of facts that state the same thing
   */
  public RuleContext(ImmutableList<DocumentFacts> documents, Alignment alignment) {
    this(documents, alignment, RuleSettings.NONE);
  }

  /**
   * The same documents and alignment, for a rule with these settings.
   *
   * @param settings the rule's settings
   * @return a context that differs only in its settings
   */
  public RuleContext withSettings(RuleSettings settings) {
    return new RuleContext(documents, alignment, settings);
  }

  /**
   * The short form of a report id for messages: the part before the first '_', if any.
   *
   * @param reportId a report id
   * @return the id up to its first '_'; the whole id when it has none or starts with one
   */
  public static String shortId(String reportId) {
    int u = reportId.indexOf('_');
    return u > 0 ? reportId.substring(0, u) : reportId;
  }

  /**
   * How messages name a report: its {@link #shortId short id} ("000" for
   * "000_b80febacbb332027") when no other report of the check shortens to the same, else its whole
   * id ("ap_morning" and "ap_evening" stay apart).
   *
   * @param reportId the id of one of this check's reports
   * @return the short id when it names that report alone, else the whole id
   */
  public String label(String reportId) {
    String shortId = shortId(reportId);
    for (DocumentFacts d : documents) {
      if (!d.id().equals(reportId) && shortId(d.id()).equals(shortId)) {
        return reportId;
      }
    }
    return shortId;
  }
}
