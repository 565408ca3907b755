package dev.crosscheck.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the quoted runs of one paragraph by looking at the characters around each quotation mark,
 * not at its glyph alone: real text uses ” to open, a straight " to close a “, and ’ both as an
 * apostrophe and as a closing single quote.
 *
 * <p>A mark opens when it stands after a space, the paragraph start or an opening bracket and before
 * a word; it closes when it stands after a word or punctuation and before a space, punctuation or the
 * paragraph end. Single marks between two letters are apostrophes ("Russia’s", "don't"), and a single
 * mark after a word ("US'") closes only a single quotation, never a double one. Double quotations do
 * not nest: a double opening mark while one is open means the writer forgot to close it, which keeps
 * thousands of unbalanced marks from swallowing a paragraph. One pass, linear in the paragraph length.
 */
final class QuoteMarks {

  /** The two families of marks; a mark only closes a quotation opened by its own family. */
  enum Family {
    DOUBLE,
    SINGLE
  }

  /**
   * One quoted run of a paragraph.
   *
   * @param open the offset of the opening mark
   * @param end where the quoted characters end (the closing mark, the next opening mark or the
   *     paragraph end)
   * @param closed whether a closing mark ends the run
   * @param atParagraphEnd whether the run is unclosed and reaches the paragraph end (it may continue
   *     into the next paragraph)
   */
  record Run(int open, int end, boolean closed, boolean atParagraphEnd) {

    /** Where the run's characters, marks included, end. */
    int regionEnd() {
      return closed ? end + 1 : end;
    }
  }

  private static final String DOUBLE_MARKS = "\"“”„«»‟";
  private static final String SINGLE_MARKS = "'‘’‚‹›‛";
  private static final String PURE_OPENERS = "“„«‟‘‚‹‛";
  private static final String PURE_CLOSERS = "”»’›";
  /** Characters after which a mark may open: "(“", "—“", ":“". */
  private static final String OPENING_CONTEXT = "([{<—–-/:";
  /** Characters before which a mark may close: "”.", "”,", "”)". */
  private static final String CLOSING_CONTEXT = ".,;:!?)]}>—–-…/";

  private QuoteMarks() {}

  /** The family of a quotation mark, or null if {@code c} is no quotation mark. */
  static Family family(char c) {
    if (DOUBLE_MARKS.indexOf(c) >= 0) {
      return Family.DOUBLE;
    }
    if (SINGLE_MARKS.indexOf(c) >= 0) {
      return Family.SINGLE;
    }
    return null;
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * The outermost quoted runs of {@code text[start, end)}, in text order. Runs nested in another run
   * (a single quotation inside a double one) are part of it; single quotations left open at the
   * paragraph end are taken for apostrophes and dropped, so what they enclosed stands on its own.
   */
  static List<Run> scan(String text, int start, int end) {
    List<Run> runs = new ArrayList<>();
    // Open marks: offsets and families; at most one double is open at a time.
    int[] openAt = new int[8];
    Family[] openFamily = new Family[8];
    int depth = 0;
    int openDouble = -1;
    boolean previousOpened = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (openDouble >= 0 && (c == '\'' || c == '’') && i + 1 < end && text.charAt(i + 1) == c) {
        // "... on him,'' Egeland said": two apostrophes close an open double quotation
        runs.add(new Run(openAt[openDouble], i, true, false));
        depth = openDouble;
        openDouble = -1;
        previousOpened = false;
        i++;
        continue;
      }
      Family f = family(c);
      if (f == null) {
        previousOpened = false;
        continue;
      }
      boolean canClose =
          f == Family.DOUBLE ? openDouble >= 0 : depth > 0 && openFamily[depth - 1] == Family.SINGLE;
      Role role = role(text, start, end, i, c, previousOpened, canClose);
      previousOpened = false;
      if (role == Role.OPEN) {
        if (f == Family.DOUBLE && openDouble >= 0) {
          runs.add(new Run(openAt[openDouble], i, false, false));
          depth = openDouble;
          openDouble = -1;
        }
        if (depth == openAt.length) {
          openAt = java.util.Arrays.copyOf(openAt, depth * 2);
          openFamily = java.util.Arrays.copyOf(openFamily, depth * 2);
        }
        if (f == Family.DOUBLE) {
          openDouble = depth;
        }
        openAt[depth] = i;
        openFamily[depth++] = f;
        previousOpened = true;
      } else if (role == Role.CLOSE) {
        int k = f == Family.DOUBLE ? openDouble : depth - 1;
        runs.add(new Run(openAt[k], i, true, false));
        depth = k;
        if (openDouble >= depth) {
          openDouble = -1;
        }
      }
    }
    if (openDouble >= 0) {
      runs.add(new Run(openAt[openDouble], end, false, true));
    }
    return outermost(runs);
  }

