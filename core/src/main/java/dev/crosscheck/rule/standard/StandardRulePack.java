package dev.crosscheck.rule.standard;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.align.FactKind;
import dev.crosscheck.rule.Rule;
import dev.crosscheck.rule.RulePack;

/** The rules that ship with Crosscheck. Found through {@link java.util.ServiceLoader}. */
public final class StandardRulePack implements RulePack {
  private static final ImmutableList<Rule> RULES = ImmutableList.of(
      new QuantityMismatchRule(),
      new QuotationWordingRule(),
      new QuotationAttributionRule(),
      new DateMismatchRule(),
      new NameMismatchRule());
  private static final ImmutableList<FactKind<?>> KINDS = ImmutableList.of(new NameKind());

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

  /** The kinds the standard rules need beyond the three built in: names. */
  @Override
  public ImmutableList<FactKind<?>> factKinds() {
    return KINDS;
  }
}
