package dev.crosscheck.examples;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rules [--format text|json]}: lists the rules the checker runs. */
@Command(
    name = "rules",
    description = "List the rules on the class path: id, kind, default severity and description.",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class)
final class RulesCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", converter = Format.Converter.class,
      description = "Output format: text for people, json for programs (default: ${DEFAULT-VALUE}).")
  Format format;

  RulesCommand(Cli cli) {
    this.cli = requireNonNull(cli, "cli");
  }

  @Override
  public Integer call() {
    if (Format.notHtml(format, "rules") == Format.JSON) {
      cli.printJson(cli.json().rules(cli.checker().rules()));
    } else {
      TextOutput.rules(cli.checker().rules(), cli.out());
    }
    return Cli.OK;
  }
}
