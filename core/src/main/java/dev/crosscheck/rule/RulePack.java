package dev.crosscheck.rule;

import com.google.common.collect.ImmutableList;

/**
 * A named set of rules. Packs are found with {@link java.util.ServiceLoader}: a jar that lists its
 * class in {@code META-INF/services/dev.crosscheck.rule.RulePack} adds its rules to every checker
 * built without an explicit pack list, and with them the kinds of facts it adds ({@link #factKinds()}).
 * Implementations need a public no-argument constructor.
 */
public interface RulePack {

  /**
   * A stable kebab-case id for the pack ({@code standard}).
   *
   * @return the pack's id
   */
  String id();

  /**
   * The pack's rules.
   *
   * @return the rules, in the order a checker runs them; their ids unique
   */
  ImmutableList<Rule> rules();

  /**
   * The kinds of facts the pack adds, whose groups its rules read
   * ({@link dev.crosscheck.align.Alignment#groups(String, Class)}).
   *
   * @return the added kinds; none by default
   */
  default ImmutableList<dev.crosscheck.align.FactKind<?>> factKinds() {
    return ImmutableList.of();
  }
}
