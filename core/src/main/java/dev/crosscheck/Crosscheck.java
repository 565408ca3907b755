package dev.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.align.Aligner;
import dev.crosscheck.align.Alignment;
import dev.crosscheck.align.FactKind;
import dev.crosscheck.align.Lexicon;
import dev.crosscheck.align.AlignmentTrace;
import dev.crosscheck.align.Similarity;
import com.google.common.collect.ImmutableListMultimap;
import dev.crosscheck.fact.Fact;
import dev.crosscheck.fact.DateExtractor;
import dev.crosscheck.fact.DocumentFacts;
import dev.crosscheck.fact.Quantity;
import dev.crosscheck.fact.QuantityExtractor;
import dev.crosscheck.fact.QuotationExtractor;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.rule.Rule;
import dev.crosscheck.rule.RuleConfig;
import dev.crosscheck.rule.RuleContext;
import dev.crosscheck.rule.RulePack;
import dev.crosscheck.rule.RuleSettings;
import dev.crosscheck.rule.Severity;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.DocumentReader;
import dev.crosscheck.text.Report;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  /** Each rule's settings and severity override, by rule id. */
  private final ImmutableMap<String, Configured> configured;
  private final DocumentReader reader;
  private final QuantityExtractor quantities;
  private final QuotationExtractor quotations;
  private final DateExtractor dates;
  private final Aligner aligner;
  private final Limits limits;
  /** The kinds of facts the packs add, beside the built-in three. */
  private final ImmutableList<FactKind<?>> kinds;
  /** Every rule of the packs, those left out included, for {@link #toBuilder()}. */
  private final ImmutableList<Rule> found;

  /** A rule as this checker runs it. */
  private record Configured(Rule rule, RuleSettings settings, Optional<Severity> severity, RuleConfig config) {}

  private Crosscheck(Builder builder) {
    this(builder.resolve(), builder.limits, builder.similarity);
  }

  private Crosscheck(Resolved resolved, Limits limits, Similarity similarity) {
    this.configured = resolved.configured();
    this.kinds = resolved.kinds();
    this.found = resolved.found();
    this.rules = configured.values().stream().map(Configured::rule).collect(ImmutableList.toImmutableList());
    this.limits = limits;
    this.reader = new DocumentReader();
    this.quantities = new QuantityExtractor();
    this.quotations = new QuotationExtractor();
    this.dates = new DateExtractor();
    this.aligner = new Aligner(Lexicon.standard(), similarity);
  }

  /** What a builder's packs come to: the configured rules and the added kinds of facts. */
  private record Resolved(
      ImmutableMap<String, Configured> configured, ImmutableList<FactKind<?>> kinds, ImmutableList<Rule> found) {}

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
    return new Crosscheck(new Resolved(configured, kinds, found), requireNonNull(limits, "limits"), aligner.similarity());
  }

  /**
   * The settings this checker runs a rule with.
   *
   * @param ruleId the id of one of {@link #rules()}
   * @return the values of the rule's options
   * @throws IllegalArgumentException when this checker runs no rule with that id
   */
  public RuleSettings settings(String ruleId) {
    Configured c = configured.get(requireNonNull(ruleId, "ruleId"));
    checkArgument(c != null, "this checker runs no rule '%s'; it runs %s", ruleId, configured.keySet());
    return c.settings();
  }

  /**
   * A builder that makes this checker again (its rules, their configuration, its limits), to be
   * changed further: another rule left out, another option set, a rule left out put back with
   * {@code configure(id, RuleConfig.DEFAULT)}. It carries the added kinds and the similarity too.
   *
   * @return a builder over this checker's rules as one pack
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.rulePack(new RulePack() {
      @Override
      public String id() {
        return "checker";
      }

      @Override
      public ImmutableList<Rule> rules() {
        return found;
      }

      @Override
      public ImmutableList<FactKind<?>> factKinds() {
        return kinds;
      }
    });
    for (Rule r : found) {
      Configured c = configured.get(r.id());
      // a rule left out stays out, and can be put back: configure(id, RuleConfig.DEFAULT)
      b.configure(r.id(), c != null ? c.config() : RuleConfig.DEFAULT.withEnabled(false));
    }
    return b.limits(limits).similarity(aligner.similarity());
  }

  /**
   * Reads one report into a document.
   *
   * @param report the report to split into paragraphs, sentences and tokens
   * @return the document, every offset pointing into the report's text
   * @throws LimitExceededException when the report is longer than {@link Limits#maxReportLength()}
   */
  public Document read(Report report) {
    return reader.read(withinLimit(requireNonNull(report, "report")));
  }

  private Report withinLimit(Report report) {
    if (report.text().length() > limits.maxReportLength()) {
      throw new LimitExceededException("maxReportLength", limits.maxReportLength(), report.text().length(),
          report.id(), "characters");
    }
    return report;
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
    ImmutableListMultimap.Builder<String, Fact> others = ImmutableListMultimap.builder();
    for (FactKind<?> kind : kinds) {
      others.putAll(kind.name(), extract(kind, document));
    }
    return new DocumentFacts(
        document, numbers, quotations.extract(document), dates.extract(document, numbers), others.build());
  }

  /** The fields every fact has in output, which an added kind's attributes may not take. */
  private static final ImmutableSet<String> RESERVED_ATTRIBUTES =
      ImmutableSet.of("type", "start", "end", "text", "sentence");

  /** An added kind's facts, each checked: the right class and type, in the document, in text order. */
  private static ImmutableList<Fact> extract(FactKind<?> kind, Document document) {
    ImmutableList<? extends Fact> found = requireNonNull(kind.extract(document), kind.name() + ": extract gave null");
    String what = "fact kind '" + kind.name() + "' (" + kind.getClass().getName() + ") ";
    Fact previous = null;
    for (Fact f : found) {
      if (!kind.type().isInstance(f) || !kind.name().equals(f.type())) {
        throw new IllegalStateException(what + "found a fact of another type: " + f);
      }
      if (!f.span().reportId().equals(document.id()) || f.span().end() > document.text().length()
          || f.sentence() < 0 || f.sentence() >= document.sentences().size()
          || !document.sentences().get(f.sentence()).contains(f.span().start())) {
        throw new IllegalStateException(what + "found a fact outside its report or sentence: " + f);
      }
      for (Map.Entry<String, Object> a : f.attributes().entrySet()) {
        if (RESERVED_ATTRIBUTES.contains(a.getKey())) {
          throw new IllegalStateException(what + "names an attribute '" + a.getKey() + "', which output keeps for "
              + "every fact " + RESERVED_ATTRIBUTES + ": " + f);
        }
        Object v = a.getValue();
        if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
          throw new IllegalStateException(what + "gives attribute '" + a.getKey() + "' a value that is no string, "
              + "number or boolean: " + f);
        }
      }
      if (previous != null && previous.span().compareTo(f.span()) > 0) {
        throw new IllegalStateException(what + "gave facts out of text order: " + previous + " before " + f);
      }
      previous = f;
    }
    return ImmutableList.copyOf(found);
  }

  /**
   * The kinds of facts this checker reads beside quantities, quotations and dates.
   *
   * @return the added kinds, pack by pack
   */
  public ImmutableList<FactKind<?>> factKinds() {
    return kinds;
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
    return check(reports, AlignmentTrace.NONE);
  }

  /**
   * Checks the reports and keeps what alignment decided about every pair of facts it looked at:
   * why a divergence was, or was not, reported. Slower than {@link #check} by the bookkeeping only.
   *
   * @param reports the reports of one event, as for {@link #check}
   * @return the result of the check and the pairs with their similarity and outcome
   * @throws IllegalArgumentException as {@link #check} does
   * @throws LimitExceededException as {@link #check} does
   */
  public Explanation explain(Collection<Report> reports) {
    List<Explanation.Pair> pairs = new ArrayList<>();
    CheckResult result = check(reports, (a, b, similarity, outcome) -> pairs.add(new Explanation.Pair(a, b, similarity, outcome)));
    return new Explanation(result, ImmutableList.copyOf(pairs));
  }

  private CheckResult check(Collection<Report> reports, AlignmentTrace trace) {
    requireNonNull(reports, "reports");
    checkArgument(reports.size() >= 2, "need at least two reports to compare, got %s", reports.size());
    if (reports.size() > limits.maxReports()) {
      throw new LimitExceededException("maxReports", limits.maxReports(), reports.size(), null, "reports");
    }
    Set<String> ids = new HashSet<>();
    for (Report r : reports) {
      requireNonNull(r, "report");
      checkArgument(ids.add(r.id()), "two reports have the id '%s'", r.id());
      withinLimit(r); // every report is measured before any is read
    }
    ImmutableList<DocumentFacts> documents =
        reports.stream().map(this::facts).collect(ImmutableList.toImmutableList());
    Alignment alignment = aligner.align(documents, kinds, trace);
    RuleContext context = new RuleContext(documents, alignment);
    ImmutableList.Builder<Divergence> divergences = ImmutableList.builder();
    for (Configured c : configured.values()) {
      ImmutableList<Divergence> found = c.rule().check(context.withSettings(c.settings()));
      if (c.severity().isPresent()) {
        Severity s = c.severity().get();
        found = found.stream()
            .map(d -> d.severity() == s ? d : new Divergence(d.ruleId(), d.kind(), s, d.message(), d.readings()))
            .collect(ImmutableList.toImmutableList());
      }
      divergences.addAll(found);
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
    private Similarity similarity = Similarity.lexical();
    private final Map<String, RuleConfig> configs = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Configures one rule: whether it runs, at which severity, with which option values. Replaces
     * what earlier calls set for the rule.
     *
     * @param ruleId the rule's id; it must name a rule by the time the checker is built
     * @param config how to run it
     * @return this builder
     */
    public Builder configure(String ruleId, RuleConfig config) {
      configs.put(requireNonNull(ruleId, "ruleId"), requireNonNull(config, "config"));
      return this;
    }

    /**
     * Gives every finding of one rule this severity ("conflict" for the rule's variants too).
     *
     * @param ruleId the rule's id
     * @param severity the severity its findings carry
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      return configure(ruleId, configs.getOrDefault(ruleId, RuleConfig.DEFAULT).withSeverity(severity));
    }

    /**
     * Sets one of a rule's documented options ({@link Rule#options()}).
     *
     * @param ruleId the rule's id
     * @param name the option's name
     * @param value its value as written: "true", "false" or a number
     * @return this builder
     */
    public Builder option(String ruleId, String name, String value) {
      return configure(ruleId, configs.getOrDefault(ruleId, RuleConfig.DEFAULT).withOption(name, value));
    }

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
     * @throws IllegalStateException when two rules share an id, a named rule does not exist, or an
     *     option is not one the rule has or its value does not fit; the message names what is known
     */
    public Crosscheck build() {
      return new Crosscheck(this);
    }

    /**
     * Aligns facts with this similarity instead of {@link Similarity#lexical()}.
     *
     * @param similarity how alike two facts' contexts are; must be thread-safe
     * @return this builder
     */
    public Builder similarity(Similarity similarity) {
      this.similarity = requireNonNull(similarity, "similarity");
      return this;
    }

    private Resolved resolve() {
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
      Set<String> unknown = new java.util.TreeSet<>(disabled);
      if (only != null) {
        unknown.addAll(only);
      }
      unknown.addAll(configs.keySet());
      unknown.removeAll(byId.keySet());
      if (!unknown.isEmpty()) {
        throw new IllegalStateException("no rule has the id(s) " + unknown + "; known: " + byId.keySet());
      }
      ImmutableMap.Builder<String, Configured> out = ImmutableMap.builder();
      for (Rule r : byId.values()) {
        RuleConfig config = configs.getOrDefault(r.id(), RuleConfig.DEFAULT);
        if (disabled.contains(r.id()) || only != null && !only.contains(r.id()) || !config.enabled()) {
          continue;
        }
        RuleSettings settings;
        try {
          settings = RuleSettings.of(r, config.options());
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(e.getMessage(), e);
        }
        out.put(r.id(), new Configured(r, settings, config.severity(), config));
      }
      return new Resolved(out.build(), kinds(chosen), ImmutableList.copyOf(byId.values()));
    }

    private static ImmutableList<FactKind<?>> kinds(List<RulePack> chosen) {
      Map<String, FactKind<?>> byName = new LinkedHashMap<>();
      for (RulePack pack : chosen) {
        for (FactKind<?> kind : pack.factKinds()) {
          String name = kind.name();
          if (name == null || name.isBlank() || DocumentFacts.BUILT_IN_KINDS.contains(name)) {
            throw new IllegalStateException("pack '" + pack.id() + "': a fact kind may not be named '" + name
                + "' (taken: " + DocumentFacts.BUILT_IN_KINDS + ")");
          }
          FactKind<?> previous = byName.putIfAbsent(name, kind);
          if (previous != null && previous.getClass() != kind.getClass()) {
            throw new IllegalStateException("two fact kinds are named '" + name + "': "
                + previous.getClass().getName() + " and " + kind.getClass().getName());
          }
        }
      }
      return ImmutableList.copyOf(byName.values());
    }
  }
}
