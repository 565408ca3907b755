package dev.crosscheck.examples;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.CheckResult;
import dev.crosscheck.Coverage;
import dev.crosscheck.fact.DateMention;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Fact;
import dev.crosscheck.fact.Quantity;
import dev.crosscheck.fact.Quotation;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Reading;
import dev.crosscheck.rule.Rule;
import dev.crosscheck.rule.RuleOption;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;
import dev.crosscheck.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the JSON trees of the command-line contract. Core stays free of Jackson: the trees are
 * assembled here from the public records.
 */
final class JsonOutput {
  private final ObjectMapper mapper;

  JsonOutput(ObjectMapper mapper) {
    this.mapper = requireNonNull(mapper, "mapper");
  }

  /**
   * The {@code check --format json} object: the reports and every divergence with its evidence,
   * each evidence carrying the exact characters it covers.
   *
   * @throws IllegalStateException when a rule gave evidence outside the reports checked
   */
  ObjectNode check(CheckResult result) {
    return check(result, Set.of());
  }

  /**
   * The {@code check --format json} object; the reports read from pages also carry their
   * {@code "text"} (the article's text every offset points into) and {@code "source": "html"}.
   */
  ObjectNode check(CheckResult result, Set<String> fromHtml) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode reports = root.putArray("reports");
    Map<String, String> texts = new HashMap<>();
    for (Report report : result.reports()) {
      texts.put(report.id(), report.text());
      ObjectNode r = reports.addObject();
      r.put("id", report.id());
      r.put("chars", report.text().length());
      report.date().ifPresent(d -> r.put("date", d.toString()));
      if (fromHtml.contains(report.id())) {
        r.put("source", "html");
        r.put("text", report.text());
      }
    }
    ArrayNode divergences = root.putArray("divergences");
    for (Divergence d : result.divergences()) {
      ObjectNode node = divergences.addObject();
      node.put("kind", d.kind());
      node.put("rule", d.ruleId());
      node.put("severity", d.severity().jsonName());
      node.put("message", d.message());
      evidence(node.putArray("evidence"), d.evidence(), texts, "rule '" + d.ruleId() + "'");
      ArrayNode readings = node.putArray("readings");
      for (Reading reading : d.readings()) {
        ObjectNode r = readings.addObject();
        r.put("label", reading.label());
        ArrayNode ids = r.putArray("reports");
        reading.reportIds().forEach(ids::add);
        evidence(r.putArray("evidence"), reading.evidence(), texts, "rule '" + d.ruleId() + "'");
      }
    }
    coverage(root.putObject("coverage"), result.coverage(), texts);
    return root;
  }

  /**
   * {@code "coverage"}: every fact (a group two reports or more state, or a fact of one report),
   * with the reports that state it, how and where, and the reports silent on it.
   */
  private static void coverage(ObjectNode into, Coverage coverage, Map<String, String> texts) {
    ArrayNode facts = into.putArray("facts");
    for (Coverage.Row row : coverage.rows()) {
      ObjectNode f = facts.addObject();
      f.put("kind", row.kind());
      f.put("topic", row.topic());
      f.put("shared", row.shared());
      ArrayNode stated = f.putArray("stated");
      for (Coverage.Statement st : row.statements()) {
        ObjectNode s = stated.addObject();
        s.put("report", st.reportId());
        s.put("reading", st.reading());
        evidence(s.putArray("evidence"), st.evidence(), texts, "an extractor");
      }
      ArrayNode silent = f.putArray("silent");
      row.silent().forEach(silent::add);
    }
  }

  /** The {@code facts --format json} object: per report, every fact with its normalised content. */
  ObjectNode facts(List<DocumentFacts> documents) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode reports = root.putArray("reports");
    for (DocumentFacts facts : documents) {
      ObjectNode r = reports.addObject();
      r.put("id", facts.id());
      r.put("chars", facts.document().text().length());
      ArrayNode list = r.putArray("facts");
      String text = facts.document().text();
      for (Fact fact : facts.all()) {
        list.add(fact(fact, text));
      }
    }
    return root;
  }

  /** The {@code rules --format json} object. */
  ObjectNode rules(List<Rule> rules) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode list = root.putArray("rules");
    for (Rule rule : rules) {
      ObjectNode r = list.addObject();
      r.put("id", rule.id());
      r.put("kind", rule.kind());
      r.put("severity", rule.defaultSeverity().jsonName());
      r.put("description", rule.description());
      ArrayNode options = r.putArray("options");
      for (RuleOption o : rule.options()) {
        options.addObject().put("name", o.name()).put("default", o.defaultValue()).put("description", o.description());
      }
    }
    return root;
  }

  /** One fact; {@code text} is the report's own characters, so it always matches the offsets. */
  ObjectNode fact(Fact fact, String reportText) {
    ObjectNode node = mapper.createObjectNode();
    Span span = fact.span();
    node.put("type", fact.type());
    node.put("start", span.start());
    node.put("end", span.end());
    node.put("text", textOf(span, reportText, "an extractor"));
    node.put("sentence", fact.sentence());
    if (fact instanceof Quantity q) {
      putNumber(node, "value", q.value());
      putNumber(node, "low", q.interval().lowOrNull());
      putNumber(node, "high", q.interval().highOrNull());
      node.put("lowClosed", q.interval().lowClosed());
      node.put("highClosed", q.interval().highClosed());
      node.put("unit", q.unit().map(u -> u.name()).orElse(null));
      node.put("hedge", q.hedge().jsonName());
      node.put("noun", q.noun().orElse(null));
    } else if (fact instanceof Quotation q) {
      node.put("speaker", q.speaker().orElse(null));
      node.put("source", q.source().orElse(null));
      ArrayNode words = node.putArray("words");
      for (Token t : q.words()) {
        words.add(t.norm());
      }
    } else if (fact instanceof DateMention d) {
      node.put("form", d.form().jsonName());
      node.put("start_date", d.interval().map(i -> i.start().toString()).orElse(null));
      node.put("end_date", d.interval().map(i -> i.end().toString()).orElse(null));
      node.put("granularity", d.granularity().jsonName());
      node.put("approximate", d.approximate());
      node.put("relation", d.relation().isEmpty() ? null : d.relation());
      node.put("weekday", d.weekday().map(w -> w.name().toLowerCase(java.util.Locale.ROOT)).orElse(null));
    } else {
      // A kind a jar added: its own attributes, by name.
      fact.attributes().forEach((name, value) -> {
        if (value instanceof Number n) {
          putNumber(node, name, n.doubleValue());
        } else if (value instanceof Boolean b) {
          node.put(name, b);
        } else {
          node.put(name, String.valueOf(value));
        }
      });
    }
    return node;
  }

  /** Each span with its report and characters; {@code who} gave them ("rule 'x'"), for the error. */
  private static void evidence(ArrayNode into, List<Span> spans, Map<String, String> texts, String who) {
    for (Span span : spans) {
      String text = texts.get(span.reportId());
      if (text == null) {
        throw new IllegalStateException(who + " gave evidence in a report that was not checked: " + span);
      }
      ObjectNode e = into.addObject();
      e.put("report", span.reportId());
      e.put("start", span.start());
      e.put("end", span.end());
      e.put("text", textOf(span, text, who));
    }
  }

  private static String textOf(Span span, String text, String who) {
    if (span.end() > text.length()) {
      throw new IllegalStateException(
          who + " gave evidence past the end of report '" + span.reportId() + "' (" + text.length()
              + " chars): " + span);
    }
    return span.text(text);
  }

  /** Whole numbers print without a fraction ({@code 10000}, not {@code 10000.0}); null stays null. */
  private static void putNumber(ObjectNode node, String field, Double value) {
    if (value == null) {
      node.putNull(field);
    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      node.put(field, value.longValue());
    } else {
      node.put(field, value);
    }
  }
}
