package dev.crosscheck.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.CheckResult;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.text.Report;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check [--format text|json] PATH...}: compares the reports and lists their divergences. */
@Command(
    name = "check",
    description = {
      "Compare parallel reports of one event and list the facts on which they diverge.",
      "A PATH is a report file (its id is the file name without its extension) or a directory "
          + "(each *.txt in it, in name order). At least two reports are needed."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class)
final class CheckCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text", converter = Format.Converter.class,
      description = "Output format: text for people, json for programs, html for a page to open in a "
          + "browser (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the output to FILE instead of standard output (an HTML page, say).")
  Path outFile;

  @Option(names = "--example", description = "Check the bundled example cluster instead of PATHs.")
  boolean example;

  @Option(names = "--date", paramLabel = "yyyy-MM-dd", converter = PublicationDate.Converter.class,
      description = "The publication date of every report given, so that \"yesterday\", \"on Thursday\" "
          + "or \"two months ago\" resolve to days; without it such dates stay unresolved.")
  LocalDate date;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Report files or directories of *.txt files.")
  List<Path> paths = new ArrayList<>();

  @Mixin
  LimitOptions limits = new LimitOptions();

  @Mixin
  RuleChoice choice = new RuleChoice();

  @Mixin
  SemanticOption meaning = new SemanticOption();

  CheckCommand(Cli cli) {
    this.cli = requireNonNull(cli, "cli");
  }

  @Override
  public Integer call() {
    Crosscheck checker = limits.apply(meaning.apply(choice.apply(cli.checker(), cli.mapper())));
    java.util.Set<String> fromHtml = new java.util.HashSet<>();
    ImmutableList<Report> reports = PublicationDate.apply(reports(example, paths, checker, fromHtml), date);
    Cli.requireAtLeast(2, reports, "to compare");
    CheckResult result = checker.check(reports);
    if (outFile != null) {
      java.io.StringWriter buffer = new java.io.StringWriter();
      java.io.PrintWriter out = new java.io.PrintWriter(buffer);
      print(result, out, fromHtml);
      out.flush();
      Cli.writeFile(outFile, buffer.toString());
      return Cli.OK;
    }
    print(result, cli.out(), fromHtml);
    return Cli.OK;
  }

  private void print(CheckResult result, java.io.PrintWriter out, java.util.Set<String> fromHtml) {
    switch (format) {
      case JSON -> out.println(cli.jsonText(cli.json().check(result, fromHtml)));
      case HTML -> out.print(HtmlOutput.page(result));
      default -> TextOutput.check(result, out);
    }
  }

  /** The reports named on the command line, or the bundled cluster with {@code --example}. */
  static ImmutableList<Report> reports(boolean example, List<Path> paths, Crosscheck checker) {
    return reports(example, paths, checker, new java.util.HashSet<>());
  }

  /** The reports, and into {@code fromHtml} the ids of those read from pages. */
  static ImmutableList<Report> reports(boolean example, List<Path> paths, Crosscheck checker, java.util.Set<String> fromHtml) {
    if (example) {
      if (!paths.isEmpty()) {
        throw new InputException("give PATHs or --example, not both");
      }
      return ExampleCluster.reports();
    }
    if (paths.isEmpty()) {
      throw new InputException("no PATH given: name report files or a directory (or --example for the bundled cluster)");
    }
    return ReportFiles.read(paths, checker.limits().maxReportLength(), fromHtml);
  }
}
