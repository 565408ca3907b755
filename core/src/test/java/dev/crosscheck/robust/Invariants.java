package dev.crosscheck.robust;

import dev.crosscheck.CheckResult;
import dev.crosscheck.align.FactGroup;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Fact;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Reading;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;
import dev.crosscheck.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What must hold of every result, whatever the input: spans inside their report and equal to their
 * text, sizes bounded by the input, and a canonical form of the findings that does not depend on the
 * order of the reports. Each check returns the problems it finds, empty when all holds.
 */
final class Invariants {
  /** At most this many quotation comparisons per quotation read. */
  static final int COMPARISONS_PER_QUOTATION = 200;

  private Invariants() {}

  /** Spans and sizes of one result. */
  static List<String> check(List<Report> reports, CheckResult result) {
    List<String> problems = new ArrayList<>();
    Map<String, Report> byId = reports.stream().collect(Collectors.toMap(Report::id, Function.identity()));
    int facts = 0;
    int quotations = 0;
    for (DocumentFacts d : result.documents()) {
      Report r = byId.get(d.id());
      if (r == null) {
        problems.add("a document of an unknown report " + d.id());
        continue;
      }
      List<Token> tokens = d.document().tokens();
      if (tokens.size() > r.text().length()) {
        problems.add(d.id() + ": " + tokens.size() + " tokens in " + r.text().length() + " characters");
      }
      int previousEnd = 0;
      for (Token t : tokens) {
        if (t.start() < previousEnd || t.end() > r.text().length() || t.start() >= t.end()) {
          problems.add(d.id() + ": token " + t + " out of order or bounds");
          break;
        }
        previousEnd = t.end();
      }
      for (Fact f : d.all()) {
        facts++;
        spanProblem(byId, f.span(), f.text(), "fact " + f.type()).ifPresent(problems::add);
      }
      quotations += d.quotations().size();
      if (d.all().size() > tokens.size() + 1) {
        problems.add(d.id() + ": " + d.all().size() + " facts from " + tokens.size() + " tokens");
      }
    }
    for (Divergence v : result.divergences()) {
      for (Span s : v.evidence()) {
        spanProblem(byId, s, result.text(s), "evidence of " + v.ruleId()).ifPresent(problems::add);
      }
    }
    List<FactGroup<?>> groups = new ArrayList<>();
    groups.addAll(result.alignment().quantities());
    groups.addAll(result.alignment().quotations());
    groups.addAll(result.alignment().dates());
    int grouped = groups.stream().mapToInt(g -> g.facts().size()).sum();
    if (grouped > facts) {
      problems.add(grouped + " facts in groups, " + facts + " read");
    }
    if (result.divergences().size() > facts) {
      problems.add(result.divergences().size() + " divergences from " + facts + " facts");
    }
    if (result.alignment().quotationPairs().size() > (long) COMPARISONS_PER_QUOTATION * quotations) {
      problems.add(result.alignment().quotationPairs().size() + " quotation pairs from " + quotations + " quotations");
    }
    return problems;
  }

  private static java.util.Optional<String> spanProblem(Map<String, Report> byId, Span s, String text, String what) {
    Report r = byId.get(s.reportId());
    if (r == null) {
      return java.util.Optional.of(what + " " + s + " names no report");
    }
    if (s.start() < 0 || s.end() > r.text().length() || s.start() > s.end()) {
      return java.util.Optional.of(what + " " + s + " outside its report of " + r.text().length());
    }
    if (!r.text().substring(s.start(), s.end()).equals(text)) {
      return java.util.Optional.of(what + " " + s + " text differs from the report's characters");
    }
    return java.util.Optional.empty();
  }

  /**
   * The findings as a set that ignores the order of reports: each divergence as its rule, severity
   * and the set of its readings, each reading the set of its spans.
   */
  static TreeSet<String> findings(CheckResult result) {
    TreeSet<String> out = new TreeSet<>();
    for (Divergence d : result.divergences()) {
      TreeSet<String> readings = new TreeSet<>();
      for (Reading r : d.readings()) {
        readings.add(new TreeSet<>(r.evidence().stream().map(Span::toString).toList()).toString());
      }
      out.add(d.ruleId() + " " + d.severity() + " " + readings);
    }
    return out;
  }

  /** Everything a user sees, in order, messages included: the same input must give it again. */
  static String full(CheckResult result) {
    StringBuilder sb = new StringBuilder();
    for (Divergence d : result.divergences()) {
      sb.append(d.ruleId()).append(' ').append(d.severity()).append(' ').append(d.message());
      for (Reading r : d.readings()) {
        sb.append(" | ").append(r.label()).append(' ').append(r.evidence());
      }
      sb.append('\n');
    }
    for (DocumentFacts d : result.documents()) {
      sb.append(d.id()).append(' ').append(d.all().size()).append('\n');
    }
    return sb.toString();
  }
}
