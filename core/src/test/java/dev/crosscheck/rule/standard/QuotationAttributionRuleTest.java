package dev.crosscheck.rule.standard;

import dev.crosscheck.rule.RuleFixture;
import org.junit.jupiter.api.Test;

class QuotationAttributionRuleTest {
  private final QuotationAttributionRule rule = new QuotationAttributionRule();

  @Test
  void twoBareNamesMayBeOnePersonsFirstAndLastName() {
    RuleFixture.parse("""
        === a
        “We will rebuild the old bridge by spring, whatever it costs us,” said Marlow on Monday.
        === b
        “We will rebuild the old bridge by spring, whatever it costs us,” Tessaly said on Monday.
        """).verify(rule);
  }

  @Test
  void twoKnownPeopleAreTwoSpeakers() {
    RuleFixture.parse("""
        === a
        The mayor, Jo Marlow, spoke first.
        “We will rebuild the old bridge by spring, whatever it costs us,” said <e1 conflict>Marlow</e1> on Monday.
        === b
        Her deputy, Ann Tessaly, spoke after her.
        “We will rebuild the old bridge by spring, whatever it costs us,” <e1>Tessaly</e1> said on Monday.
        """).verify(rule);
  }
}
