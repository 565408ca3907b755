package dev.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.crosscheck.align.Alignment;
import dev.crosscheck.align.FactGroup;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Fact;
import dev.crosscheck.fact.Quantity;
import dev.crosscheck.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which report states which fact, and which are silent on it: the question an editor asks first
 * ("who else has the executions?"). A row for every group of aligned facts (stated by two reports
 * or more), and a row for every fact matched in no other report. "Silent" means that alignment
 * found no counterpart: another report may tell the same fact in words it did not recognise. Bare numbers (no unit, no counted
 * noun: "the 5 of them", a list's "2") say nothing that can be compared and are left out.
 *
 * <p>Rows come in the order of their first statement: by report, then by position in the report.
 * Immutable.
 *
 * @param reportIds the reports checked, in the order given
 * @param rows every fact, shared or not
 */
public record Coverage(ImmutableList<String> reportIds, ImmutableList<Coverage.Row> rows) {

  /**
   * Validates the record.
   *
   * @param reportIds the reports checked, in the order given
   * @param rows every fact, shared or not
   */
  public Coverage {
    requireNonNull(reportIds, "reportIds");
    requireNonNull(rows, "rows");
  }

  /**
   * How one report states a fact.
   *
   * @param reportId the report
   * @param reading the words it states it in ("nearly five hours"; several joined by " / " when the
   *     report states it more than once)
   * @param evidence where: the span of each of its facts in the row
   */
  public record Statement(String reportId, String reading, ImmutableList<Span> evidence) {
    /**
     * Validates the record.
     *
     * @param reportId the report
     * @param reading the words it states it in
     * @param evidence where
     */
    public Statement {
      requireNonNull(reportId, "reportId");
      requireNonNull(reading, "reading");
      requireNonNull(evidence, "evidence");
      checkArgument(!evidence.isEmpty(), "a statement without evidence");
    }
  }

  /**
   * One fact across the reports.
   *
   * @param kind the kind of fact ({@code quantity}, {@code quotation}, {@code date}, {@code name},
   *     or an added kind's name)
   * @param topic what it is about, as the divergence messages say it ("Meeting duration"); for a
   *     fact only one report states, the words it is stated in
   * @param statements the reports that state it, in report order
   * @param silent the reports that do not, in report order
   */
  public record Row(String kind, String topic, ImmutableList<Statement> statements, ImmutableList<String> silent) {
    /**
     * Validates the record.
     *
     * @param kind the kind of fact
     * @param topic what it is about
     * @param statements the reports that state it
     * @param silent the reports that do not
     */
    public Row {
      requireNonNull(kind, "kind");
      requireNonNull(topic, "topic");
      requireNonNull(statements, "statements");
      requireNonNull(silent, "silent");
      checkArgument(!statements.isEmpty(), "a row no report states");
    }

    /**
     * Whether two reports or more state the fact.
     *
     * @return true for an aligned group, false for a fact of one report
     */
    public boolean shared() {
      return statements.size() >= 2;
    }

    /**
     * How the given report states the fact.
     *
     * @param reportId a report of the check
     * @return its statement, or null when it is silent
     */
    public Statement statement(String reportId) {
      for (Statement s : statements) {
        if (s.reportId().equals(reportId)) {
          return s;
        }
      }
      return null;
    }
  }

  /**
   * The facts two reports or more state.
   *
   * @return the shared rows, in the order of {@link #rows()}
   */
  public ImmutableList<Row> shared() {
    return rows.stream().filter(Row::shared).collect(ImmutableList.toImmutableList());
  }

  /**
   * The facts of one report matched in no other report.
   *
   * @param reportId a report of the check
   * @return its rows that align with no other report's fact, in text order
   */
  public ImmutableList<Row> onlyIn(String reportId) {
    return rows.stream().filter(r -> !r.shared() && r.statements().get(0).reportId().equals(reportId))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * For each fact matched with no other report's fact, the other reports that write it in the same
   * words (case aside) among their own unmatched facts of its kind. Alignment judged them apart
   * (another event's "on Friday", two counts of one noun it could not tell apart); an editor may
   * judge otherwise. Computed in one pass over the rows: ask once per output, not once per row.
   *
   * @return the unmatched rows written alike elsewhere, each with those reports' ids in report
   *     order; rows written alike nowhere are absent
   */
  public com.google.common.collect.ImmutableMap<Row, ImmutableList<String>> writtenAlike() {
    Map<String, Set<String>> reportsOf = new HashMap<>();
    for (Row r : rows) {
      if (!r.shared()) {
        reportsOf.computeIfAbsent(alikeKey(r), k -> new HashSet<>()).add(r.statements().get(0).reportId());
      }
    }
    com.google.common.collect.ImmutableMap.Builder<Row, ImmutableList<String>> out =
        com.google.common.collect.ImmutableMap.builder();
    for (Row r : rows) {
      if (r.shared()) {
        continue;
      }
      String own = r.statements().get(0).reportId();
      Set<String> found = reportsOf.get(alikeKey(r));
      ImmutableList<String> others = reportIds.stream().filter(id -> !id.equals(own) && found.contains(id))
          .collect(ImmutableList.toImmutableList());
      if (!others.isEmpty()) {
        out.put(r, others);
      }
    }
    return out.buildKeepingLast();
  }

  /** The kind and the words, case and edge spaces aside: what "written alike" compares. */
  private static String alikeKey(Row r) {
    return r.kind() + "\u0000" + r.topic().strip().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The coverage of a check's facts.
   *
   * @param documents the documents with their facts, in report order
   * @param alignment their groups
   * @return every group and every fact of one report, as rows
   */
  public static Coverage of(List<DocumentFacts> documents, Alignment alignment) {
    requireNonNull(documents, "documents");
    requireNonNull(alignment, "alignment");
    ImmutableList<String> ids = documents.stream().map(DocumentFacts::id).collect(ImmutableList.toImmutableList());
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      order.put(ids.get(i), i);
    }
    List<Placed> rows = new ArrayList<>();
    Set<Fact> grouped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (FactGroup<?> g : alignment.groups()) {
      grouped.addAll(g.facts());
      ImmutableListMultimap<String, ? extends Fact> byReport = g.byReport();
      ImmutableList.Builder<Statement> statements = ImmutableList.builder();
      List<String> stating = new ArrayList<>();
      for (String id : ids) {
        List<? extends Fact> facts = byReport.get(id);
        if (!facts.isEmpty()) {
          statements.add(statement(id, facts));
          stating.add(id);
        }
      }
      Set<String> says = new HashSet<>(stating);
      ImmutableList<String> silent = ids.stream().filter(id -> !says.contains(id)).collect(ImmutableList.toImmutableList());
      rows.add(new Placed(new Row(g.facts().get(0).type(), g.topic(), statements.build(), silent), first(g.facts(), order)));
    }
    for (DocumentFacts d : documents) {
      for (Fact f : d.all()) {
        if (grouped.contains(f) || f instanceof Quantity q && q.isBare()) {
          continue;
        }
        ImmutableList<String> silent = ids.stream().filter(id -> !id.equals(d.id())).collect(ImmutableList.toImmutableList());
        rows.add(new Placed(new Row(f.type(), f.text(), ImmutableList.of(statement(d.id(), List.of(f))), silent),
            first(List.of(f), order)));
      }
    }
    rows.sort(Comparator.comparingLong(Placed::position));
    return new Coverage(ids, rows.stream().map(Placed::row).collect(ImmutableList.toImmutableList()));
  }

  private record Placed(Row row, long position) {}

  /** The position of the first fact: its report's place in the check, then its offset. */
  private static long first(List<? extends Fact> facts, Map<String, Integer> order) {
    long best = Long.MAX_VALUE;
    for (Fact f : facts) {
      long p = (long) order.getOrDefault(f.span().reportId(), Integer.MAX_VALUE) << 32 | f.span().start();
      best = Math.min(best, p);
    }
    return best;
  }

  private static Statement statement(String id, List<? extends Fact> facts) {
    StringBuilder reading = new StringBuilder();
    ImmutableList.Builder<Span> evidence = ImmutableList.builder();
    for (Fact f : facts) {
      if (reading.length() > 0) {
        reading.append(" / ");
      }
      reading.append(f.text());
      evidence.add(f.span());
    }
    return new Statement(id, reading.toString(), evidence.build());
  }

}
