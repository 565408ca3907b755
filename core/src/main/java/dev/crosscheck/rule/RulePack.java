package dev.crosscheck.rule;

import com.google.common.collect.ImmutableList;

/**
 * A named set of rules. Packs are found with {@link java.util.ServiceLoader}: a jar that lists its
 * class in {@code META-INF/services/dev.crosscheck.rule.RulePack} adds its rules to every checker
 * built without an explicit pack list. Implementations need a public no-argument constructor.
 */
public interface RulePack {

  /** A stable kebab-case id for the pack ({@code standard}). */
  String id();

  /** The pack's rules. */
  ImmutableList<Rule> rules();
}
