package dev.crosscheck.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns two word sequences: the runs of equal words, in order. A short pair is diffed whole with
 * java-diff-utils (Myers), whose work grows with the product of the lengths when they differ much.
 * A long pair is first cut at anchors, words found once in each side and kept in the same order on
 * both (patience diff), so that only short stretches between anchors are diffed; a long stretch with
 * no anchor at all aligns nothing. The work is counted and bounded by a constant times the total
 * length, whatever the words.
 *
 * <p>The result does not depend on which sequence comes first: the pair is aligned in one canonical
 * order and the runs turned back, so a quotation compared with another gives the mirror image of the
 * other compared with it.
 */
final class WordAlignment {
  /** Up to this many words in all, a stretch is diffed whole: every normal quotation pair. */
  static final int WHOLE = 400;
  /** How many steps of anchor search per word a pair may take before it stops looking for more. */
  static final int STEPS_PER_WORD = 64;

  private final List<String> a;
  private final List<String> b;
  private final List<int[]> runs = new ArrayList<>();
  private long steps;
  private final long budget;

  private WordAlignment(List<String> a, List<String> b) {
    this.a = a;
    this.b = b;
    this.budget = STEPS_PER_WORD * (long) (a.size() + b.size() + 1);
  }

  /** The aligned runs as {aStart, bStart, length}, in order, with the steps it took. */
  record Result(List<int[]> runs, long steps) {}

  /** Aligns {@code a} with {@code b}. */
  static Result align(List<String> a, List<String> b) {
    if (compare(a, b) <= 0) {
      WordAlignment w = new WordAlignment(a, b);
      w.align(0, a.size(), 0, b.size());
      return new Result(w.runs, w.steps);
    }
    WordAlignment w = new WordAlignment(b, a);
    w.align(0, b.size(), 0, a.size());
    List<int[]> flipped = new ArrayList<>(w.runs.size());
    for (int[] r : w.runs) {
      flipped.add(new int[] {r[1], r[0], r[2]});
    }
    return new Result(flipped, w.steps);
  }

  /** The most cells (words of one side times words of the other) a stretch is searched for a missed run. */
  static final int FILL_CELLS = 4_096;

  /**
   * The runs of at least {@code minRun} equal words, in order. Myers finds the most words in
   * common, not the longest runs: in "we are determined to complete this mission" against "we have
   * neutralized tunnels and we are committed to complete this mission" it takes the first "we" for
   * the other's first "we" and leaves "are" alone, so the run "we are" is lost. Here the runs shorter
   * than {@code minRun} are dropped, and each stretch between two kept runs (and before the first,
   * after the last) that is small enough is searched again for its longest common run, and the
   * stretches either side of that in turn. Like {@link #align}, the result does not depend on which
   * sequence comes first.
   */
  static List<int[]> solidRuns(List<String> a, List<String> b, int minRun) {
    if (compare(a, b) > 0) {
      List<int[]> flipped = new ArrayList<>();
      for (int[] r : solidRuns(b, a, minRun)) {
        flipped.add(new int[] {r[1], r[0], r[2]});
      }
      return flipped;
    }
    List<int[]> out = new ArrayList<>();
    int ca = 0;
    int cb = 0;
    for (int[] r : align(a, b).runs()) {
      if (r[2] < minRun) {
        continue;
      }
      fill(a, b, ca, r[0], cb, r[1], minRun, out);
      out.add(r);
      ca = r[0] + r[2];
      cb = r[1] + r[2];
    }
    fill(a, b, ca, a.size(), cb, b.size(), minRun, out);
    return out;
  }

