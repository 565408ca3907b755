package dev.crosscheck.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The options of one rule in one checker: each documented {@link RuleOption} at its default unless
 * the user set it. Immutable.
 */
public final class RuleSettings {
  /** No options at all, for a rule that declares none. */
  public static final RuleSettings NONE = new RuleSettings(ImmutableMap.of());

  private final ImmutableMap<String, String> values;

  private RuleSettings(ImmutableMap<String, String> values) {
    this.values = values;
  }

  /**
   * The settings of a rule: its options' defaults, overridden by the values given.
   *
   * @param rule the rule, whose {@link Rule#options()} are the names allowed
   * @param given values set by the user, by option name
   * @return the settings
   * @throws IllegalArgumentException when a name is no option of the rule (the message lists its
   *     options) or a value does not fit its option
   */
  public static RuleSettings of(Rule rule, Map<String, String> given) {
    requireNonNull(rule, "rule");
    requireNonNull(given, "given");
    Map<String, RuleOption> declared = new java.util.LinkedHashMap<>();
    for (RuleOption o : rule.options()) {
      checkArgument(declared.put(o.name(), o) == null, "rule %s declares option %s twice", rule.id(), o.name());
    }
    ImmutableMap.Builder<String, String> values = ImmutableMap.builder();
    for (Map.Entry<String, String> e : given.entrySet()) {
      RuleOption o = declared.get(e.getKey());
      checkArgument(o != null, "rule %s has no option '%s'; its options: %s", rule.id(), e.getKey(),
          declared.isEmpty() ? "none" : declared.keySet());
      values.put(o.name(), o.accept(e.getValue()));
    }
    ImmutableMap<String, String> set = values.buildKeepingLast();
    ImmutableMap.Builder<String, String> all = ImmutableMap.builder();
    for (RuleOption o : declared.values()) {
      all.put(o.name(), set.getOrDefault(o.name(), o.defaultValue()));
    }
    return new RuleSettings(all.build());
  }

  /**
   * A switch.
   *
   * @param name the option's name
   * @return its value
   * @throws IllegalArgumentException when the rule declares no such switch
   */
  public boolean flag(String name) {
    String v = value(name);
    checkArgument(v.equals("true") || v.equals("false"), "option %s is no switch", name);
    return Boolean.parseBoolean(v);
  }

  /**
   * A number.
   *
   * @param name the option's name
   * @return its value
   * @throws IllegalArgumentException when the rule declares no such number
   */
  public double number(String name) {
    String v = value(name);
    checkArgument(!v.equals("true") && !v.equals("false"), "option %s is a switch, not a number", name);
    return Double.parseDouble(v);
  }

  /**
   * Every option with its value.
   *
   * @return the values by option name, in the order the rule declares them
   */
  public ImmutableMap<String, String> values() {
    return values;
  }

  private String value(String name) {
    String v = values.get(requireNonNull(name, "name"));
    checkArgument(v != null, "no option '%s' (declared: %s)", name, values.keySet());
    return v;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
