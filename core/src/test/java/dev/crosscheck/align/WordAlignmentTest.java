package dev.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The word alignment quotations are compared by: the same runs whichever side comes first, as many
 * words aligned as a full diff on normal quotations, and work counted in steps that grows linearly
 * with the words on the shapes that made the plain diff quadratic.
 */
class WordAlignmentTest {
  private static final long SEED = Long.getLong("crosscheck.test.seed", 11L);

  @Test
  void eitherOrderGivesTheMirrorImage() {
    Random random = new Random(SEED);
    for (int round = 0; round < 500; round++) {
      List<String> a = words(random, random.nextInt(600), 1 + random.nextInt(8));
      List<String> b = mutate(random, a);
      List<int[]> forward = WordAlignment.align(a, b).runs();
      List<int[]> backward = WordAlignment.align(b, a).runs();
      assertThat(backward).as("seed %d round %d", SEED, round).hasSameSizeAs(forward);
      for (int k = 0; k < forward.size(); k++) {
        assertThat(backward.get(k)).containsExactly(forward.get(k)[1], forward.get(k)[0], forward.get(k)[2]);
      }
      assertValid(a, b, forward);
    }
  }

  @Test
  void normalQuotationsAlignAsManyWordsAsAFullDiff() {
    Random random = new Random(SEED);
    for (int round = 0; round < 500; round++) {
      List<String> a = words(random, 1 + random.nextInt(150), 2 + random.nextInt(30));
      List<String> b = mutate(random, a);
      assertThat(matched(WordAlignment.align(a, b).runs())).as("seed %d round %d", SEED, round)
          .isEqualTo(myersMatched(a, b));
    }
  }

  @Test
  void longPairsAreCutAtRareWords() {
    // 3,000 distinct words and a copy with a word changed every 50: all but the changed ones align
    List<String> a = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      a.add("w" + i);
    }
    List<String> b = new ArrayList<>(a);
    for (int i = 25; i < b.size(); i += 50) {
      b.set(i, "changed" + i);
    }
    WordAlignment.Result r = WordAlignment.align(a, b);
    assertThat(matched(r.runs())).isEqualTo(3000 - 60);
    assertValid(a, b, r.runs());
  }

  @Test
  void oneLongCompoundOfOneWordIsLinear() {
    // "x-x-x-...": every word alike, so no anchor; the work stays a constant per word
    long small = WordAlignment.align(Collections.nCopies(8_000, "x"), Collections.nCopies(7_000, "x")).steps();
    long large = WordAlignment.align(Collections.nCopies(16_000, "x"), Collections.nCopies(14_000, "x")).steps();
    assertThat(large).isLessThanOrEqualTo(3 * small).isLessThanOrEqualTo(WordAlignment.STEPS_PER_WORD * 30_001L);
  }

  @Test
  void twoLongUnrelatedWordSaladsAreLinear() {
    Random random = new Random(SEED);
    long[] steps = new long[2];
    int[] sizes = {20_000, 40_000};
    for (int k = 0; k < 2; k++) {
      List<String> a = words(random, sizes[k], 50);
      List<String> b = words(random, sizes[k], 50);
      steps[k] = WordAlignment.align(a, b).steps();
      assertThat(steps[k]).isLessThanOrEqualTo(WordAlignment.STEPS_PER_WORD * (2L * sizes[k] + 1) + 2L * WordAlignment.WHOLE * WordAlignment.WHOLE);
    }
    assertThat(steps[1]).as("seed %d", SEED).isLessThanOrEqualTo(3 * steps[0]);
  }

  @Test
  void nearIdenticalLongSaladsAreLinear() {
    Random random = new Random(SEED);
    long[] steps = new long[2];
    int[] sizes = {40_000, 80_000};
    for (int k = 0; k < 2; k++) {
      List<String> a = words(random, sizes[k], 400);
      List<String> b = mutate(random, a);
      steps[k] = WordAlignment.align(a, b).steps();
    }
    assertThat(steps[1]).as("seed %d", SEED).isLessThanOrEqualTo(3 * steps[0]);
  }

  private static void assertValid(List<String> a, List<String> b, List<int[]> runs) {
    int ai = 0;
    int bi = 0;
    for (int[] r : runs) {
      assertThat(r[0]).isGreaterThanOrEqualTo(ai);
      assertThat(r[1]).isGreaterThanOrEqualTo(bi);
      assertThat(r[2]).isPositive();
      for (int k = 0; k < r[2]; k++) {
        assertThat(a.get(r[0] + k)).isEqualTo(b.get(r[1] + k));
      }
      ai = r[0] + r[2];
      bi = r[1] + r[2];
    }
    assertThat(ai).isLessThanOrEqualTo(a.size());
    assertThat(bi).isLessThanOrEqualTo(b.size());
  }

  private static int matched(List<int[]> runs) {
    return runs.stream().mapToInt(r -> r[2]).sum();
  }

  private static int myersMatched(List<String> a, List<String> b) {
    int changed = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      changed += d.getSource().size();
    }
    return a.size() - changed;
  }

  private static List<String> words(Random random, int n, int vocabulary) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add("w" + random.nextInt(vocabulary));
    }
    return out;
  }

  /** A copy with a few words changed, dropped or added. */
  private static List<String> mutate(Random random, List<String> a) {
    List<String> b = new ArrayList<>(a);
    int edits = random.nextInt(1 + a.size() / 10 + 1);
    for (int e = 0; e < edits; e++) {
      int at = b.isEmpty() ? 0 : random.nextInt(b.size());
      switch (random.nextInt(3)) {
        case 0 -> b.add(at, "new" + random.nextInt(5));
        case 1 -> { if (!b.isEmpty()) { b.remove(at); } }
        default -> { if (!b.isEmpty()) { b.set(at, "other" + random.nextInt(5)); } }
      }
    }
    return b;
  }
}
