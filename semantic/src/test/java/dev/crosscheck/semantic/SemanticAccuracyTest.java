package dev.crosscheck.semantic;

import dev.crosscheck.AccuracyTest;
import dev.crosscheck.Crosscheck;
import org.junit.jupiter.api.Order;

/**
 * The accuracy floors of the core hold with the sentence model too (skipped without
 * {@code ../shared}); the figures it prints are the README's "with --semantic" column.
 */
@Order(4)
class SemanticAccuracyTest extends AccuracyTest {
  private static final Crosscheck CHECKER = Crosscheck.builder().similarity(SemanticSimilarity.load()).build();

  @Override
  protected Crosscheck checker() {
    return CHECKER;
  }
}
