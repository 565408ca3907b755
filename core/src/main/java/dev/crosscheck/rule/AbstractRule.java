package dev.crosscheck.rule;

import java.util.regex.Pattern;

/**
 * A {@link Rule} whose id, description, kind and default severity come from the {@link RuleInfo} on
 * its class, read and validated once when the rule is made: a rule class states its metadata in one
 * place and carries only its logic and its examples.
 */
public abstract class AbstractRule implements Rule {
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String id;
  private final String description;
  private final String kind;
  private final Severity severity;

  /**
   * Reads the class's {@link RuleInfo}.
   *
   * @throws IllegalStateException when the annotation is missing, the id is not kebab-case, or the
   *     description is blank or longer than one line
   */
  protected AbstractRule() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(getClass().getName() + " extends AbstractRule without @RuleInfo");
    }
    if (!KEBAB.matcher(info.id()).matches()) {
      throw new IllegalStateException("rule id '" + info.id() + "' of " + getClass().getName() + " is not kebab-case");
    }
    if (info.description().isBlank() || info.description().contains("\n")) {
      throw new IllegalStateException("rule " + info.id() + " needs a one-line description");
    }
    if (!KEBAB.matcher(info.kind()).matches()) {
      throw new IllegalStateException("rule " + info.id() + " has a bad kind '" + info.kind() + "'");
    }
    this.id = info.id();
    this.description = info.description();
    this.kind = info.kind();
    this.severity = info.severity();
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final String kind() {
    return kind;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public String toString() {
    return id;
  }
}
