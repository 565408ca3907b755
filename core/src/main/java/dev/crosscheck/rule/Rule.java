package dev.crosscheck.rule;

import com.google.common.collect.ImmutableList;

/**
 * A check that reads aligned facts and reports where they diverge. A rule is stateless and
 * thread-safe; its id, description, default severity and examples travel with it.
 *
 * <p>Rules reach Crosscheck in a {@link RulePack}, found through {@link java.util.ServiceLoader}.
 */
public interface Rule {

  /**
   * A stable, unique, kebab-case id ({@code quantity-mismatch}); it never changes.
   *
   * @return the id, which {@link Divergence#ruleId()} carries and a checker's builder names
   */
  String id();

  /**
   * One line saying what the rule finds.
   *
   * @return the description, without a line break
   */
  String description();

  /**
   * The kind of the divergences it emits ({@code quantity}, {@code quotation}, ...).
   *
   * @return the {@link Divergence#kind()} of its findings
   */
  String kind();

  /**
   * The severity of its typical finding; a finding may carry another.
   *
   * @return the severity most of its findings carry
   */
  Severity defaultSeverity();

  /**
   * Examples in the {@link dev.crosscheck.RuleFixture} format: small reports with the expected findings marked in
   * place. Each must hold, with only this rule enabled; at least one should show silence (no mark).
   *
   * @return the fixture texts, each one for {@link dev.crosscheck.RuleFixture#parse(String)}
   */
  ImmutableList<String> examples();

  /**
   * The settings a user may change, documented; none by default. The rule reads their values from
   * {@link RuleContext#settings()}.
   *
   * @return the options, each with its name, description and default
   */
  default ImmutableList<RuleOption> options() {
    return ImmutableList.of();
  }

  /**
   * The divergences the rule finds.
   *
   * @param context the documents of one check, with their facts and the aligned facts
   * @return the divergences found; empty when the reports agree on all the rule checks
   */
  ImmutableList<Divergence> check(RuleContext context);
}
