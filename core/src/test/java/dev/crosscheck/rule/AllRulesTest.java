package dev.crosscheck.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.RuleFixture;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Walks every rule of every pack on the class path: metadata, unique ids, and every example. */
class AllRulesTest {

  private static List<Rule> allRules() {
    List<Rule> rules = new ArrayList<>();
    for (RulePack pack : ServiceLoader.load(RulePack.class)) {
      rules.addAll(pack.rules());
    }
    return rules;
  }

  @Test
  void theStandardPackIsFoundAndIdsAreUniqueAndKebabCase() {
    List<Rule> rules = allRules();
    assertThat(rules).extracting(Rule::id)
        .contains("quantity-mismatch", "quotation-wording", "quotation-attribution");
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      assertThat(ids.add(r.id())).as("duplicate id %s", r.id()).isTrue();
      assertThat(r.id()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
      assertThat(r.description()).isNotBlank().doesNotContain("\n");
      assertThat(r.kind()).matches("[a-z][a-z0-9-]*");
      assertThat(r.defaultSeverity()).isNotNull();
      assertThat(r.examples()).as("examples of %s", r.id()).isNotEmpty();
    }
    assertThat(Crosscheck.standard().rules()).hasSameSizeAs(rules);
  }

  @TestFactory
  Stream<DynamicTest> everyExampleOfEveryRuleHolds() {
    return allRules().stream().flatMap(rule -> {
      List<DynamicTest> tests = new ArrayList<>();
      for (int i = 0; i < rule.examples().size(); i++) {
        String example = rule.examples().get(i);
        tests.add(DynamicTest.dynamicTest(rule.id() + " example " + (i + 1),
            () -> RuleFixture.parse(example).verify(rule)));
      }
      return tests.stream();
    });
  }

  @Test
  void everyRuleShowsAFindingAndASilence() {
    for (Rule rule : allRules()) {
      boolean finding = false;
      boolean silence = false;
      for (String example : rule.examples()) {
        int n = RuleFixture.parse(example).expectedCount();
        finding |= n > 0;
        silence |= n == 0;
      }
      assertThat(finding).as("%s has an example with a finding", rule.id()).isTrue();
      assertThat(silence).as("%s has an example with no finding", rule.id()).isTrue();
    }
  }
}
