package dev.crosscheck.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a report's text into paragraphs (trimmed lines) and sets page debris aside, without touching
 * the text: the result is two lists of ranges into it.
 *
 * <p>What counts as debris is decided per line by {@link DebrisRules} (navigation, log-in and sharing
 * links, captions and photo credits), plus three rules that need the whole text: the second and later
 * copies of an identical line, a teaser line that a later (or earlier) paragraph repeats in full, and a
 * comment section, which is set aside with everything after it. A {@code date YYYY-MM-DD} prefix that
 * some scrapers put before the headline is set aside on its own, leaving the rest of the line.
 *
 * <p>Linear: each line is copied and examined once, and the teaser rule compares a line with at most
 * {@link #MAX_TEASER_COMPARISONS} others that share its first characters.
 */
final class DebrisCleaner {

  /** A range of the original text. */
  record Region(int start, int end) {}

  /** The paragraphs to read and the ranges set aside, both in text order. */
  record Result(List<Region> paragraphs, List<Region> ignored) {}

  private static final int TEASER_KEY = 30;
  private static final int MAX_TEASER_LENGTH = 400;
  private static final int MIN_TEASER_WORDS = 5;
  private static final int MAX_TEASER_COMPARISONS = 16;

  private DebrisCleaner() {}

  static Result clean(String text) {
    List<Line> lines = lines(text);
    Map<String, List<Line>> byOpening = new HashMap<>();
    for (Line line : lines) {
      if (line.key.length() >= TEASER_KEY) {
        byOpening.computeIfAbsent(line.key.substring(0, TEASER_KEY), k -> new ArrayList<>(1)).add(line);
      }
    }
    List<Region> paragraphs = new ArrayList<>();
    List<Region> ignored = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (DebrisRules.isCommentsHeader(line.key)) {
        ignored.add(new Region(line.start, lines.get(lines.size() - 1).end));
        break;
      }
      int start = line.start;
      int prefixEnd = DebrisRules.datePrefixEnd(text, line.start, line.end);
      if (prefixEnd > 0) {
        ignored.add(new Region(line.start, prefixEnd));
        start = prefixEnd;
        while (start < line.end && Chars.isSpace(text.charAt(start))) {
          start++;
        }
        if (start == line.end) {
          continue;
        }
      }
      String body = start == line.start ? line.text : text.substring(start, line.end);
      boolean firstCopy = seen.add(line.key);
      if (!firstCopy || DebrisRules.isDebris(body) || isTeaser(line, byOpening)) {
        ignored.add(new Region(start, line.end));
      } else {
        paragraphs.add(new Region(start, line.end));
      }
    }
    return new Result(paragraphs, ignored);
  }

  /**
   * A headline-like line (no closing punctuation) whose whole text opens another, longer paragraph: a
   * standfirst printed again as the first sentence.
   */
  private static boolean isTeaser(Line line, Map<String, List<Line>> byOpening) {
    String key = line.key;
    if (key.length() < TEASER_KEY || key.length() > MAX_TEASER_LENGTH || DebrisRules.endsLikeSentence(key)
        || DebrisRules.countWords(key) < MIN_TEASER_WORDS) {
      return false;
    }
    List<Line> candidates = byOpening.get(key.substring(0, TEASER_KEY));
    int compared = 0;
    for (Line other : candidates) {
      if (other == line) {
        continue;
      }
      if (++compared > MAX_TEASER_COMPARISONS) {
        break;
      }
      String o = other.key;
      if (o.length() > key.length() && o.startsWith(key) && !Chars.isWordChar(o.charAt(key.length()))) {
        return true;
      }
    }
    return false;
  }

  /** One non-blank line: its trimmed range, its text and its text with white space runs collapsed. */
  private static final class Line {
    final int start;
    final int end;
    final String text;
    final String key;

    Line(int start, int end, String text) {
      this.start = start;
      this.end = end;
      this.text = text;
      this.key = collapseSpaces(text);
    }
  }

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int n = text.length();
    int pos = 0;
    while (pos < n) {
      int lineEnd = pos;
      while (lineEnd < n && !Chars.isLineBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      int s = pos;
      while (s < lineEnd && Chars.isSpace(text.charAt(s))) {
        s++;
      }
      int e = lineEnd;
      while (e > s && Chars.isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        lines.add(new Line(s, e, text.substring(s, e)));
      }
      pos = lineEnd + 1;
    }
    return lines;
  }

  private static String collapseSpaces(String s) {
    StringBuilder sb = null;
    boolean inSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = Chars.isSpace(c);
      if (space && (c != ' ' || inSpace) && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        if (!space) {
          sb.append(c);
        } else if (!inSpace) {
          sb.append(' ');
        }
      }
      inSpace = space;
    }
    return sb == null ? s : sb.toString();
  }
}
