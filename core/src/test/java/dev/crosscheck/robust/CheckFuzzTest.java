package dev.crosscheck.robust;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crosscheck.CheckResult;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Fact;
import dev.crosscheck.text.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Coverage-guided fuzzing with Jazzer of {@link Crosscheck#check} and {@link Crosscheck#facts}: any
 * exception, or a broken invariant ({@link Invariants}), is a finding. In the build the tests run
 * the inputs kept under {@code src/test/resources/dev/crosscheck/robust/CheckFuzzTestInputs/}
 * (regression mode, each finding kept there as a regression test); {@code JAZZER_FUZZ=1} fuzzes,
 * see the README.
 */
class CheckFuzzTest {
  private static final Crosscheck CHECKER = Crosscheck.standard();

  @FuzzTest(maxDuration = "10m")
  @DictionaryEntries({"\"", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", " said", " told ",
      "about ", "nearly ", "more than ", "at least ", "up to ", " hours", " minutes", " days ago", " years ago",
      "Thursday", "yesterday", "last week", "April 25", "2019", "million", "billion", "1,000", "4 1/2", "\u00bd",
      "[", "]", "...", "\u2026", "-", " killed", " people", "$", "%", " percent", ". ", ", "})
  void check(FuzzedDataProvider data) {
    int count = data.consumeInt(2, 4);
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String text = i == count - 1 ? data.consumeRemainingAsString() : data.consumeString(2000);
      reports.add(i % 2 == 0 ? new Report("r" + i, text) : Report.of("r" + i, text, LocalDate.of(2019, 4, 26)));
    }
    CheckResult result = CHECKER.check(reports);
    List<String> problems = Invariants.check(reports, result);
    if (!problems.isEmpty()) {
      throw new AssertionError(problems);
    }
    List<Report> reversed = new ArrayList<>(reports);
    Collections.reverse(reversed);
    if (!Invariants.findings(CHECKER.check(reversed)).equals(Invariants.findings(result))) {
      throw new AssertionError("the reports in reverse order gave other findings");
    }
  }

  @FuzzTest(maxDuration = "10m")
  void facts(FuzzedDataProvider data) {
    boolean dated = data.consumeBoolean();
    long day = data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay());
    String text = data.consumeRemainingAsString();
    Report report = dated ? Report.of("r", text, LocalDate.ofEpochDay(day)) : new Report("r", text);
    DocumentFacts facts = CHECKER.facts(report);
    for (Fact f : facts.all()) {
      if (f.span().end() > text.length() || !text.substring(f.span().start(), f.span().end()).equals(f.text())) {
        throw new AssertionError("fact " + f + " does not match its span");
      }
    }
  }
}
