package dev.crosscheck.examples;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.Explanation;
import dev.crosscheck.align.FactGroup;
import dev.crosscheck.fact.Fact;
import dev.crosscheck.fact.Quantity;
import dev.crosscheck.text.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code explain [--fact REPORT:OFFSET | --text WORDS] PATH...}: why a divergence was, or was not,
 * reported. Without a fact: the groups alignment formed. With one: every fact it was compared with,
 * best first, with the similarity and what kept them apart, and the facts of its kind it never met.
 */
@Command(
    name = "explain",
    description = {
      "Show why a divergence was or was not reported: the groups of facts the aligner formed, and for one "
          + "fact (--fact REPORT:OFFSET or --text WORDS) the facts it was compared with, their similarity and "
          + "what kept each pair apart.",
      "A PATH is a report file or a directory (each *.txt and *.html in it, in name order)."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class)
final class ExplainCommand implements Callable<Integer> {
  /** Facts never compared are listed up to this many in text. */
  private static final int MAX_NEVER = 12;

  private final Cli cli;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", converter = Format.Converter.class,
      description = "Output format: text for people, json for programs (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--fact", paramLabel = "REPORT:OFFSET",
      description = "The fact to explain: the one at this character offset of this report (as in check's evidence).")
  String fact;

  @Option(names = "--text", paramLabel = "WORDS",
      description = "The fact to explain: every fact whose evidence holds these words (\"five hours\").")
  String text;

  @Option(names = "--example", description = "Explain the bundled example cluster instead of PATHs.")
  boolean example;

  @Option(names = "--date", paramLabel = "yyyy-MM-dd", converter = PublicationDate.Converter.class,
      description = "The publication date of every report given.")
  LocalDate date;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Report files or directories.")
  List<Path> paths = new ArrayList<>();

  @Mixin
  LimitOptions limits = new LimitOptions();

  @Mixin
  RuleChoice choice = new RuleChoice();

  @Mixin
  SemanticOption meaning = new SemanticOption();

  ExplainCommand(Cli cli) {
    this.cli = requireNonNull(cli, "cli");
  }

  @Override
  public Integer call() {
    Format.notHtml(format, "explain");
    if (fact != null && text != null) {
      throw new InputException("give --fact or --text, not both");
    }
    Crosscheck checker = limits.apply(meaning.apply(choice.apply(cli.checker(), cli.mapper())));
    ImmutableList<Report> reports = PublicationDate.apply(CheckCommand.reports(example, paths, checker), date);
    Cli.requireAtLeast(2, reports, "to compare");
    Explanation explanation = checker.explain(reports);
    List<Fact> asked = asked(explanation, reports);
    if (format == Format.JSON) {
      cli.printJson(json(explanation, asked));
    } else {
      text(explanation, asked, cli.out());
    }
    return Cli.OK;
  }

  private List<Fact> asked(Explanation explanation, List<Report> reports) {
    if (text != null) {
      List<Fact> found = explanation.factsWith(text);
      if (found.isEmpty()) {
        throw new InputException("no fact holds the words \"" + text + "\" (the facts command lists them)");
      }
      return found;
    }
    if (fact == null) {
      return List.of();
    }
    int colon = fact.lastIndexOf(':');
    if (colon <= 0) {
      throw new InputException("--fact wants REPORT:OFFSET, like 02-agency:412; got '" + fact + "'");
    }
    String report = fact.substring(0, colon);
    int offset;
    try {
      offset = Integer.parseInt(fact.substring(colon + 1).strip());
    } catch (NumberFormatException e) {
      throw new InputException("--fact wants a character offset after the colon; got '" + fact + "'");
    }
    if (reports.stream().noneMatch(r -> r.id().equals(report))) {
      throw new InputException("no report '" + report + "' in this check");
    }
    return List.of(explanation.factAt(report, offset).orElseThrow(
        () -> new InputException("no fact of report '" + report + "' covers offset " + offset + " (the facts command lists them)")));
  }

  private static String where(Fact f) {
    return f.span().reportId() + " [" + f.span().start() + "," + f.span().end() + ") " + f.type() + " "
        + TextOutput.quote(f.text());
  }

  private static boolean isBare(Fact f) {
    return f instanceof Quantity q && q.isBare();
  }

  private static void text(Explanation explanation, List<Fact> asked, PrintWriter out) {
    if (asked.isEmpty()) {
      List<FactGroup<?>> groups = explanation.result().alignment().groups();
      out.println("The aligner formed " + groups.size() + (groups.size() == 1 ? " group" : " groups")
          + " (facts of several reports taken to state one thing):");
      for (FactGroup<?> g : groups) {
        out.println("  " + g.facts().get(0).type() + " \"" + g.topic() + "\": " + g.facts().size() + " facts in "
            + g.reportIds().size() + " reports");
        for (Fact f : g.facts()) {
          out.println("      " + where(f));
        }
      }
      out.println();
      out.println("Ask about one fact with --fact REPORT:OFFSET or --text WORDS.");
      return;
    }
    for (Fact f : asked) {
      out.println(where(f));
      if (isBare(f)) {
        out.println("  a number with neither unit nor counted noun: it says nothing that could be compared, "
            + "so it is never aligned");
        out.println();
        continue;
      }
      Explanation.OfFact of = explanation.of(f);
      List<Integer> reported = reportedIn(explanation, f);
      if (!reported.isEmpty()) {
        for (int n : reported) {
          var d = explanation.result().divergences().get(n);
          out.println("  reported in divergence " + (n + 1) + ": " + d.severity().name() + " " + d.ruleId() + ": " + d.message());
        }
      } else if (explanation.aligned(f)) {
        out.println("  aligned, and no divergence reported on it: the rules found what the reports say of it "
            + "consistent (figures that can both be right, the same words, a difference only in form)");
      } else {
        out.println("  no divergence reported on it: it aligned with no fact of another report");
      }
      if (of.compared().isEmpty()) {
        out.println("  compared with nothing");
      }
      for (Explanation.Pair p : of.compared()) {
        String sim = Double.isNaN(p.similarity()) ? "  not scored" : String.format(Locale.ROOT, "  %.3f", p.similarity());
        out.println(sim + "  " + where(p.other(f)));
        out.println("         " + p.outcome());
      }
      if (!of.neverCompared().isEmpty()) {
        out.println((f.type().equals("quotation") ? "  not aligned with it (" : "  never compared (")
            + (f.type().equals("quotation") ? "quotations align when they share a long enough run of words"
            : f.type().equals("quantity") ? "another measure or counted noun, or no rare word in common"
            : "no rare word in common") + "): " + of.neverCompared().size());
        for (int i = 0; i < Math.min(MAX_NEVER, of.neverCompared().size()); i++) {
          out.println("      " + where(of.neverCompared().get(i)));
        }
        if (of.neverCompared().size() > MAX_NEVER) {
          out.println("      and " + (of.neverCompared().size() - MAX_NEVER) + " more (--format json lists all)");
        }
      }
      out.println();
    }
  }

  private ObjectNode json(Explanation explanation, List<Fact> asked) {
    ObjectNode root = cli.mapper().createObjectNode();
    ArrayNode groups = root.putArray("groups");
    for (FactGroup<?> g : explanation.result().alignment().groups()) {
      ObjectNode node = groups.addObject();
      node.put("kind", g.facts().get(0).type());
      node.put("topic", g.topic());
      ArrayNode facts = node.putArray("facts");
      g.facts().forEach(f -> fact(facts.addObject(), f));
    }
    ArrayNode explained = root.putArray("facts");
    for (Fact f : asked) {
      ObjectNode node = explained.addObject();
      fact(node.putObject("fact"), f);
      node.put("aligned", explanation.aligned(f));
      ArrayNode in = node.putArray("divergences");
      reportedIn(explanation, f).forEach(in::add);
      ArrayNode compared = node.putArray("compared");
      Explanation.OfFact of = explanation.of(f);
      for (Explanation.Pair p : isBare(f) ? List.<Explanation.Pair>of() : of.compared()) {
        ObjectNode c = compared.addObject();
        fact(c.putObject("with"), p.other(f));
        if (Double.isNaN(p.similarity())) {
          c.putNull("similarity");
        } else {
          c.put("similarity", p.similarity());
        }
        c.put("outcome", p.outcome());
      }
      ArrayNode never = node.putArray("neverCompared");
      for (Fact n : isBare(f) ? List.<Fact>of() : of.neverCompared()) {
        fact(never.addObject(), n);
      }
    }
    return root;
  }

  /** The positions (from 0, as in the JSON output) of the divergences whose evidence is the fact's. */
  private static List<Integer> reportedIn(Explanation explanation, Fact f) {
    List<Integer> out = new ArrayList<>();
    var divergences = explanation.result().divergences();
    for (int n = 0; n < divergences.size(); n++) {
      if (divergences.get(n).evidence().stream().anyMatch(s -> s.reportId().equals(f.span().reportId())
          && s.start() < f.span().end() && f.span().start() < s.end())) {
        out.add(n);
      }
    }
    return out;
  }

  private static void fact(ObjectNode node, Fact f) {
    node.put("report", f.span().reportId());
    node.put("type", f.type());
    node.put("start", f.span().start());
    node.put("end", f.span().end());
    node.put("text", f.text());
  }
}
