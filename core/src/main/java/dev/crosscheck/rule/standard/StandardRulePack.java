package dev.crosscheck.rule.standard;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.rule.Rule;
import dev.crosscheck.rule.RulePack;

/** The rules that ship with Crosscheck. Found through {@link java.util.ServiceLoader}. */
public final class StandardRulePack implements RulePack {
  private static final ImmutableList<Rule> RULES = ImmutableList.of(
      new QuantityMismatchRule(),
      new QuotationWordingRule(),
      new QuotationAttributionRule(),
      new DateMismatchRule());

  /** The pack; {@link java.util.ServiceLoader} calls this. */
  public StandardRulePack() {}

  @Override
  public String id() {
    return "standard";
  }

  @Override
  public ImmutableList<Rule> rules() {
    return RULES;
  }
}
