package dev.crosscheck.examples;

/** The example runner's entry point. */
public final class Main {
  private Main() {}

  /** Runs the command line. */
  public static void main(String[] args) {
    System.out.println("crosscheck: not yet implemented");
  }
}
