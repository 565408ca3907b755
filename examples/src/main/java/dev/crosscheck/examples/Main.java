package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.crosscheck.Crosscheck;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;

/**
 * The example runner's entry point: {@code java -jar crosscheck.jar [check|facts|batch|rules] ...}.
 * All the work is in {@link Cli}; this class only binds it to the process's streams and exit status.
 */
public final class Main {
  private Main() {}

  /** Runs the command line with the standard checker and exits with its status. */
  public static void main(String[] args) {
    // UTF-8 whatever the platform default, so that JSON and evidence text survive any locale.
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, UTF_8)));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, UTF_8), true);
    int status = new Cli(Crosscheck::standard, System.in, out, err).run(args);
    out.flush();
    err.flush();
    System.exit(status);
  }
}
