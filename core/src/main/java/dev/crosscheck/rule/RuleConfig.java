package dev.crosscheck.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a user wants one rule run: whether at all, at which severity (every finding of the rule
 * then carries it), and with which option values.
 *
 * @param enabled false to leave the rule out
 * @param severity the severity all its findings carry instead of their own; empty to keep theirs
 * @param options values of the rule's documented {@link Rule#options()}, by name
 */
public record RuleConfig(boolean enabled, Optional<Severity> severity, ImmutableMap<String, String> options) {
  /** The rule as it comes: enabled, its own severities, its options' defaults. */
  public static final RuleConfig DEFAULT = new RuleConfig(true, Optional.empty(), ImmutableMap.of());

  /**
   * Validates the record.
   *
   * @param enabled false to leave the rule out
   * @param severity the severity all its findings carry instead of their own; empty to keep theirs
   * @param options values of the rule's options, by name
   */
  public RuleConfig {
    requireNonNull(severity, "severity");
    requireNonNull(options, "options");
  }

  /**
   * This configuration, enabled or not.
   *
   * @param on whether the rule runs
   * @return the new configuration
   */
  public RuleConfig withEnabled(boolean on) {
    return new RuleConfig(on, severity, options);
  }

  /**
   * This configuration with every finding at one severity.
   *
   * @param s the severity the rule's findings carry
   * @return the new configuration
   */
  public RuleConfig withSeverity(Severity s) {
    return new RuleConfig(enabled, Optional.of(requireNonNull(s, "severity")), options);
  }

  /**
   * This configuration with one more option value.
   *
   * @param name the option's name
   * @param value its value as written ("false", "0.3")
   * @return the new configuration; a value set before for the name is replaced
   */
  public RuleConfig withOption(String name, String value) {
    Map<String, String> all = new java.util.LinkedHashMap<>(options);
    all.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
    return new RuleConfig(enabled, severity, ImmutableMap.copyOf(all));
  }
}
