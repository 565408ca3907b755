package dev.crosscheck.semantic;

import static java.util.Objects.requireNonNull;

import dev.crosscheck.align.FactContext;
import dev.crosscheck.align.Similarity;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Fact;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.text.Span;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * A similarity that also reads what the sentences mean: the lexical similarity ({@link
 * Similarity#lexical()}) plus a share of how close the two sentences that state the facts are in a
 * sentence-embedding model (all-MiniLM-L6-v2, quantised, run in process by ONNX Runtime; its weights
 * come from the jar, nothing is fetched). "Kim met with Putin for three hours" and "meetings on an
 * island off Vladivostok that lasted nearly five hours" share few words; the model sees that they
 * tell one event.
 *
 * <p>Only what the words already allow changes: the kinds of facts still decide what may align at
 * all (the same unit dimension, the same speaker) and still compare the values. The semantic share
 * is added, never subtracted: two sentences the model finds no closer than {@link #FLOOR} add
 * nothing, and two facts of one sentence get the same share, so that the words nearest each still
 * tell them apart.
 *
 * <p>Load it once and reuse it: loading the model takes a moment, and one instance serves every
 * checker and thread. Each cluster's sentences that hold figures or dates are embedded once, in one call,
 * when alignment starts ({@link #forCluster}).
 *
 * <pre>{@code
 * Crosscheck checker = Crosscheck.builder().similarity(SemanticSimilarity.load()).build();
 * }</pre>
 *
 * Thread-safe.
 */
public final class SemanticSimilarity implements Similarity {
  /** Cosine of two sentence embeddings below which the sentences are taken to share no meaning. */
  public static final double FLOOR = 0.3;
  /** How much two sentences of the same meaning (cosine 1) add to the lexical similarity. */
  public static final double WEIGHT = 0.5;
  /** Least cosine of two sentences for their facts to be proposed as pairs however few words they share. */
  public static final double PROPOSE = 0.7;
  /** A sentence proposes its facts with those of the sentence closest to it in each other report (when mutual). */
  static final int NEIGHBOURS = 1;
  /** Beyond this many sentences holding facts of one kind in a cluster, no pairs are proposed by meaning. */
  static final int MAX_PROPOSING = 2_000;
  /**
   * A sentence is read up to this many characters (cut at a space): the model reads about 250 word
   * pieces of it anyway, and an endless "sentence" in bad input must cost no more than a long one.
   */
  static final int MAX_CHARS = 1_000;

  private final EmbeddingModel model;
  private final Similarity lexical;

  private SemanticSimilarity(EmbeddingModel model, Similarity lexical) {
    this.model = requireNonNull(model, "model");
    this.lexical = requireNonNull(lexical, "lexical");
  }

  /**
   * Loads the bundled model. It runs in the calling thread: no thread pool is started, and a
   * program that uses it exits as it would without it. Nothing is fetched: the model and the
   * tokenizer's native code come from the jars, and the system properties {@code ai.djl.offline}
   * and {@code OPT_OUT_TRACKING} are set to {@code true} (unless already set) so that the tokenizer
   * library neither downloads nor reports usage.
   *
   * @return a similarity to give {@code Crosscheck.builder().similarity(...)}
   * @throws IllegalStateException when the model cannot be loaded on this platform (ONNX Runtime
   *     ships native code for Linux, macOS and Windows on x64 and arm64)
   */
  public static SemanticSimilarity load() {
    // The tokenizer library (DJL) would otherwise look for an EC2 instance to report usage to, and
    // may download native code: Crosscheck opens no connection. A value the caller set stands.
    offline("ai.djl.offline");
    offline("OPT_OUT_TRACKING");
    try {
      return new SemanticSimilarity(new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run), Similarity.lexical());
    } catch (RuntimeException | LinkageError e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
      throw new IllegalStateException("the sentence model (all-MiniLM-L6-v2) could not be loaded: " + why, e);
    }
  }

  private static void offline(String property) {
    if (System.getProperty(property) == null && System.getenv(property) == null) {
      System.setProperty(property, "true");
    }
  }

  /**
   * A similarity that asks the given model; for a model of one's own (any langchain4j {@link
   * EmbeddingModel}, which must be thread-safe).
   *
   * @param model the sentence-embedding model
   * @return the similarity
   */
  public static SemanticSimilarity using(EmbeddingModel model) {
    return new SemanticSimilarity(model, Similarity.lexical());
  }

  /** Without a cluster's sentences read first, this is the lexical similarity alone. */
  @Override
  public double similarity(FactContext a, FactContext b) {
    return lexical.similarity(a, b);
  }

  /** Embeds every sentence of the cluster that holds a figure, a date or an added kind's fact, in one call. */
  @Override
  public Similarity forCluster(List<DocumentFacts> documents) {
    Map<Document, Map<Integer, Integer>> rows = new IdentityHashMap<>();
    List<TextSegment> texts = new ArrayList<>();
    Map<String, Integer> distinct = new java.util.HashMap<>();
    List<Integer> unique = new ArrayList<>();
    for (DocumentFacts d : documents) {
      // Each sentence that holds facts, with the spans of those facts that are values or names.
      TreeMap<Integer, List<Span>> sentences = new TreeMap<>();
      // Only sentences that hold a figure, a date or an added kind's fact are read: names and
      // quotations keep the lexical similarity, so a sentence of only those needs no vector.
      Set<Integer> read = new HashSet<>();
      for (Fact f : d.all()) {
        if (!f.type().equals("quotation") && !f.type().equals("name")) {
          read.add(f.sentence());
        }
      }
      for (Fact f : d.all()) {
        if (!read.contains(f.sentence())) {
          continue;
        }
        List<Span> masked = sentences.computeIfAbsent(f.sentence(), k -> new ArrayList<>());
        if (!f.type().equals("quotation")) {
          masked.add(f.span());
        }
      }
      Map<Integer, Integer> byIndex = rows.computeIfAbsent(d.document(), k -> new java.util.HashMap<>());
      for (Map.Entry<Integer, List<Span>> e : sentences.entrySet()) {
        int s = e.getKey();
        String text = text(d.document(), s, e.getValue());
        if (text.isBlank()) {
          continue;
        }
        byIndex.put(s, unique.size());
        // a sentence repeated (a wire story reprinted) is read by the model once
        unique.add(distinct.computeIfAbsent(text, t -> {
          texts.add(TextSegment.from(t));
          return texts.size() - 1;
        }));
      }
    }
    List<float[]> read = new ArrayList<>(texts.size());
    if (!texts.isEmpty()) {
      for (Embedding e : model.embedAll(texts).content()) {
        read.add(normalised(e.vector()));
      }
      if (read.size() != texts.size()) {
        throw new IllegalStateException("The sentence model gave " + read.size() + " embeddings for "
            + texts.size() + " sentences");
      }
    }
    // one vector object per sentence, even for sentences written alike: a sentence is known by it
    List<float[]> vectors = new ArrayList<>(unique.size());
    for (int u : unique) {
      vectors.add(read.get(u).clone());
    }
    return new Bound(rows, vectors);
  }

  /**
   * The cosine of the two texts' embeddings, read one by one: for trying the model, not for
   * alignment, which reads a cluster's sentences in one call.
   *
   * @param a a sentence
   * @param b another
   * @return the cosine, in [-1, 1]
   */
  public double cosine(String a, String b) {
    float[] x = normalised(model.embed(requireNonNull(a, "a")).content().vector());
    float[] y = normalised(model.embed(requireNonNull(b, "b")).content().vector());
    return dot(x, y);
  }

  private static double dot(float[] x, float[] y) {
    double dot = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * y[i];
    }
    return dot;
  }

  /**
   * The sentence as the model reads it: what its facts are about. The figures, dates and names in
   * it are left out: a value must never be why two facts align, and the names of a story stand in
   * every sentence of it, so that the model would hear only them ("Kim met Putin for three hours"
   * is closer to "Kim arrived by train" than to "their talks lasted nearly five hours" until the
   * names go). At most {@link #MAX_CHARS} characters, cut at a space.
   */
  static String text(Document doc, int sentence, List<Span> masked) {
    Sentence s = doc.sentences().get(sentence);
    StringBuilder kept = new StringBuilder();
    int at = s.start();
    List<Span> spans = new ArrayList<>(masked);
    spans.sort(java.util.Comparator.comparingInt(Span::start));
    for (Span m : spans) {
      int from = Math.max(at, Math.max(s.start(), m.start()));
      if (from > at) {
        kept.append(doc.text(at, from));
      }
      at = Math.max(at, Math.min(s.end(), m.end()));
    }
    if (at < s.end()) {
      kept.append(doc.text(at, s.end()));
    }
    String text = kept.toString().replaceAll("\\s+", " ").strip();
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_CHARS);
    // never split a surrogate pair
    int end = cut > MAX_CHARS / 2 ? cut : Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return text.substring(0, end);
  }

  /**
   * Whether the fact is a name: two names are one entity when they are written alike, which the
   * meaning of their sentences cannot tell ("Counts" in a headline is not "Prince George's County"
   * because both sentences speak of the shutdown). Names keep the lexical similarity alone.
   */
  private static boolean isName(FactContext c) {
    return c.fact().type().equals("name");
  }

  private static float[] normalised(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += (double) x * x;
    }
    double norm = Math.sqrt(sum);
    float[] out = new float[v.length];
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        out[i] = (float) (v[i] / norm);
      }
    }
    return out;
  }

  /**
   * How much two sentences' meaning adds: nothing up to {@link #FLOOR}, then rising to {@link
   * #WEIGHT} for a cosine of 1.
   *
   * @param cosine the cosine of the two sentence embeddings
   * @return the share added to the lexical similarity
   */
  static double share(double cosine) {
    return cosine <= FLOOR ? 0 : WEIGHT * (Math.min(1.0, cosine) - FLOOR) / (1 - FLOOR);
  }

  @Override
  public String toString() {
    return "semantic (lexical + " + WEIGHT + " x sentence meaning above cosine " + FLOOR + ", all-MiniLM-L6-v2)";
  }

  /** The similarity for one cluster, with its sentences' embeddings. Immutable. */
  private final class Bound implements Similarity {
    private final Map<Document, Map<Integer, Integer>> rows;
    private final List<float[]> vectors;

    Bound(Map<Document, Map<Integer, Integer>> rows, List<float[]> vectors) {
      this.rows = rows;
      this.vectors = vectors;
    }

    @Override
    public double similarity(FactContext a, FactContext b) {
      double words = lexical.similarity(a, b);
      if (isName(a) || isName(b)) {
        return words;
      }
      float[] x = vector(a);
      float[] y = vector(b);
      if (x == null || y == null) {
        return words;
      }
      return Math.min(1.0, words + share(dot(x, y)));
    }

    /**
     * The facts of two sentences from different reports whose meaning is close: cosine at least
     * {@link #PROPOSE}, and each sentence the other's single closest in the other's report (a tie
     * is no closest: a report that repeats a sentence proposes nothing for it). Each sentence is
     * compared once with every sentence of the other reports; a cluster with more than {@link
     * #MAX_PROPOSING} sentences holding facts of the kind proposes nothing (its pairs are still
     * scored with meaning).
     */
    @Override
    public void propose(List<FactContext> contexts, PairSink pair) {
      // the sentences, each with the facts it holds and its report
      Map<float[], List<Integer>> factsOf = new IdentityHashMap<>();
      Map<Document, Integer> reportOf = new IdentityHashMap<>();
      List<float[]> sentences = new ArrayList<>();
      List<Integer> report = new ArrayList<>();
      for (int i = 0; i < contexts.size(); i++) {
        float[] v = vector(contexts.get(i));
        if (v == null) {
          continue;
        }
        List<Integer> facts = factsOf.get(v);
        if (facts == null) {
          facts = new ArrayList<>();
          factsOf.put(v, facts);
          sentences.add(v);
          report.add(reportOf.computeIfAbsent(contexts.get(i).document(), k -> reportOf.size()));
        }
        facts.add(i);
      }
      int n = sentences.size();
      int reports = reportOf.size();
      if (n < 2 || n > MAX_PROPOSING || reports < 2) {
        return;
      }
      // best[i * reports + r]: the one sentence of report r closest to sentence i, -1 on a tie or none
      int[] best = new int[n * reports];
      float[] bestCos = new float[n * reports];
      java.util.Arrays.fill(best, -1);
      java.util.Arrays.fill(bestCos, Float.NEGATIVE_INFINITY);
      boolean[] tied = new boolean[n * reports];
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          int ri = report.get(i);
          int rj = report.get(j);
          if (ri == rj) {
            continue;
          }
          float c = (float) dot(sentences.get(i), sentences.get(j));
          offer(best, bestCos, tied, i * reports + rj, j, c);
          offer(best, bestCos, tied, j * reports + ri, i, c);
        }
      }
      for (int i = 0; i < n; i++) {
        for (int r = 0; r < reports; r++) {
          int k = i * reports + r;
          int j = best[k];
          if (j > i && !tied[k] && bestCos[k] >= PROPOSE) {
            int back = j * reports + report.get(i);
            if (best[back] == i && !tied[back]) {
              for (int a : factsOf.get(sentences.get(i))) {
                for (int b : factsOf.get(sentences.get(j))) {
                  pair.accept(a, b);
                }
              }
            }
          }
        }
      }
    }

    private static void offer(int[] best, float[] bestCos, boolean[] tied, int at, int candidate, float cos) {
      if (cos > bestCos[at]) {
        best[at] = candidate;
        bestCos[at] = cos;
        tied[at] = false;
      } else if (cos == bestCos[at]) {
        tied[at] = true;
      }
    }

    private float[] vector(FactContext c) {
      if (isName(c)) {
        return null;
      }
      Map<Integer, Integer> byIndex = rows.get(c.document());
      Integer row = byIndex == null ? null : byIndex.get(c.fact().sentence());
      return row == null ? null : vectors.get(row);
    }

    @Override
    public String toString() {
      return SemanticSimilarity.this.toString();
    }
  }
}
