package dev.crosscheck.align;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.fact.Fact;
import dev.crosscheck.text.Document;
import java.util.List;
import java.util.Locale;

/**
 * A kind of fact a jar adds to Crosscheck (ages, vote counts, names): how to find its facts in a
 * document, and what lets two of them align. A kind comes with the {@link dev.crosscheck.rule.RulePack}
 * that holds its rules ({@code RulePack.factKinds()}), found through {@link java.util.ServiceLoader}
 * like any pack; nothing in core is edited. Its facts show in {@code facts}, in JSON (through
 * {@link Fact#attributes()}) and, aligned, in {@link Alignment#groups(String, Class)} for its rules.
 *
 * <p>Alignment goes through the same engine as the built-in kinds: candidate pairs from shared
 * context words, scored by the checker's {@link Similarity}, kept when each fact is the other's best
 * match in the other's report, grouped one fact per report. The kind says only what must hold for
 * two facts to be comparable at all ({@link #constraint}, {@link #comparable}); the defaults read
 * the words around a fact as any built-in kind does. The value is never looked at when aligning.
 *
 * <p>Implementations must be immutable and thread-safe, with a public no-argument constructor when
 * they are listed for discovery.
 *
 * @param <F> the type of the kind's facts
 */
public interface FactKind<F extends Fact> {

  /**
   * The kind's name: the {@link Fact#type()} of its facts, in JSON and in {@code facts}. Lower-case,
   * unique among kinds, not {@code quantity}, {@code quotation} or {@code date}.
   *
   * @return the name
   */
  String name();

  /**
   * The class of the kind's facts.
   *
   * @return the class
   */
  Class<F> type();

  /**
   * Finds the kind's facts in a document. Every fact's span must lie in the document, its
   * {@link Fact#type()} be {@link #name()} and its {@link Fact#sentence()} the sentence holding its
   * start.
   *
   * @param document a report, read
   * @return its facts in text order
   */
  ImmutableList<F> extract(Document document);

  /**
   * A hard constraint: two facts align only when theirs are equal (a unit dimension, a role).
   *
   * @param fact a fact of this kind
   * @return its constraint; the same for every fact by default
   */
  default String constraint(F fact) {
    return "";
  }

  /**
   * Another hard constraint, on a pair: whether two facts from different reports could state the
   * same thing at all (an age belongs to the person named beside it).
   *
   * @param a a fact
   * @param b a fact of another report with the same {@link #constraint}
   * @return true by default
   */
  default boolean comparable(F a, F b) {
    return true;
  }

  /**
   * What a fact is about, for the similarity: by default the content words of its sentence around
   * it, weighted by rarity and closeness, with names and event families as anchors
   * ({@link FactContext#around}).
   *
   * @param fact a fact of this kind
   * @param document its document
   * @param statistics the cluster's word statistics, keyed by {@code lexicon}
   * @param lexicon the checker's word lists
   * @return the fact's context
   */
  default FactContext context(F fact, Document document, ClusterStatistics statistics, Lexicon lexicon) {
    return FactContext.around(fact, document, statistics, lexicon);
  }

  /**
   * The least similarity for two facts to align.
   *
   * @return 0.25 by default, as for quantities
   */
  default double threshold() {
    return 0.25;
  }

  /**
   * How much better than the runner-up in its report a counterpart must fit.
   *
   * @return 0.05 by default, as for quantities
   */
  default double margin() {
    return 0.05;
  }

  /**
   * A short label for what a group is about, for messages.
   *
   * @param facts the group's facts, in report order
   * @return the kind's name, capitalised, by default
   */
  default String topic(List<F> facts) {
    String n = name();
    return n.isEmpty() ? n : n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1);
  }
}
