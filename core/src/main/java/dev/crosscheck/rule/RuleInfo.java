package dev.crosscheck.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, declared on its class and read once by {@link AbstractRule}:
 *
 * <pre>{@code
 * @RuleInfo(id = "quantity-mismatch", kind = "quantity", severity = Severity.CONFLICT,
 *     description = "Reports give different numbers for the same quantity.")
 * public final class QuantityMismatchRule extends AbstractRule { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

  /**
   * The stable kebab-case id; see {@link Rule#id()}.
   *
   * @return the rule's id
   */
  String id();

  /**
   * One line saying what the rule finds.
   *
   * @return the description, not blank and without a line break
   */
  String description();

  /**
   * The kind of divergence it emits.
   *
   * @return a kebab-case kind ({@code quantity}); see {@link Rule#kind()}
   */
  String kind();

  /**
   * The severity of its typical finding.
   *
   * @return the rule's default severity; see {@link Rule#defaultSeverity()}
   */
  Severity severity();
}