  /** Keeps the runs no other run contains; runs are nested or disjoint by construction. */
  private static List<Run> outermost(List<Run> runs) {
    runs.sort(Comparator.comparingInt(Run::open));
    List<Run> kept = new ArrayList<>();
    int keptEnd = -1;
    for (Run r : runs) {
      if (r.open() >= keptEnd) {
        kept.add(r);
        keptEnd = r.end();
      }
    }
    return kept;
  }

  /** Words that start with an apostrophe: "’90s", "the ’hood", "rock ’n’ roll". */
  private static final java.util.Set<String> ELISIONS =
      java.util.Set.of("hood", "em", "til", "cause", "tis", "twas", "n", "bout", "round", "s");

  /** Whether the word at {@code from} makes a single mark before it an apostrophe. */
  private static boolean elision(String text, int from, int end) {
    if (from < end && Character.isDigit(text.charAt(from))) {
      return true;
    }
    int to = from;
    while (to < end && to - from < 6 && Character.isLetter(text.charAt(to))) {
      to++;
    }
    return to > from && (to == end || !Character.isLetter(text.charAt(to)))
        && ELISIONS.contains(text.substring(from, to).toLowerCase(java.util.Locale.ROOT));
  }

  private enum Role {
    OPEN,
    CLOSE,
    NONE
  }

  private static Role role(
      String text, int start, int end, int i, char c, boolean previousOpened, boolean canClose) {
    boolean atStart = i == start;
    boolean atEnd = i + 1 == end;
    char prev = atStart ? ' ' : text.charAt(i - 1);
    char next = atEnd ? ' ' : text.charAt(i + 1);
    boolean prevBlank = atStart || isBlank(prev);
    boolean nextBlank = atEnd || isBlank(next);
    boolean nextClosing = CLOSING_CONTEXT.indexOf(next) >= 0;
    boolean openContext =
        !nextBlank
            && !nextClosing
            && (prevBlank || OPENING_CONTEXT.indexOf(prev) >= 0 || previousOpened);
    boolean closeContext =
        !prevBlank && !previousOpened && (nextBlank || nextClosing || family(next) != null);
    if (openContext && !closeContext) {
      return family(c) == Family.SINGLE && elision(text, i + 1, end) ? Role.NONE : Role.OPEN;
    }
    if (closeContext) {
      return canClose ? Role.CLOSE : openContext ? Role.OPEN : Role.NONE;
    }
    if (prevBlank) {
      // A mark between spaces ("said: “ Hello”", French « guillemets »): the glyph decides.
      if (PURE_OPENERS.indexOf(c) >= 0 && !atEnd) {
        return Role.OPEN;
      }
      return canClose && PURE_OPENERS.indexOf(c) < 0 ? Role.CLOSE : Role.NONE;
    }
    if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
      return Role.NONE; // an apostrophe ("don't") or an inch mark
    }
    // After punctuation and before a word, a missing space: said,"Yes or yes."He
    if (canClose) {
      return Role.CLOSE;
    }
    return family(c) == Family.DOUBLE && Character.isLetterOrDigit(next) ? Role.OPEN : Role.NONE;
  }
}
