package dev.crosscheck.benchmarks;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.align.Aligner;
import dev.crosscheck.align.Alignment;
import dev.crosscheck.fact.DateExtractor;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.NameExtractor;
import dev.crosscheck.fact.QuantityExtractor;
import dev.crosscheck.fact.QuotationExtractor;
import dev.crosscheck.rule.Rule;
import dev.crosscheck.rule.RuleContext;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.DocumentReader;
import dev.crosscheck.text.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One operation is every cluster of the set, so that the scores of the methods compare: the bare
 * tokenising pass ({@link #tokenize}, the floor for any analysis), the full check, and each stage
 * alone on what the stage before produced. {@code Performance} turns the scores into MB/s and the
 * ratio of the check to the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CheckBenchmark {
  @Param({"example", "corpora", "generated-10", "generated-100", "generated-1000"})
  public String set;

  private List<List<Report>> clusters;
  private final Crosscheck checker = Crosscheck.standard();
  private final DocumentReader reader = new DocumentReader();
  private final QuantityExtractor quantities = new QuantityExtractor();
  private final DateExtractor dates = new DateExtractor();
  private final NameExtractor names = new NameExtractor();
  private final QuotationExtractor quotations = new QuotationExtractor();
  private final Aligner aligner = new Aligner();
  private List<List<Document>> documents;
  private List<List<DocumentFacts>> facts;
  private List<RuleContext> aligned;

  @Setup(Level.Trial)
  public void read() {
    clusters = Clusters.named(set);
    documents = new ArrayList<>();
    facts = new ArrayList<>();
    aligned = new ArrayList<>();
    for (List<Report> c : clusters) {
      List<Document> docs = new ArrayList<>();
      List<DocumentFacts> f = new ArrayList<>();
      for (Report r : c) {
        docs.add(reader.read(r));
        f.add(checker.facts(r));
      }
      documents.add(docs);
      facts.add(f);
      aligned.add(new RuleContext(ImmutableList.copyOf(f), aligner.align(f, checker.factKinds())));
    }
    System.err.printf(Locale.ROOT, "%nset %s: %d clusters, %d reports, %.3f MB%n", set, clusters.size(),
        clusters.stream().mapToInt(List::size).sum(), Clusters.chars(clusters) / 1e6);
  }

  /** The floor: every text read once, split into lower-cased word tokens, and counted. */
  @Benchmark
  public long tokenize() {
    long tokens = 0;
    for (List<Report> c : clusters) {
      for (Report r : c) {
        tokens += Tokens.count(r.text());
      }
    }
    return tokens;
  }

  @Benchmark
  public long check() {
    long found = 0;
    for (List<Report> c : clusters) {
      found += checker.check(c).divergences().size();
    }
    return found;
  }

  @Benchmark
  public long stageRead() {
    long sentences = 0;
    for (List<Report> c : clusters) {
      for (Report r : c) {
        sentences += reader.read(r).sentences().size();
      }
    }
    return sentences;
  }

  @Benchmark
  public long stageQuantities() {
    long n = 0;
    for (List<Document> c : documents) {
      for (Document d : c) {
        n += quantities.extract(d).size();
      }
    }
    return n;
  }

  @Benchmark
  public long stageDates() {
    long n = 0;
    for (List<Document> c : documents) {
      for (Document d : c) {
        n += dates.extract(d).size();
      }
    }
    return n;
  }

  @Benchmark
  public long stageNames() {
    long n = 0;
    for (List<Document> c : documents) {
      for (Document d : c) {
        n += names.extract(d).size();
      }
    }
    return n;
  }

  @Benchmark
  public long stageQuotations() {
    long n = 0;
    for (List<Document> c : documents) {
      for (Document d : c) {
        n += quotations.extract(d).size();
      }
    }
    return n;
  }

  @Benchmark
  public long stageAlign() {
    long n = 0;
    for (List<DocumentFacts> f : facts) {
      Alignment a = aligner.align(f, checker.factKinds());
      n += a.quantities().size() + a.dates().size() + a.quotations().size() + a.others().size();
    }
    return n;
  }

  @Benchmark
  public long stageRules() {
    long n = 0;
    for (RuleContext context : aligned) {
      for (Rule rule : checker.rules()) {
        n += rule.check(context).size();
      }
    }
    return n;
  }
}
