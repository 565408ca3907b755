package dev.crosscheck.rule;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.Divergence;
import dev.crosscheck.Severity;

/**
 * A check that reads aligned facts and reports where they diverge. A rule is stateless and
 * thread-safe; its id, description, default severity and examples travel with it.
 *
 * <p>Rules reach Crosscheck in a {@link RulePack}, found through {@link java.util.ServiceLoader}.
 */
public interface Rule {

  /** A stable, unique, kebab-case id ({@code quantity-mismatch}); it never changes. */
  String id();

  /** One line saying what the rule finds. */
  String description();

  /** The kind of the divergences it emits ({@code quantity}, {@code quotation}, ...). */
  String kind();

  /** The severity of its typical finding; a finding may carry another. */
  Severity defaultSeverity();

  /**
   * Examples in the {@link RuleFixture} format: small reports with the expected findings marked in
   * place. Each must hold, with only this rule enabled; at least one should show silence (no mark).
   */
  ImmutableList<String> examples();

  /** The divergences the rule finds. */
  ImmutableList<Divergence> check(RuleContext context);
}
