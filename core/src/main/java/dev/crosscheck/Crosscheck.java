package dev.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.align.Aligner;
import dev.crosscheck.align.Alignment;
import dev.crosscheck.fact.DateExtractor;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Quantity;
import dev.crosscheck.fact.QuantityExtractor;
import dev.crosscheck.fact.QuotationExtractor;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Rule;
import dev.crosscheck.rule.RuleContext;
import dev.crosscheck.rule.RulePack;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.DocumentReader;
import dev.crosscheck.text.Report;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The checker: reads parallel reports of one event, aligns their facts and runs the rules over them.
 *
 * <pre>{@code
 * Crosscheck checker = Crosscheck.standard();
 * CheckResult result = checker.check(List.of(new Report("afp", afpText), new Report("ap", apText)));
 * for (Divergence d : result.divergences()) {
 *   System.out.println(d.severity() + ": " + d.message());
 * }
 * }</pre>
 *
 * <p>A checker is immutable and thread-safe: build it once, use it from many threads. Its results
 * depend only on the reports, never on their order (beyond the order of the output) nor on other
 * calls; its work grows linearly with the length of the reports. Input over its {@link Limits} is
 * refused whole with a {@link LimitExceededException}.
 */
public final class Crosscheck {
  private final ImmutableList<Rule> rules;
  private final DocumentReader reader;
  private final QuantityExtractor quantities;
  private final QuotationExtractor quotations;
  private final DateExtractor dates;
  private final Aligner aligner;
  private final Limits limits;

  private Crosscheck(Builder builder) {
    this(builder.resolveRules(), builder.limits);
  }

  private Crosscheck(ImmutableList<Rule> rules, Limits limits) {
    this.rules = rules;
    this.limits = limits;
    this.reader = new DocumentReader();
    this.quantities = new QuantityExtractor();
    this.quotations = new QuotationExtractor();
    this.dates = new DateExtractor();
    this.aligner = new Aligner();
  }

  /**
   * A checker with every rule pack on the class path (the standard pack among them).
   *
   * @return a checker that runs every rule of every pack found
   * @throws IllegalStateException when two rules found share an id
   */
  public static Crosscheck standard() {
    return builder().build();
  }

  /**
   * A builder; without packs named, it finds them with {@link ServiceLoader}.
   *
   * @return a fresh builder: no pack named, no rule left out
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The rules this checker runs, in order.
   *
   * @return the rules, pack by pack in the order the packs were named or found, each pack's in its
   *     own order
   */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  /**
   * The limits this checker refuses input over.
   *
   * @return the longest report and the most reports it takes
   */
  public Limits limits() {
    return limits;
  }

  /**
   * This checker with other limits: the same rules, as cheap as a field copy.
   *
   * @param limits the limits the new checker refuses input over
   * @return a checker that differs from this one only in its limits
   */
  public Crosscheck withLimits(Limits limits) {
    return new Crosscheck(rules, requireNonNull(limits, "limits"));
  }

  /**
   * Reads one report into a document.
   *
   * @param report the report to split into paragraphs, sentences and tokens
   * @return the document, every offset pointing into the report's text
   * @throws LimitExceededException when the report is longer than {@link Limits#maxReportLength()}
   */
  public Document read(Report report) {
    requireNonNull(report, "report");
    if (report.text().length() > limits.maxReportLength()) {
      throw new LimitExceededException("maxReportLength", limits.maxReportLength(), report.text().length(),
          report.id(), "characters");
    }
    return reader.read(report);
  }

  /**
   * Reads one report and finds its facts.
   *
   * @param report the report to read
   * @return the document with its quantities, quotations and dates, each in text order
   * @throws LimitExceededException when the report is longer than {@link Limits#maxReportLength()}
   */
  public DocumentFacts facts(Report report) {
    Document document = read(report);
    ImmutableList<Quantity> numbers = quantities.extract(document);
    return new DocumentFacts(document, numbers, quotations.extract(document), dates.extract(document, numbers));
  }

