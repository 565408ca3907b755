package dev.crosscheck.rule.standard;

import dev.crosscheck.RuleFixture;
import org.junit.jupiter.api.Test;

/** Cases of quantity-mismatch beyond its own examples. */
class QuantityMismatchRuleTest {

  @Test
  void aRangeIsNotTheNumberItsBoundsOnceHashedTo() {
    // a range's reading was keyed by low * 31 + high: "between 1 and 2 hours" read as "33 hours"
    RuleFixture.parse("""
        === a
        The talks at the palace lasted <e1 conflict>between 1 and 2 hours</e1> on Tuesday.
        === b
        The talks at the palace lasted <e1>33 hours</e1> on Tuesday.
        """).verify(new QuantityMismatchRule());
  }

  @Test
  void theSameRangeInTwoReportsIsOneReading() {
    RuleFixture.parse("""
        === a
        The talks at the palace lasted between 1 and 2 hours on Tuesday.
        === b
        The talks at the palace lasted between 1 and 2 hours on Tuesday, officials said.
        """).verify(new QuantityMismatchRule());
  }
}
