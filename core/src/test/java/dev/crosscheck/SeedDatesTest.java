package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.fact.DateInterval;
import dev.crosscheck.fact.DateMention;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.testing.Shared;
import dev.crosscheck.text.Report;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dates of the five seed articles, given their publication date (26 April 2019; the files carry
 * none of their own): read and resolved, and no date-mismatch among them, with or without the date.
 * Skips where ../shared is absent.
 */
class SeedDatesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 4, 26);
  private static final Crosscheck DATES_ONLY = Crosscheck.builder().only("date-mismatch").build();
  private static List<Report> dated;
  private static List<Report> undated;

  @BeforeAll
  static void read() throws IOException {
    undated = Shared.seedsIfPresent().orElse(null);
    dated = undated == null ? null : undated.stream().map(r -> Report.of(r.id(), r.text(), PUBLISHED)).toList();
  }

  @BeforeEach
  void needsTheSeeds() {
    Assumptions.assumeTrue(undated != null, "no shared/seeds folder beside the checkout: skipped");
  }

  private static List<DateMention> dates(String idPrefix) {
    Report report = dated.stream().filter(r -> r.id().startsWith(idPrefix)).findFirst().orElseThrow();
    DocumentFacts facts = DATES_ONLY.facts(report);
    return facts.dates();
  }

  private static Optional<DateMention> find(String idPrefix, String text) {
    return dates(idPrefix).stream().filter(d -> d.text().equals(text)).findFirst();
  }

  @Test
  void dateMismatchFindsNothingOnTheSeeds() {
    CheckResult withDates = DATES_ONLY.check(dated);
    assertThat(withDates.divergences()).as(describe(withDates)).isEmpty();
    CheckResult withoutDates = DATES_ONLY.check(undated);
    assertThat(withoutDates.divergences()).as(describe(withoutDates)).isEmpty();
  }

  @Test
  void theirDatesAreReadAndResolved() {
    assertThat(find("000", "on Thursday").flatMap(DateMention::interval))
        .contains(DateInterval.day(LocalDate.of(2019, 4, 25)));
    assertThat(find("000", "on Friday").flatMap(DateMention::interval))
        .contains(DateInterval.day(LocalDate.of(2019, 4, 26)));
    assertThat(find("001", "in late February").flatMap(DateMention::interval))
        .contains(new DateInterval(LocalDate.of(2019, 2, 21), LocalDate.of(2019, 2, 28)));
    DateMention ago = find("000", "two months ago").orElseThrow();
    assertThat(ago.interval().orElseThrow().intersects(DateInterval.day(LocalDate.of(2019, 2, 28)))).isTrue();
    assertThat(ago.canMeet(find("001", "in late February").orElseThrow())).contains(true);
    assertThat(find("002", "yesterday").flatMap(DateMention::interval).orElseThrow()
        .intersects(DateInterval.day(LocalDate.of(2019, 4, 25)))).isTrue();
    for (Report r : dated) {
      assertThat(dates(r.id().substring(0, 3))).as("dates of %s", r.id()).isNotEmpty()
          .allSatisfy(d -> assertThat(r.text().substring(d.span().start(), d.span().end())).isEqualTo(d.text()));
    }
  }

  @Test
  void someOfTheirDatesAlignAcrossReports() {
    CheckResult result = DATES_ONLY.check(dated);
    assertThat(result.alignment().dates()).isNotEmpty();
    assertThat(result.alignment().dates())
        .anySatisfy(g -> assertThat(g.facts()).extracting(DateMention::text).contains("in late February"));
  }

  private static String describe(CheckResult result) {
    return result.divergences().stream().map(d -> d.message() + " " + d.evidence())
        .collect(Collectors.joining("\n", "found:\n", "\n"));
  }
}
