package dev.crosscheck.examples;

import dev.crosscheck.CheckResult;
import dev.crosscheck.Coverage;
import dev.crosscheck.fact.DateMention;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Fact;
import dev.crosscheck.fact.Interval;
import dev.crosscheck.fact.Quantity;
import dev.crosscheck.fact.Quotation;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Reading;
import dev.crosscheck.rule.Rule;
import dev.crosscheck.rule.RuleOption;
import dev.crosscheck.rule.Severity;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;
import dev.crosscheck.text.Token;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The listings for people: one block per divergence for {@code check}, one list of facts per report
 * for {@code facts}. The JSON output is the one for programs; this one may change its layout.
 */
final class TextOutput {
  /** Report ids longer than this are shortened in evidence lines, as long as they stay distinct. */
  private static final int SHORT_ID = 16;
  /** Evidence longer than this is shown with its middle left out. */
  private static final int MAX_EVIDENCE = 160;

  private TextOutput() {}

  /**
   * Prints each divergence as a block: a {@code CONFLICT rule-id: message} line, then each reading
   * with its evidence lines, then a summary line.
   */
  static void check(CheckResult result, PrintWriter out) {
    Map<String, String> texts = new HashMap<>();
    for (Report r : result.reports()) {
      texts.put(r.id(), r.text());
    }
    Map<String, String> shortIds = shortIds(result.reports().stream().map(Report::id).toList());
    for (Divergence d : result.divergences()) {
      out.println(d.severity().name() + " " + d.ruleId() + ": " + d.message());
      for (Reading reading : d.readings()) {
        out.println("  - " + reading.label());
        for (Span span : reading.evidence()) {
          String text = texts.get(span.reportId());
          String shown = text == null || span.end() > text.length() ? "(outside the report)" : quote(span.text(text));
          out.println("      " + shortIds.getOrDefault(span.reportId(), span.reportId()) + " ["
              + span.start() + "," + span.end() + ") " + shown);
        }
      }
      out.println();
    }
    coverage(result.coverage(), shortIds, out);
    out.println(summary(result));
  }

  /** A cell of the coverage table is at most this wide; a row's label too, twice over. */
  private static final int CELL = 14;
  /** Facts of one report only, listed by name per report line before "and N more". */
  private static final int MAX_SINGLE = 8;

  /**
   * Who states what: a table of the shared facts (one row each, one column per report, each cell
   * the words the report states it in, "—" where it is silent), then per report the facts no other
   * report states. Nothing when no fact was read.
   */
  static void coverage(Coverage coverage, Map<String, String> shortIds, PrintWriter out) {
    if (coverage.rows().isEmpty()) {
      return;
    }
    List<Coverage.Row> shared = coverage.shared();
    if (!shared.isEmpty()) {
      out.println("Who states what (" + plural(shared.size(), "fact") + " in two reports or more; — silent):");
      StringBuilder header = new StringBuilder(pad("", 2 * CELL + 2));
      for (String id : coverage.reportIds()) {
        header.append(' ').append(pad(cut(shortIds.getOrDefault(id, id), CELL), CELL));
      }
      out.println(header.toString().stripTrailing());
      for (Coverage.Row row : shared) {
        StringBuilder line = new StringBuilder(pad(cut(row.topic(), 2 * CELL + 1), 2 * CELL + 2));
        for (String id : coverage.reportIds()) {
          Coverage.Statement st = row.statement(id);
          line.append(' ').append(pad(st == null ? "—" : cut(oneLine(st.reading()), CELL), CELL));
        }
        out.println(line.toString().stripTrailing());
      }
      out.println();
    }
    boolean any = false;
    Map<Coverage.Row, ? extends List<String>> writtenAlike = coverage.writtenAlike();
    for (String id : coverage.reportIds()) {
      List<Coverage.Row> only = coverage.onlyIn(id);
      if (only.isEmpty()) {
        continue;
      }
      if (!any) {
        out.println("Matched with no other report's fact (the same words elsewhere are shown; alignment took them for other facts):");
        any = true;
      }
      StringBuilder line = new StringBuilder("  " + shortIds.getOrDefault(id, id) + " (" + only.size() + "): ");
      for (int i = 0; i < Math.min(MAX_SINGLE, only.size()); i++) {
        line.append(i == 0 ? "" : "; ").append(cut(oneLine(only.get(i).topic()), 2 * CELL + 1));
        List<String> alike = writtenAlike.get(only.get(i));
        if (alike != null) {
          line.append(" (same words in ").append(alike.stream().map(a -> shortIds.getOrDefault(a, a))
              .collect(Collectors.joining(", "))).append(")");
        }
      }
      if (only.size() > MAX_SINGLE) {
        line.append("; and ").append(only.size() - MAX_SINGLE).append(" more (--format json lists all)");
      }
      out.println(line);
    }
    if (any) {
      out.println();
    }
  }

