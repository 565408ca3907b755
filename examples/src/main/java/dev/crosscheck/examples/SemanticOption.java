package dev.crosscheck.examples;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.semantic.SemanticSimilarity;
import picocli.CommandLine.Option;

/**
 * {@code --semantic}, shared by check and batch: align facts by what their sentences mean as well
 * as by their words, with the sentence model of the {@code crosscheck-semantic} module. The model is
 * loaded once, on first use, and shared by every checker of the process.
 */
final class SemanticOption {
  @Option(names = "--semantic",
      description = "Align facts by what their sentences mean too, not only by shared words (a small "
          + "sentence model run on this machine; loading it takes a second or two).")
  boolean semantic;

  /** The model, loaded on first use only: a run without {@code --semantic} never touches it. */
  private static SemanticSimilarity model;

  /** The checker with the sentence model when {@code --semantic} is given; the checker itself when not. */
  Crosscheck apply(Crosscheck checker) {
    if (!semantic) {
      return checker;
    }
    return checker.toBuilder().similarity(model()).build();
  }

  private static synchronized SemanticSimilarity model() {
    if (model == null) {
      try {
        model = SemanticSimilarity.load();
      } catch (IllegalStateException e) {
        throw new InputException("--semantic: " + e.getMessage());
      }
    }
    return model;
  }
}
