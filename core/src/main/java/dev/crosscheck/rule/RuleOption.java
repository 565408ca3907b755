package dev.crosscheck.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A documented setting of a rule: its name, what it does, and its default, which also gives its
 * type: {@code "true"} or {@code "false"} for a switch, a number otherwise. A user sets it through
 * {@code Crosscheck.builder().option(ruleId, name, value)} or a configuration file; the rule reads
 * it with {@link RuleSettings#flag(String)} or {@link RuleSettings#number(String)}.
 *
 * @param name a camelCase name, unique among the rule's options ({@code functionWords})
 * @param description one line saying what it changes
 * @param defaultValue the value when none is set: "true", "false" or a number
 */
public record RuleOption(String name, String description, String defaultValue) {
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  /**
   * Validates the option.
   *
   * @param name a camelCase name
   * @param description one line
   * @param defaultValue "true", "false" or a number
   * @throws IllegalArgumentException when the name is not camelCase, the description is blank or
   *     longer than a line, or the default is neither a switch nor a number
   */
  public RuleOption {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(defaultValue, "defaultValue");
    checkArgument(NAME.matcher(name).matches(), "option name '%s' is not camelCase", name);
    checkArgument(!description.isBlank() && !description.contains("\n"), "option %s needs a one-line description", name);
    checkArgument(isFlag(defaultValue) || isNumber(defaultValue),
        "option %s: default '%s' is neither true, false nor a number", name, defaultValue);
  }

  /**
   * Whether the option is a switch.
   *
   * @return true when its default is "true" or "false"
   */
  public boolean isFlag() {
    return isFlag(defaultValue);
  }

  /**
   * Checks a value a user gives.
   *
   * @param value the value as written ("false", "0.3")
   * @return the value, normalised ("false", "0.3")
   * @throws IllegalArgumentException naming the option and what it takes, when the value does not fit
   */
  public String accept(String value) {
    requireNonNull(value, "value");
    String v = value.trim();
    if (isFlag()) {
      checkArgument(isFlag(v), "option %s takes true or false, not '%s'", name, value);
    } else {
      checkArgument(isNumber(v), "option %s takes a number, not '%s'", name, value);
    }
    return v;
  }

  private static boolean isFlag(String v) {
    return v.equals("true") || v.equals("false");
  }

  private static boolean isNumber(String v) {
    try {
      return Double.isFinite(Double.parseDouble(v));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
