package dev.crosscheck.align;

import static java.util.Objects.requireNonNull;

import dev.crosscheck.fact.Fact;
import dev.crosscheck.text.Document;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one fact is about, as alignment compares it: the words around it, each weighted by how rare
 * it is in the cluster ({@link ClusterStatistics#idf}) and how close it stands, and its anchors (the
 * names, places and event families it is tied to, however common). A {@link Similarity} reads two
 * of these; the document and sentence are there for a similarity that reads the sentence itself.
 * Built by the kinds of facts while they describe one; immutable once built.
 */
public final class FactContext {
  private final Fact fact;
  private final Document document;
  private final Map<String, Double> weights;
  private final double norm;
  private final Set<String> anchors;

  private FactContext(Fact fact, Document document, Map<String, Double> weights, Set<String> anchors) {
    this.fact = fact;
    this.document = document;
    this.weights = weights;
    this.anchors = anchors;
    // Summed in the map's own order, as it was built: the same words give the same norm.
    this.norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
  }

  /**
   * The fact described.
   *
   * @return the fact whose context this is
   */
  public Fact fact() {
    return fact;
  }

  /**
   * The document the fact was read from.
   *
   * @return its document
   */
  public Document document() {
    return document;
  }

  /**
   * The sentence that states the fact.
   *
   * @return its text as written
   */
  public String sentenceText() {
    dev.crosscheck.text.Sentence s = document.sentences().get(fact.sentence());
    return document.text(s.start(), s.end());
  }

  /**
   * The context words by their alignment key, each with its weight (rarity times closeness).
   *
   * @return an unmodifiable view
   */
  public Map<String, Double> weights() {
    return Collections.unmodifiableMap(weights);
  }

  /**
   * The Euclidean norm of {@link #weights()}.
   *
   * @return the norm; 0 when there are no context words
   */
  public double norm() {
    return norm;
  }

  /**
   * Names, places and event families the fact is tied to.
   *
   * @return an unmodifiable view
   */
  public Set<String> anchors() {
    return Collections.unmodifiableSet(anchors);
  }

  /**
   * A builder for the context of one fact.
   *
   * @param fact the fact
   * @param document its document
   * @param statistics the cluster's word statistics, for the weights
   * @return an empty builder
   */
  public static Builder builder(Fact fact, Document document, ClusterStatistics statistics) {
    return new Builder(fact, document, statistics);
  }

  /** Collects the words around one fact. Not thread-safe; use one per fact. */
  public static final class Builder {
    private final Fact fact;
    private final Document document;
    private final ClusterStatistics statistics;
    private final Map<String, Double> weights = new HashMap<>();
    private final Set<String> anchors = new HashSet<>();

    private Builder(Fact fact, Document document, ClusterStatistics statistics) {
      this.fact = requireNonNull(fact, "fact");
      this.document = requireNonNull(document, "document");
      this.statistics = requireNonNull(statistics, "statistics");
    }

    /**
     * Adds a context word: its weight is its rarity times {@code 1 / (1 + distance / 6)}; a word
     * seen twice keeps its larger weight.
     *
     * @param key the word's alignment key
     * @param distance how many tokens it stands from the fact (1 for the next word)
     * @return the weight it was given
     */
    public double word(String key, int distance) {
      double weight = proximity(distance) * statistics.idf(key);
      weights.merge(key, weight, Math::max);
      return weight;
    }

    /**
     * Adds an anchor.
     *
     * @param key a name, place or event family the fact is tied to
     * @return this builder
     */
    public Builder anchor(String key) {
      anchors.add(key);
      return this;
    }

    /**
     * The context so far (the builder must not be used after).
     *
     * @return the context
     */
    public FactContext build() {
      return new FactContext(fact, document, weights, anchors);
    }
  }

  /** How many tokens either side of a fact {@link #around} reads. */
  public static final int WINDOW = 40;

  /**
   * The standard context of a fact: the content words (no function words, no single letters) of its
   * sentence within {@link #WINDOW} tokens either side, keyed by the lexicon, weighted by rarity and
   * closeness; the capitalised ones (names, places) and event families are its anchors too.
   *
   * @param fact the fact
   * @param document its document
   * @param statistics the cluster's statistics, keyed by {@link Lexicon#key}
   * @param lexicon the word lists
   * @return the context
   */
  public static FactContext around(Fact fact, Document document, ClusterStatistics statistics, Lexicon lexicon) {
    Builder b = builder(fact, document, statistics);
    dev.crosscheck.text.Sentence sentence = document.sentences().get(fact.sentence());
    java.util.List<dev.crosscheck.text.Token> tokens = document.tokens();
    int[] range = tokenRange(fact, document);
    int first = range[0];
    int last = range[1];
    int from = Math.max(sentence.firstToken(), first - WINDOW);
    int to = Math.min(sentence.endToken(), last + 1 + WINDOW);
    for (int i = from; i < to; i++) {
      dev.crosscheck.text.Token t = tokens.get(i);
      if (i >= first && i <= last || !lexicon.isContentWord(t)) {
        continue;
      }
      String key = lexicon.key(t.norm());
      b.word(key, i < first ? first - i : i - last);
      if (lexicon.isFamily(key) || Character.isUpperCase(document.text().charAt(t.start()))) {
        b.anchor(key);
      }
    }
    return b.build();
  }

  /**
   * The document tokens a fact's evidence covers, found by binary search and kept inside its
   * sentence: the first, and the last that ends within the evidence.
   *
   * @param fact the fact
   * @param document its document
   * @return {first, last} token indexes in {@link Document#tokens()}
   */
  static int[] tokenRange(Fact fact, Document document) {
    dev.crosscheck.text.Sentence sentence = document.sentences().get(fact.sentence());
    int first = Math.max(sentence.firstToken(),
        Math.min(document.tokenIndexAt(fact.span().start()), sentence.endToken() - 1));
    int last = first;
    while (last + 1 < sentence.endToken() && document.tokens().get(last + 1).end() <= fact.span().end()) {
      last++;
    }
    return new int[] {first, last};
  }

  /**
   * The context words and anchors as features that propose candidate pairs, each behind the kind's
   * hard constraint ("unit:duration||meet"), so that only comparable facts ever meet.
   *
   * @param constraint the fact's constraint
   * @return the features
   */
  Set<String> features(String constraint) {
    Set<String> out = new HashSet<>();
    for (String w : weights.keySet()) {
      out.add(constraint + "|" + w);
    }
    for (String a : anchors) {
      out.add(constraint + "|" + a);
    }
    return out;
  }

  /**
   * How much a word says of a fact by how far it stands from it.
   *
   * @param distance tokens between them (1 for the next word)
   * @return a weight in (0, 1]
   */
  public static double proximity(int distance) {
    return 1.0 / (1.0 + distance / 6.0);
  }
}
