package dev.crosscheck.align;

import static java.util.Objects.requireNonNull;

import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How rare each word is in a cluster: in how many of its sentences (over all reports) a word's key
 * appears. A word that every sentence of the story holds says nothing of what one fact is about; a
 * word found in two sentences says much. Computed once per cluster for a choice of which tokens
 * count and how they are keyed; immutable.
 */
public final class ClusterStatistics {
  private final Map<String, Integer> documentFrequency;
  private final int sentences;

  private ClusterStatistics(Map<String, Integer> documentFrequency, int sentences) {
    this.documentFrequency = documentFrequency;
    this.sentences = Math.max(1, sentences);
  }

  /**
   * Counts, for every key, the sentences of the cluster that hold it.
   *
   * @param documents the cluster's documents
   * @param counts which tokens count (content words)
   * @param key the key a counted token's normal form stands for
   * @return the statistics
   */
  public static ClusterStatistics of(
      List<DocumentFacts> documents, Predicate<Token> counts, Function<String, String> key) {
    requireNonNull(counts, "counts");
    requireNonNull(key, "key");
    Map<String, Integer> df = new HashMap<>();
    int sentenceCount = 0;
    for (DocumentFacts d : documents) {
      Document doc = d.document();
      for (Sentence s : doc.sentences()) {
        sentenceCount++;
        Set<String> seen = new HashSet<>();
        for (Token t : doc.tokens(s)) {
          if (counts.test(t)) {
            seen.add(key.apply(t.norm()));
          }
        }
        for (String k : seen) {
          df.merge(k, 1, Integer::sum);
        }
      }
    }
    return new ClusterStatistics(df, sentenceCount);
  }

  /**
   * The inverse document frequency of a key: {@code log(1 + sentences / df)}, a key never counted
   * taken as found once.
   *
   * @param key a word's key
   * @return a weight, larger for rarer words
   */
  public double idf(String key) {
    return Math.log(1.0 + (double) sentences / documentFrequency.getOrDefault(key, 1));
  }

  /**
   * How many sentences the cluster has (at least 1).
   *
   * @return the sentence count
   */
  public int sentences() {
    return sentences;
  }
}