  /** Adds, in order, the longest common runs of a[a0, a1) and b[b0, b1) of at least {@code minRun} words. */
  private static void fill(List<String> a, List<String> b, int a0, int a1, int b0, int b1, int minRun,
      List<int[]> out) {
    int n = a1 - a0;
    int m = b1 - b0;
    if (n < minRun || m < minRun || (long) n * m > FILL_CELLS) {
      return;
    }
    // The longest common run; of equally long ones, the nearest to the run beside the stretch ("what
    // else I see: I see tone" against "I see tone": the "I see" next to "tone"), then the earliest.
    boolean left = a0 > 0 || b0 > 0;
    boolean right = a1 < a.size() || b1 < b.size();
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    int bestLength = 0;
    int bestA = -1;
    int bestB = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        current[j] = a.get(a0 + i - 1).equals(b.get(b0 + j - 1)) ? previous[j - 1] + 1 : 0;
        int length = current[j];
        if (length == 0 || length < bestLength) {
          continue;
        }
        int sa = a0 + i - length;
        int sb = b0 + j - length;
        int before = Math.max(sa - a0, sb - b0);
        int after = Math.max(a1 - (sa + length), b1 - (sb + length));
        int distance = left && right ? Math.min(before, after) : left ? before : right ? after : 0;
        if (length > bestLength || distance < bestDistance) {
          bestLength = length;
          bestA = sa;
          bestB = sb;
          bestDistance = distance;
        }
      }
      int[] t = previous;
      previous = current;
      current = t;
      java.util.Arrays.fill(current, 0);
    }
    if (bestLength < minRun) {
      return;
    }
    fill(a, b, a0, bestA, b0, bestB, minRun, out);
    out.add(new int[] {bestA, bestB, bestLength});
    fill(a, b, bestA + bestLength, a1, bestB + bestLength, b1, minRun, out);
  }

  /** A total order on word sequences: by length, then word by word. */
  private static int compare(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return Integer.compare(a.size(), b.size());
    }
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Adds the runs of a[aLo, aHi) against b[bLo, bHi), in order. Stretches wait on a stack rather
   * than in recursion, so that a long pair cut into many nested stretches cannot overflow the call
   * stack. A task is {aLo, aHi, bLo, bHi}, or {aStart, bStart, length, -1} for a run to add.
   */
  private void align(int aLo, int aHi, int bLo, int bHi) {
    Deque<int[]> tasks = new ArrayDeque<>();
    tasks.push(new int[] {aLo, aHi, bLo, bHi});
    while (!tasks.isEmpty()) {
      int[] t = tasks.pop();
      if (t[3] < 0) {
        add(t[0], t[1], t[2]);
      } else {
        stretch(t[0], t[1], t[2], t[3], tasks);
      }
    }
  }

  /** Aligns one stretch, pushing what is left of it (in reverse order) onto {@code tasks}. */
  private void stretch(int aLo, int aHi, int bLo, int bHi, Deque<int[]> tasks) {
    int prefix = 0;
    while (aLo + prefix < aHi && bLo + prefix < bHi && a.get(aLo + prefix).equals(b.get(bLo + prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (aHi - suffix > aLo + prefix && bHi - suffix > bLo + prefix
        && a.get(aHi - suffix - 1).equals(b.get(bHi - suffix - 1))) {
      suffix++;
    }
    steps += prefix + suffix + 1;
    add(aLo, bLo, prefix);
    int a0 = aLo + prefix;
    int a1 = aHi - suffix;
    int b0 = bLo + prefix;
    int b1 = bHi - suffix;
    tasks.push(new int[] {a1, b1, suffix, -1});
    if (a0 < a1 && b0 < b1) {
      if ((a1 - a0) + (b1 - b0) <= WHOLE) {
        diff(a0, a1, b0, b1);
      } else if (steps < budget) {
        anchored(a0, a1, b0, b1, tasks);
      }
    }
  }

  /** Myers on a short stretch. */
  private void diff(int a0, int a1, int b0, int b1) {
    List<String> sa = a.subList(a0, a1);
    List<String> sb = b.subList(b0, b1);
    steps += (long) (sa.size() + sb.size());
    int ai = 0;
    int bi = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(sa, sb).getDeltas()) {
      int as = d.getSource().getPosition();
      int bs = d.getTarget().getPosition();
      add(a0 + ai, b0 + bi, as - ai);
      ai = as + d.getSource().size();
      bi = bs + d.getTarget().size();
    }
    add(a0 + ai, b0 + bi, sa.size() - ai);
  }

  /** Patience: cut a long stretch at the words found once on each side, in the same order on both. */
  private void anchored(int a0, int a1, int b0, int b1, Deque<int[]> tasks) {
    steps += (a1 - a0) + (b1 - b0);
    Map<String, int[]> seen = new HashMap<>(); // word -> {count in a, position in a, count in b, position in b}
    for (int i = a0; i < a1; i++) {
      int[] s = seen.computeIfAbsent(a.get(i), k -> new int[4]);
      s[0]++;
      s[1] = i;
    }
    for (int j = b0; j < b1; j++) {
      int[] s = seen.get(b.get(j));
      if (s != null) {
        s[2]++;
        s[3] = j;
      }
    }
    List<int[]> unique = new ArrayList<>(); // {a position, b position}, in a's order
    for (int i = a0; i < a1; i++) {
      int[] s = seen.get(a.get(i));
      if (s[0] == 1 && s[2] == 1) {
        unique.add(new int[] {i, s[3]});
      }
    }
    List<int[]> anchors = longestIncreasing(unique);
    if (anchors.isEmpty()) {
      return; // a long stretch with no word in common once: nothing here aligns
    }
    // Each anchor is the first word of the stretch after it, whose common prefix takes it; the
    // stretches go on the stack last first, so that they are taken in order.
    tasks.push(new int[] {anchors.get(anchors.size() - 1)[0], a1, anchors.get(anchors.size() - 1)[1], b1});
    for (int k = anchors.size() - 1; k >= 0; k--) {
      int[] from = k == 0 ? new int[] {a0, b0} : anchors.get(k - 1);
      tasks.push(new int[] {from[0], anchors.get(k)[0], from[1], anchors.get(k)[1]});
    }
  }

  /** The longest chain of pairs increasing in their b position (pairs come increasing in a). */
  private List<int[]> longestIncreasing(List<int[]> pairs) {
    int n = pairs.size();
    steps += n;
    int[] tails = new int[n]; // index of the smallest tail of a chain of length k + 1
    int[] previous = new int[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      int bPos = pairs.get(i)[1];
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (pairs.get(tails[mid])[1] < bPos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      previous[i] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = i;
      length = Math.max(length, lo + 1);
    }
    List<int[]> chain = new ArrayList<>(length);
    for (int k = length > 0 ? tails[length - 1] : -1; k >= 0; k = previous[k]) {
      chain.add(pairs.get(k));
    }
    Collections.reverse(chain);
    return chain;
  }

  /** Adds a run, joining it to the one before when they touch. */
  private void add(int aStart, int bStart, int length) {
    if (length <= 0) {
      return;
    }
    if (!runs.isEmpty()) {
      int[] last = runs.get(runs.size() - 1);
      if (last[0] + last[2] == aStart && last[1] + last[2] == bStart) {
        last[2] += length;
        return;
      }
    }
    runs.add(new int[] {aStart, bStart, length});
  }
}
