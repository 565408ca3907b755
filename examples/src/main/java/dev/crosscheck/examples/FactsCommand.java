package dev.crosscheck.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.fact.DocumentFacts;
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

/** {@code facts [--format text|json] PATH...}: shows what was extracted from each report. */
@Command(
    name = "facts",
    description = {
      "Show the facts extracted from each report (quantities, quotations, dates, names), with their normalised "
          + "content, so that you can see why something was or was not flagged.",
      "A PATH is a report file or a directory (each *.txt in it, in name order)."
    },
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class)
final class FactsCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", converter = Format.Converter.class,
      description = "Output format: text for people, json for programs (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--example", description = "Show the facts of the bundled example cluster instead of PATHs.")
  boolean example;

  @Option(names = "--date", paramLabel = "yyyy-MM-dd", converter = PublicationDate.Converter.class,
      description = "The publication date of every report given, so that \"yesterday\", \"on Thursday\" "
          + "or \"two months ago\" resolve to days; without it such dates stay unresolved.")
  LocalDate date;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Report files or directories of *.txt files.")
  List<Path> paths = new ArrayList<>();

  @Mixin
  LimitOptions limits = new LimitOptions();

  FactsCommand(Cli cli) {
    this.cli = requireNonNull(cli, "cli");
  }

  @Override
  public Integer call() {
    Crosscheck checker = limits.apply(cli.checker());
    ImmutableList<Report> reports = PublicationDate.apply(CheckCommand.reports(example, paths, checker), date);
    // One report is enough here: its facts need nothing to be compared with.
    Cli.requireAtLeast(1, reports, "to read");
    List<DocumentFacts> facts = reports.stream().map(checker::facts).toList();
    if (Format.notHtml(format, "facts") == Format.JSON) {
      cli.printJson(cli.json().facts(facts));
    } else {
      TextOutput.facts(facts, cli.out());
    }
    return Cli.OK;
  }
}