  /** The text cut to {@code width} characters, an ellipsis marking the cut; never half a surrogate pair. */
  private static String cut(String text, int width) {
    if (text.codePointCount(0, text.length()) <= width) {
      return text;
    }
    int end = text.offsetByCodePoints(0, width - 1);
    return text.substring(0, end).stripTrailing() + "…";
  }

  private static String pad(String text, int width) {
    int n = text.codePointCount(0, text.length());
    return n >= width ? text : text + " ".repeat(width - n);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** "4 divergences: 2 conflicts, 2 variants in 5 reports". */
  static String summary(CheckResult result) {
    int total = result.divergences().size();
    int reports = result.reports().size();
    if (total == 0) {
      return "0 divergences in " + plural(reports, "report");
    }
    return plural(total, "divergence") + ": " + plural(result.divergences(Severity.CONFLICT).size(), "conflict")
        + ", " + plural(result.divergences(Severity.VARIANT).size(), "variant") + " in " + plural(reports, "report");
  }

  /** Prints, per report, its facts in text order with their normalised content. */
  static void facts(List<DocumentFacts> documents, PrintWriter out) {
    boolean first = true;
    for (DocumentFacts facts : documents) {
      if (!first) {
        out.println();
      }
      first = false;
      String text = facts.document().text();
      List<Fact> all = facts.all();
      out.println(facts.id() + " (" + plural(text.length(), "char") + "): " + plural(all.size(), "fact"));
      for (Fact fact : all) {
        Span span = fact.span();
        String shown = span.end() > text.length() ? "(outside the report)" : quote(span.text(text));
        out.println(String.format(Locale.ROOT, "  %-12s %-9s %s", "[" + span.start() + "," + span.end() + ")",
            fact.type(), shown));
        out.println("      " + describe(fact));
      }
    }
  }

  /** Prints one line per rule: id, kind, default severity and description. */
  static void rules(List<Rule> rules, PrintWriter out) {
    if (rules.isEmpty()) {
      out.println("no rules on the class path");
      return;
    }
    int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
    int kindWidth = rules.stream().mapToInt(r -> r.kind().length()).max().orElse(0);
    for (Rule rule : rules) {
      out.println(String.format(Locale.ROOT, "%-" + idWidth + "s  %-" + kindWidth + "s  %-8s  %s",
          rule.id(), rule.kind(), rule.defaultSeverity().jsonName(), rule.description()));
      for (RuleOption o : rule.options()) {
        out.println(String.format(Locale.ROOT, "%-" + idWidth + "s    option %s (default %s): %s",
            "", o.name(), o.defaultValue(), o.description()));
      }
    }
  }

  private static String describe(Fact fact) {
    if (fact instanceof Quantity q) {
      StringBuilder s = new StringBuilder();
      s.append(q.hedge().jsonName()).append(' ').append(number(q.value()));
      q.unit().ifPresent(u -> s.append(' ').append(u.name()));
      q.noun().ifPresent(n -> s.append(" (").append(n).append(')'));
      s.append(" = ").append(interval(q.interval()));
      return s.toString();
    }
    if (fact instanceof Quotation q) {
      String words = q.words().stream().map(Token::norm).collect(Collectors.joining(" "));
      return "speaker: " + q.speaker().orElse("?") + "; source: " + q.source().orElse("?")
          + "; words: " + abbreviate(words);
    }
    if (fact instanceof DateMention d) {
      String days = d.interval().map(Object::toString).orElse("unresolved");
      return d.form().jsonName() + ", " + d.granularity().jsonName() + (d.approximate() ? ", approximate" : "")
          + (d.relation().isEmpty() ? "" : ", " + d.relation()) + " = " + days;
    }
    if (!fact.attributes().isEmpty()) {
      return fact.attributes().entrySet().stream()
          .map(e -> e.getKey() + ": " + (e.getValue() instanceof Number n ? number(n.doubleValue()) : e.getValue()))
          .collect(Collectors.joining("; "));
    }
    return fact.toString();
  }

  private static String interval(Interval i) {
    return (i.lowClosed() ? "[" : "(") + (Double.isInfinite(i.low()) ? "-inf" : number(i.low())) + ", "
        + (Double.isInfinite(i.high()) ? "inf" : number(i.high())) + (i.highClosed() ? "]" : ")");
  }

  private static String number(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return Double.toString(x);
  }

  /** The evidence in double quotes, line breaks shown as ⏎ so that one piece of evidence stays on one line. */
  static String quote(String text) {
    StringBuilder s = new StringBuilder(Math.min(text.length(), MAX_EVIDENCE) + 8);
    String shown = abbreviate(text);
    s.append('"');
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '\n') {
        s.append('⏎');
      } else if (c == '\r' || c == '\t') {
        s.append(' ');
      } else {
        s.append(c);
      }
    }
    return s.append('"').toString();
  }

  static String abbreviate(String text) {
    if (text.length() <= MAX_EVIDENCE) {
      return text;
    }
    // Cut between words where a space is near, so no word is shown in part.
    int head = MAX_EVIDENCE * 2 / 3;
    int space = text.lastIndexOf(' ', head);
    head = safeCut(text, space > head - 20 ? space : head);
    int tail = text.length() - MAX_EVIDENCE / 3;
    space = text.indexOf(' ', tail);
    tail = safeCut(text, space >= 0 && space < tail + 20 ? space + 1 : tail);
    return text.substring(0, head).stripTrailing() + " … " + text.substring(tail).stripLeading();
  }

  /** Moves a cut off the middle of a surrogate pair. */
  private static int safeCut(String text, int at) {
    return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
  }

  /**
   * Shortens long ids to their shortest prefix of at least {@value #SHORT_ID} characters that no
   * other id shares, marked with "…"; ids that are short already, or that cannot be told apart by a
   * prefix, stay whole.
   */
  static Map<String, String> shortIds(List<String> ids) {
    // In sorted order the longest prefix an id shares with any other is the one it shares with a neighbour.
    List<String> sorted = ids.stream().distinct().sorted().toList();
    Map<String, String> shortIds = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      String id = sorted.get(i);
      int shared = 0;
      if (i > 0) {
        shared = Math.max(shared, commonPrefix(id, sorted.get(i - 1)));
      }
      if (i + 1 < sorted.size()) {
        shared = Math.max(shared, commonPrefix(id, sorted.get(i + 1)));
      }
      int keep = Math.max(SHORT_ID, shared + 1);
      if (keep < id.length() && Character.isLowSurrogate(id.charAt(keep))) {
        keep++;
      }
      // Cutting must save more than the one character the mark costs.
      shortIds.put(id, keep + 1 < id.length() ? id.substring(0, keep) + "…" : id);
    }
    return shortIds;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}