  /**
   * Checks the reports against each other.
   *
   * @param reports the reports of one event, each with its own id; the result keeps their order
   * @return every document with its facts, the aligned facts and the divergences the rules found
   * @throws IllegalArgumentException when fewer than two reports are given or two share an id
   * @throws LimitExceededException when there are more reports than {@link Limits#maxReports()} or
   *     one is longer than {@link Limits#maxReportLength()}; nothing is checked then
   */
  public CheckResult check(Collection<Report> reports) {
    requireNonNull(reports, "reports");
    checkArgument(reports.size() >= 2, "need at least two reports to compare, got %s", reports.size());
    if (reports.size() > limits.maxReports()) {
      throw new LimitExceededException("maxReports", limits.maxReports(), reports.size(), null, "reports");
    }
    Set<String> ids = new HashSet<>();
    for (Report r : reports) {
      requireNonNull(r, "report");
      checkArgument(ids.add(r.id()), "two reports have the id '%s'", r.id());
      if (r.text().length() > limits.maxReportLength()) {
        throw new LimitExceededException("maxReportLength", limits.maxReportLength(), r.text().length(), r.id(),
            "characters");
      }
    }
    ImmutableList<DocumentFacts> documents =
        reports.stream().map(this::facts).collect(ImmutableList.toImmutableList());
    Alignment alignment = aligner.align(documents);
    RuleContext context = new RuleContext(documents, alignment);
    ImmutableList.Builder<Divergence> divergences = ImmutableList.builder();
    for (Rule rule : rules) {
      divergences.addAll(rule.check(context));
    }
    return new CheckResult(documents, alignment, divergences.build());
  }

  /** Configures a {@link Crosscheck}. Not thread-safe; the checker it builds is. */
  public static final class Builder {
    private final List<RulePack> packs = new ArrayList<>();
    private final Set<String> disabled = new HashSet<>();
    private Set<String> only;
    private ClassLoader classLoader;
    private Limits limits = Limits.defaults();

    private Builder() {}

    /**
     * Sets the limits the checker refuses input over.
     *
     * @param limits the longest report and the most reports; {@link Limits#defaults()} unless set
     * @return this builder
     */
    public Builder limits(Limits limits) {
      this.limits = requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Uses this pack; once any pack is named, no others are discovered.
     *
     * @param pack a pack whose rules run after those of the packs named before it
     * @return this builder
     */
    public Builder rulePack(RulePack pack) {
      packs.add(requireNonNull(pack, "pack"));
      return this;
    }

    /**
     * Discovers packs with this class loader instead of the thread's context class loader.
     *
     * @param loader where {@link ServiceLoader} looks for packs; unused once a pack is named
     * @return this builder
     */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = requireNonNull(loader, "loader");
      return this;
    }

    /**
     * Leaves out the rules with these ids.
     *
     * @param ruleIds ids of rules not to run, added to those of earlier calls; each must name a rule
     *     by the time the checker is built
     * @return this builder
     */
    public Builder disable(String... ruleIds) {
      disabled.addAll(List.of(ruleIds));
      return this;
    }

    /**
     * Runs only the rules with these ids.
     *
     * @param ruleIds ids of the only rules to run, replacing those of an earlier call; at least one,
     *     and each must name a rule by the time the checker is built
     * @return this builder
     * @throws IllegalArgumentException when no id is given (a checker that runs no rule is a mistake)
     */
    public Builder only(String... ruleIds) {
      checkArgument(ruleIds.length > 0, "only() needs at least one rule id");
      only = ImmutableSet.copyOf(ruleIds);
      return this;
    }

    /**
     * Builds the checker.
     *
     * @return a checker with the rules of the named or discovered packs, less those left out
     * @throws IllegalStateException when two rules share an id, or a named rule does not exist
     */
    public Crosscheck build() {
      return new Crosscheck(this);
    }

    private ImmutableList<Rule> resolveRules() {
      List<RulePack> chosen = new ArrayList<>(packs);
      if (chosen.isEmpty()) {
        ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
        if (loader == null) {
          loader = Crosscheck.class.getClassLoader();
        }
        ServiceLoader.load(RulePack.class, loader).forEach(chosen::add);
      }
      Map<String, Rule> byId = new LinkedHashMap<>();
      for (RulePack pack : chosen) {
        for (Rule rule : pack.rules()) {
          Rule previous = byId.putIfAbsent(rule.id(), rule);
          if (previous != null && previous.getClass() != rule.getClass()) {
            throw new IllegalStateException("two rules have the id '" + rule.id() + "': "
                + previous.getClass().getName() + " and " + rule.getClass().getName());
          }
        }
      }
      Set<String> unknown = new HashSet<>(disabled);
      if (only != null) {
        unknown.addAll(only);
      }
      unknown.removeAll(byId.keySet());
      if (!unknown.isEmpty()) {
        throw new IllegalStateException("no rule has the id(s) " + unknown + "; known: " + byId.keySet());
      }
      return byId.values().stream()
          .filter(r -> !disabled.contains(r.id()))
          .filter(r -> only == null || only.contains(r.id()))
          .collect(ImmutableList.toImmutableList());
    }
  }
}
