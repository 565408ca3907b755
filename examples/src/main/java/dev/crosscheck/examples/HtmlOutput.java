package dev.crosscheck.examples;

import dev.crosscheck.CheckResult;
import dev.crosscheck.Coverage;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Reading;
import dev.crosscheck.rule.Severity;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code check --format html} page: one self-contained file (no network resource, no external
 * script or font) an editor opens from disk. A summary; the divergences, each a button that
 * highlights its evidence in every report and scrolls to it, filterable by severity; every
 * report's full text side by side (stacked on a narrow screen), each evidence span marked in its
 * severity's colour, with its divergence's number beside it; and who states what.
 *
 * <p>The contract a program may read: each evidence span is one element with
 * {@code data-divergence="N"} (N its position in the JSON output's {@code divergences}, from 0)
 * whose text is exactly the evidence; each report's column has {@code data-report="ID"}. An
 * evidence span that crosses another (overlaps it without nesting) cannot be one element of the
 * text: it is listed below its report with its characters, and its element carries
 * {@code data-crossing}. Everything taken from the reports is escaped: a report that holds
 * {@code <script>} shows it as text.
 */
final class HtmlOutput {
  private HtmlOutput() {}

  /** The document's start, up to the opened {@code <main>}: the title, the style sheet, the header. */
  private static void head(StringBuilder h, String title, String summary) {
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Crosscheck: ").append(escape(title)).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n<header><h1>Crosscheck</h1><p class=\"summary\">").append(escape(summary))
        .append("</p></header>\n<main>\n");
  }

  /** The page for one check. */
  static String page(CheckResult result) {
    StringBuilder h = new StringBuilder(64 * 1024);
    List<Divergence> divergences = result.divergences();
    int conflicts = result.divergences(Severity.CONFLICT).size();
    int variants = result.divergences(Severity.VARIANT).size();
    String summary = TextOutput.summary(result);
    head(h, summary, summary);

    // the divergences
    h.append("<section id=\"divergences\" aria-labelledby=\"h-div\"><h2 id=\"h-div\">Divergences</h2>\n");
    if (divergences.isEmpty()) {
      h.append("<p>None: the reports agree on every fact they share.</p>\n");
    } else {
      h.append("<div class=\"filters\" role=\"group\" aria-label=\"Show\">")
          .append("<label><input type=\"checkbox\" id=\"show-conflict\" checked> Conflicts (").append(conflicts).append(")</label> ")
          .append("<label><input type=\"checkbox\" id=\"show-variant\" checked> Variants (").append(variants).append(")</label>")
          .append("</div>\n<ol class=\"divergences\">\n");
      for (int n = 0; n < divergences.size(); n++) {
        Divergence d = divergences.get(n);
        String sev = d.severity().jsonName();
        h.append("<li class=\"divergence ").append(sev).append("\" data-severity=\"").append(sev).append("\">")
            .append("<button type=\"button\" class=\"select\" data-select=\"").append(n).append("\" aria-pressed=\"false\">")
            .append("<span class=\"num\">").append(n + 1).append("</span> ")
            .append("<span class=\"badge ").append(sev).append("\">").append(sev.toUpperCase(Locale.ROOT)).append("</span> ")
            .append("<span class=\"kind\">").append(escape(d.kind())).append("</span> ")
            .append("<span class=\"message\">").append(escape(d.message())).append("</span></button>\n<ul class=\"readings\">");
        for (Reading r : d.readings()) {
          h.append("<li>").append(escape(r.label())).append(" <span class=\"who\">(")
              .append(escape(String.join(", ", r.reportIds()))).append(")</span></li>");
        }
        h.append("</ul></li>\n");
      }
      h.append("</ol>\n");
    }
    h.append("</section>\n");

    // the reports side by side
    h.append("<section id=\"reports\" aria-labelledby=\"h-rep\"><h2 id=\"h-rep\">Reports</h2>\n<div class=\"columns\">\n");
    for (int i = 0; i < result.reports().size(); i++) {
      report(h, result.reports().get(i), i, divergences);
    }
    h.append("</div>\n</section>\n");

    coverage(h, result.coverage());
    h.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  /**
   * What a batch's index lists of one cluster.
   *
   * @param order its input line
   * @param cluster its id
   * @param page its page's file name, or null when it could not be checked
   * @param conflicts its conflicts
   * @param variants its variants
   * @param reports how many reports it has
   * @param error why it could not be checked, or null
   */
  record IndexEntry(long order, String cluster, String page, int conflicts, int variants, int reports, String error) {}

  /** The index of a batch's pages: the clusters by number of conflicts, then variants, then input order. */
  static String index(List<IndexEntry> entries) {
    List<IndexEntry> rows = new ArrayList<>(entries);
    rows.sort(Comparator.comparing((IndexEntry r) -> r.error() != null)
        .thenComparing(Comparator.comparingInt(IndexEntry::conflicts).reversed())
        .thenComparing(Comparator.comparingInt(IndexEntry::variants).reversed())
        .thenComparingLong(IndexEntry::order));
    StringBuilder h = new StringBuilder();
    head(h, rows.size() + " clusters", rows.size() + (rows.size() == 1 ? " cluster" : " clusters") + ", most conflicts first");
    h.append("<table class=\"index\"><thead><tr><th scope=\"col\">Cluster</th><th scope=\"col\">Conflicts</th>")
        .append("<th scope=\"col\">Variants</th><th scope=\"col\">Reports</th></tr></thead>\n<tbody>\n");
    for (IndexEntry r : rows) {
      if (r.error() != null) {
        h.append("<tr><th scope=\"row\">").append(escape(r.cluster())).append("</th><td colspan=\"3\">not checked: ")
            .append(escape(r.error())).append("</td></tr>\n");
      } else {
        h.append("<tr><th scope=\"row\"><a href=\"").append(escape(r.page())).append("\">").append(escape(r.cluster()))
            .append("</a></th><td>").append(r.conflicts()).append("</td><td>").append(r.variants()).append("</td><td>")
            .append(r.reports()).append("</td></tr>\n");
      }
    }
    h.append("</tbody></table>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void coverage(StringBuilder h, Coverage coverage) {
    h.append("<section id=\"coverage\" aria-labelledby=\"h-cov\"><h2 id=\"h-cov\">Who states what</h2>\n");
    // figures, dates and quotations first; the names, which every report shares, after them
    List<Coverage.Row> shared = new ArrayList<>(coverage.shared());
    shared.sort(Comparator.comparing((Coverage.Row r) -> r.kind().equals("name")));
    if (shared.isEmpty()) {
      h.append("<p>No fact is stated by two reports.</p>\n");
    } else {
      h.append("<div class=\"scroll\"><table><caption>Facts two reports or more state; — where a report is silent</caption>\n<thead><tr><th scope=\"col\">Fact</th>");
      for (String id : coverage.reportIds()) {
        h.append("<th scope=\"col\">").append(escape(id)).append("</th>");
      }
      h.append("</tr></thead>\n<tbody>\n");
      for (Coverage.Row row : shared) {
        h.append("<tr><th scope=\"row\">").append(escape(row.topic())).append(" <span class=\"kind\">")
            .append(escape(row.kind())).append("</span></th>");
        for (String id : coverage.reportIds()) {
          Coverage.Statement s = row.statement(id);
          h.append(s == null ? "<td class=\"silent\">—</td>" : "<td>" + escape(s.reading()) + "</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</tbody></table></div>\n");
    }
    h.append("<h3>Matched with no other report's fact</h3>\n<p class=\"note\">The same words in another report are "
        + "shown: alignment took them for other facts (another event's \"on Friday\"), an editor may not.</p>\n<ul class=\"only\">\n");
    Map<Coverage.Row, ? extends List<String>> writtenAlike = coverage.writtenAlike();
    for (String id : coverage.reportIds()) {
      List<Coverage.Row> only = coverage.onlyIn(id);
      h.append("<li><details><summary>").append(escape(id)).append(": ").append(only.size())
          .append(only.size() == 1 ? " fact" : " facts").append("</summary><ul>");
      for (Coverage.Row row : only) {
        h.append("<li><span class=\"kind\">").append(escape(row.kind())).append("</span> ").append(escape(row.topic()));
        List<String> alike = writtenAlike.get(row);
        if (alike != null) {
          h.append(" <span class=\"who\">(same words in ").append(escape(String.join(", ", alike))).append(")</span>");
        }
        h.append("</li>");
      }
      h.append("</ul></details></li>\n");
    }
    h.append("</ul>\n</section>\n");
  }

  /** An evidence span of one divergence in one report. */
  private record Mark(int start, int end, int divergence, Severity severity, int number) {}

  private static void report(StringBuilder h, Report report, int index, List<Divergence> divergences) {
    String text = report.text();
    List<Mark> marks = new ArrayList<>();
    for (int n = 0; n < divergences.size(); n++) {
      Divergence d = divergences.get(n);
      for (Span s : d.evidence()) {
        if (s.reportId().equals(report.id()) && s.end() <= text.length() && s.start() < s.end()) {
          marks.add(new Mark(s.start(), s.end(), n, d.severity(), n + 1));
        }
      }
    }
    // Outer spans first where two start together, so that the inner one nests in it.
    marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed())
        .thenComparingInt(Mark::divergence));
    List<Mark> nested = new ArrayList<>();
    List<Mark> crossing = new ArrayList<>();
    List<Mark> open = new ArrayList<>();
    for (Mark m : marks) {
      while (!open.isEmpty() && open.get(open.size() - 1).end() <= m.start()) {
        open.remove(open.size() - 1);
      }
      if (!open.isEmpty() && open.get(open.size() - 1).end() < m.end()) {
        crossing.add(m); // overlaps the open span without fitting in it
        continue;
      }
      if (nested.stream().anyMatch(x -> x.start() == m.start() && x.end() == m.end() && x.divergence() == m.divergence())) {
        continue; // the same span twice in one divergence: one element
      }
      nested.add(m);
      open.add(m);
    }
    h.append("<article class=\"report\" data-report=\"").append(escape(report.id())).append("\" aria-labelledby=\"r-")
        .append(index).append("\">\n<h3 id=\"r-").append(index).append("\">")
        .append(escape(report.id())).append("</h3>\n<div class=\"text\" dir=\"auto\">");
    // Walk the text: open and close the nested marks at their boundaries.
    List<Mark> stack = new ArrayList<>();
    int at = 0;
    int next = 0;
    while (at < text.length() || !stack.isEmpty()) {
      int closeAt = stack.isEmpty() ? Integer.MAX_VALUE : stack.get(stack.size() - 1).end();
      int openAt = next < nested.size() ? nested.get(next).start() : Integer.MAX_VALUE;
      int until = Math.min(Math.min(closeAt, openAt), text.length());
      if (until > at) {
        h.append(escape(text.substring(at, until)));
        at = until;
      }
      if (closeAt <= openAt && closeAt == at) {
        h.append("</mark>");
        stack.remove(stack.size() - 1);
      } else if (openAt == at) {
        Mark m = nested.get(next++);
        String sev = m.severity().jsonName();
        // The number is drawn by the style sheet (data-n), so that the text of the column and of
        // every mark stays exactly the report's characters.
        h.append("<mark class=\"ev ").append(sev).append("\" data-divergence=\"").append(m.divergence())
            .append("\" data-n=\"").append(m.number()).append("\" title=\"").append(sev).append(' ').append(m.number()).append("\">");
        stack.add(m);
      } else if (at >= text.length()) {
        break;
      }
    }
    h.append("</div>\n");
    if (!crossing.isEmpty()) {
      h.append("<p class=\"note\">Evidence that overlaps other evidence, shown apart:</p><ul class=\"crossing\">");
      for (Mark m : crossing) {
        String sev = m.severity().jsonName();
        h.append("<li>").append(m.number()).append(": [").append(m.start()).append(", ").append(m.end()).append(") <mark class=\"ev ")
            .append(sev).append("\" data-divergence=\"").append(m.divergence()).append("\" data-crossing=\"true\">")
            .append(escape(text.substring(m.start(), m.end()))).append("</mark></li>");
      }
      h.append("</ul>\n");
    }
    h.append("</article>\n");
  }

  /**
   * The text with every character that means something in HTML written as an entity: {@code <},
   * {@code >}, {@code &}, both quotes. Other characters, bidi controls included, are kept as they
   * are, so that an element's text is exactly the report's characters; the report's column isolates
   * their direction.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static final String CSS = """
      :root { --conflict: #b3261e; --conflict-bg: #fde7e4; --variant: #7a5200; --variant-bg: #fff1c9;
        --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; --focus: #0b57d0; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
      header, main { padding: 0 1.25rem; }
      header { border-bottom: 1px solid var(--line); }
      h1 { font-size: 1.4rem; margin: .75rem 0 .25rem; }
      .summary { margin: 0 0 .75rem; color: var(--muted); }
      h2 { font-size: 1.15rem; margin: 1.25rem 0 .5rem; }
      h3 { font-size: 1rem; margin: .5rem 0; }
      .filters label { margin-right: 1rem; }
      ol.divergences { list-style: none; padding: 0; margin: .5rem 0; }
      li.divergence { margin: .25rem 0; }
      button.select { font: inherit; text-align: left; width: 100%; padding: .4rem .6rem; border: 1px solid var(--line);
        border-radius: 4px; background: #fafafa; color: var(--ink); cursor: pointer; }
      button.select[aria-pressed="true"] { border: 2px solid var(--ink); background: #eef2ff; }
      :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
      .badge { font-size: .75rem; font-weight: 700; padding: .05rem .35rem; border-radius: 3px; color: #fff; }
      .badge.conflict { background: var(--conflict); }
      .badge.variant { background: var(--variant); }
      .kind { font-size: .8rem; color: var(--muted); }
      .num { font-weight: 700; }
      ul.readings { margin: .15rem 0 .4rem 2.2rem; padding: 0; font-size: .9rem; }
      .who { color: var(--muted); }
      body.hide-conflict li.divergence.conflict, body.hide-variant li.divergence.variant { display: none; }
      .scroll { overflow-x: auto; }
      table { border-collapse: collapse; font-size: .9rem; }
      caption { text-align: left; color: var(--muted); padding: .25rem 0; }
      th, td { border: 1px solid var(--line); padding: .25rem .5rem; vertical-align: top; text-align: left; }
      td.silent { color: var(--muted); text-align: center; }
      ul.only { padding-left: 1.2rem; }
      .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
      article.report { border: 1px solid var(--line); border-radius: 4px; padding: .5rem .75rem; min-width: 0; }
      .text { white-space: pre-wrap; overflow-wrap: anywhere; max-height: 70vh; overflow-y: auto; unicode-bidi: isolate; font-size: .95rem; }
      mark.ev { unicode-bidi: isolate; color: inherit; padding: 0 .05rem; }
      mark.ev.conflict { background: var(--conflict-bg); border-bottom: 3px solid var(--conflict); }
      mark.ev.variant { background: var(--variant-bg); border-bottom: 3px dashed var(--variant); }
      mark.ev.selected { outline: 3px solid var(--ink); }
      body.hide-conflict mark.ev.conflict, body.hide-variant mark.ev.variant { background: none; border-bottom: none; }
      body.hide-conflict mark.ev.conflict::before, body.hide-variant mark.ev.variant::before { content: none; }
      mark.ev::before { content: attr(data-n); font-size: .7rem; font-weight: 700; vertical-align: super; margin-right: .1rem; }
      mark.ev.conflict::before { color: var(--conflict); }
      mark.ev.variant::before { color: var(--variant); }
      .note { font-size: .85rem; color: var(--muted); }
      @media (max-width: 40rem) { .columns { grid-template-columns: 1fr; } .text { max-height: none; } }
      """;

  private static final String SCRIPT = """
      (function () {
        var buttons = document.querySelectorAll('button.select');
        function choose(n) {
          buttons.forEach(function (b) { b.setAttribute('aria-pressed', b.getAttribute('data-select') === n ? 'true' : 'false'); });
          document.querySelectorAll('mark.ev.selected').forEach(function (m) { m.classList.remove('selected'); });
          document.querySelectorAll('article.report').forEach(function (report) {
            var first = null;
            report.querySelectorAll('mark.ev[data-divergence="' + n + '"]').forEach(function (m) {
              m.classList.add('selected');
              if (!first) { first = m; }
            });
            if (first) { first.scrollIntoView({block: 'center', behavior: 'smooth'}); }
          });
        }
        buttons.forEach(function (b) { b.addEventListener('click', function () {
          choose(b.getAttribute('data-select'));
          try { history.replaceState(null, '', '#d' + (Number(b.getAttribute('data-select')) + 1)); } catch (e) { /* a page opened where history is closed */ }
        }); });
        // page.html#d2 opens with divergence 2 chosen, numbered as the page shows it: a link to one finding
        var linked = /^#d(\\d+)$/.exec(location.hash);
        if (linked && Number(linked[1]) >= 1) { choose(String(Number(linked[1]) - 1)); }
        ['conflict', 'variant'].forEach(function (sev) {
          var box = document.getElementById('show-' + sev);
          if (box) { box.addEventListener('change', function () { document.body.classList.toggle('hide-' + sev, !box.checked); }); }
        });
      })();
      """;
}
