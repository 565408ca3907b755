package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Severity;
import dev.crosscheck.testing.Shared;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of DESIGN.md: on the five seed articles the four divergences of its table, with
 * their severities and evidence, silence on the agreements, no other conflicts and few other variants.
 * Skips where ../shared is absent.
 */
class SeedClusterTest {
  private static List<Report> seeds;
  private static Map<String, String> texts;
  private static CheckResult result;

  @BeforeAll
  static void check() throws IOException {
    seeds = Shared.seedsIfPresent().orElse(null);
    if (seeds != null) {
      texts = seeds.stream().collect(Collectors.toMap(r -> r.id().substring(0, 3), Report::text));
      result = Crosscheck.standard().check(seeds);
    }
  }

  @BeforeEach
  void needsTheSeeds() {
    Assumptions.assumeTrue(seeds != null, "no shared/seeds folder beside the checkout: skipped");
  }

  private static String text(Span s) {
    return texts.get(s.reportId().substring(0, 3)).substring(s.start(), s.end());
  }

  /** The divergence whose readings, by short report id, are exactly these groups. */
  private static List<Divergence> find(String rule, Function<Divergence, Boolean> test) {
    return result.divergences().stream().filter(d -> d.ruleId().equals(rule) && test.apply(d)).toList();
  }

  private static Set<Set<String>> sides(Divergence d) {
    return d.readings().stream()
        .map(r -> r.reportIds().stream().map(id -> id.substring(0, 3)).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
  }

  @Test
  void meetingDurationIsAConflict() {
    List<Divergence> found = find("quantity-mismatch",
        d -> sides(d).equals(Set.of(Set.of("000", "003"), Set.of("001", "002"))));
    assertThat(found).as(describeAll()).hasSize(1);
    Divergence d = found.get(0);
    assertThat(d.severity()).isEqualTo(Severity.CONFLICT);
    assertThat(d.evidence()).extracting(SeedClusterTest::text)
        .contains("more than three hours", "three hours", "nearly five hours");
  }

  /**
   * DESIGN.md's point that the same fact is told in sentences that share few words: each report that
   * says three hours, checked against each that says nearly five, alone, finds the conflict.
   */
  @Test
  void meetingDurationIsFoundPairByPair() {
    for (String threeHours : List.of("000", "003")) {
      for (String fiveHours : List.of("001", "002")) {
        List<Report> pair = seeds.stream()
            .filter(r -> r.id().startsWith(threeHours) || r.id().startsWith(fiveHours)).toList();
        assertThat(Crosscheck.standard().check(pair).divergences())
            .as("%s against %s", threeHours, fiveHours)
            .anySatisfy(d -> {
              assertThat(d.ruleId()).isEqualTo("quantity-mismatch");
              assertThat(d.severity()).isEqualTo(Severity.CONFLICT);
              assertThat(d.readings()).hasSize(2);
            });
      }
    }
  }

  @Test
  void guardAndGirdIsAConflict() {
    List<Divergence> found = find("quotation-wording",
        d -> d.evidence().stream().map(SeedClusterTest::text).collect(Collectors.toSet())
            .equals(Set.of("guard", "gird")));
    assertThat(found).as(describeAll()).hasSize(1);
    assertThat(found.get(0).severity()).isEqualTo(Severity.CONFLICT);
    assertThat(sides(found.get(0))).isEqualTo(Set.of(Set.of("000"), Set.of("001", "003")));
  }

  @Test
  void earlyDepartureIsAVariant() {
    List<Divergence> found = find("quantity-mismatch",
        d -> sides(d).equals(Set.of(Set.of("000"), Set.of("004"))));
    assertThat(found).as(describeAll()).hasSize(1);
    assertThat(found.get(0).severity()).isEqualTo(Severity.VARIANT);
    assertThat(found.get(0).evidence()).extracting(SeedClusterTest::text)
        .anySatisfy(t -> assertThat(t).contains("more than four hours"))
        .anySatisfy(t -> assertThat(t).contains("4 1/2 hours"));
  }

  @Test
  void quotationSourceIsAVariant() {
    List<Divergence> found = find("quotation-attribution", d -> d.kind().equals("attribution")
        && d.severity() == Severity.VARIANT
        && sides(d).stream().anyMatch(s -> s.equals(Set.of("003")))
        && sides(d).stream().anyMatch(s -> s.contains("001")));
    assertThat(found).as(describeAll()).isNotEmpty();
  }

  @Test
  void noOtherConflictsAndFewOtherVariants() {
    List<Divergence> conflicts = result.divergences(Severity.CONFLICT);
    assertThat(conflicts).as(describeAll()).hasSize(2);
    assertThat(result.divergences(Severity.VARIANT)).as(describeAll()).hasSizeLessThanOrEqualTo(5);
  }

  @Test
  void silentOnWhatTheReportsAgreeOn() {
    for (Divergence d : result.divergences()) {
      for (Span s : d.evidence()) {
        assertThat(text(s)).as(describeAll())
            .doesNotContain("10,000")
            .doesNotContain("two-day")
            .doesNotContain("February")
            .doesNotContain("two months")
            .doesNotContain("acronym")
            .doesNotContain("two hours later");
      }
    }
  }

  @Test
  void everyEvidenceSpanIsTheReportsOwnCharacters() {
    for (Divergence d : result.divergences()) {
      for (Span s : d.evidence()) {
        assertThat(s.end()).isLessThanOrEqualTo(texts.get(s.reportId().substring(0, 3)).length());
        assertThat(text(s)).isNotBlank();
      }
    }
  }

  private static String describeAll() {
    return result.divergences().stream()
        .map(d -> d.severity().jsonName() + " " + d.ruleId() + ": " + d.message() + " "
            + d.evidence().stream().map(s -> s.reportId().substring(0, 3) + "\"" + text(s) + "\"").toList())
        .collect(Collectors.joining("\n", "divergences found:\n", "\n"));
  }
}
