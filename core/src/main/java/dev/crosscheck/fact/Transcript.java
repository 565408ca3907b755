package dev.crosscheck.fact;

import com.google.common.collect.ImmutableSet;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.Paragraph;
import dev.crosscheck.text.Span;
import dev.crosscheck.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an interview printed as a transcript: paragraphs that open with the speaker's label and a
 * colon ("MD: I just think that ...", "Q: ...", "Travers: ..."). Such a report quotes without
 * quotation marks, and what it prints is what the other reports quote; each labelled paragraph is a
 * quotation of its speaker. A text is read as a transcript only when it is one: at least
 * {@link #MIN_TURNS} labelled paragraphs, two speakers or more, and the turn passing between them
 * at least twice; a lone "Update:" or "Note:" paragraph, or a list of "Claim:"/"Verdict:" lines with
 * no exchange, is none. A labelled paragraph that holds quotation marks of its own is left to them.
 *
 * <p>Stateless; linear in the text.
 */
final class Transcript {
  /** How many labelled paragraphs make a transcript at least. */
  static final int MIN_TURNS = 3;
  /** How many times the turn must pass from one speaker to another. */
  static final int MIN_CHANGES = 2;
  /** The longest label, in characters. */
  private static final int MAX_LABEL = 30;
  /** The most words in a label ("Peter Travers", "Sen. Ann Lowe"). */
  private static final int MAX_LABEL_WORDS = 3;
  /** Labels that head a paragraph of a page, not a speaker's turn. */
  private static final ImmutableSet<String> HEADINGS = ImmutableSet.of("update", "updated", "note", "editor's note",
      "editor’s note", "related", "watch", "read", "read more", "more", "photo", "photos", "video", "source",
      "sources", "correction", "clarification", "warning", "caption", "credit", "image", "listen", "advertisement",
      "subscribe", "follow", "contact", "email", "tags", "topics", "also", "see", "see also", "live", "breaking",
      "exclusive", "opinion", "analysis", "claim", "verdict", "rating", "bottom line", "the bottom line", "why",
      "what", "how", "who", "where", "when", "background", "context", "the facts", "facts", "fact", "previously",
      "plus", "ps", "p.s", "disclosure", "disclaimer", "author", "by", "filed under", "share", "comments");
  /** Labels of the one who asks, or answers, with no name. */
  private static final ImmutableSet<String> ANONYMOUS = ImmutableSet.of("q", "a", "question", "answer", "interviewer");

  private Transcript() {}

  /** A labelled paragraph: its label in lower case (for telling speakers apart) and where things are. */
  private record Turn(Paragraph paragraph, String label, int labelStart, int labelEnd, int start, int end) {}

  /**
   * The quotations a transcript in the document prints, in text order; none when it holds none.
   *
   * @param document the document
   * @param markedOpens where the quotations in marks open: a paragraph holding one is left to it
   * @return its turns as quotations
   */
  static List<Quotation> quotations(Document document, List<Integer> markedOpens) {
    String text = document.text();
    List<Turn> turns = new ArrayList<>();
    for (Paragraph p : document.paragraphs()) {
      Turn t = turn(text, p);
      if (t != null) {
        turns.add(t);
      }
    }
    if (turns.size() < MIN_TURNS) {
      return List.of();
    }
    Set<String> speakers = new HashSet<>();
    int changes = 0;
    for (int i = 0; i < turns.size(); i++) {
      speakers.add(turns.get(i).label());
      if (i > 0 && !turns.get(i).label().equals(turns.get(i - 1).label())) {
        changes++;
      }
    }
    if (speakers.size() < 2 || changes < MIN_CHANGES) {
      return List.of();
    }
    List<Quotation> out = new ArrayList<>();
    List<Paragraph> paragraphs = document.paragraphs();
    for (int i = 0; i < turns.size(); i++) {
      Turn t = turns.get(i);
      Optional<String> speaker = speaker(document, t.label(), text.substring(t.labelStart(), t.labelEnd()));
      Optional<Span> speakerSpan = speaker.isPresent()
          ? Optional.of(document.span(t.labelStart(), t.labelEnd())) : Optional.empty();
      add(document, markedOpens, t.paragraph(), t.start(), t.end(), speaker, speakerSpan, out);
      // An answer that runs over several paragraphs: those before the next turn are the speaker's
      // too. After the last turn the article may be prose again, so nothing past it is taken.
      if (i + 1 < turns.size()) {
        for (int k = t.paragraph().index() + 1; k < turns.get(i + 1).paragraph().index(); k++) {
          Paragraph p = paragraphs.get(k);
          int[] visible = trimmed(text, p.start(), p.end());
          add(document, markedOpens, p, visible[0], visible[1], speaker, speakerSpan, out);
        }
      }
    }
    return out;
  }

  /** Adds the words of [start, end) as a quotation, unless the paragraph quotes in marks of its own. */
  private static void add(Document document, List<Integer> markedOpens, Paragraph p, int start, int end,
      Optional<String> speaker, Optional<Span> speakerSpan, List<Quotation> out) {
    if (start >= end || opensIn(markedOpens, p)) {
      return; // the paragraph quotes in marks: those are its quotations
    }
    Quotation q = QuotationExtractor.unmarked(document, start, end, speaker, speakerSpan);
    if (!q.words().isEmpty()) {
      out.add(q);
    }
  }

  /** Whether a quotation in marks opens in the paragraph ({@code opens} in text order). */
  private static boolean opensIn(List<Integer> opens, Paragraph p) {
    int lo = 0;
    int hi = opens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (opens.get(mid) < p.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < opens.size() && opens.get(lo) < p.end();
  }

  /** [start, end) without the blanks at either end. */
  private static int[] trimmed(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new int[] {start, end};
  }

  /** The paragraph as a labelled turn ("MD: ..."), or null. */
  private static Turn turn(String text, Paragraph p) {
    int s = p.start();
    while (s < p.end() && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    int colon = -1;
    for (int i = s; i < Math.min(p.end(), s + MAX_LABEL + 1); i++) {
      if (text.charAt(i) == ':') {
        colon = i;
        break;
      }
    }
    if (colon <= s || !isLabel(text.substring(s, colon))) {
      return null;
    }
    int start = colon + 1;
    while (start < p.end() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = p.end();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start >= end || start == colon + 1) {
      return null; // "10:30", "http://": no blank after the colon
    }
    String label = text.substring(s, colon).strip();
    return new Turn(p, label.toLowerCase(Locale.ROOT), s, s + label.length(), start, end);
  }

  /** One to three capitalised words of letters, periods, hyphens and apostrophes, not a heading. */
  private static boolean isLabel(String label) {
    String l = label.strip();
    if (l.isEmpty() || HEADINGS.contains(l.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String[] words = l.split(" ");
    if (words.length > MAX_LABEL_WORDS) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Who a label names: nobody for "Q" or "A"; for initials ("MD"), the first name in the document
   * whose capitalised words have them ("Matt Damon"); else the label as written ("Travers").
   */
  private static Optional<String> speaker(Document document, String lowerLabel, String written) {
    if (ANONYMOUS.contains(lowerLabel)) {
      return Optional.empty();
    }
    String letters = lowerLabel.replace(".", "");
    String text = document.text();
    if (letters.length() >= 2 && letters.length() <= 4 && letters.chars().allMatch(Character::isLetter)) {
      List<Token> tokens = document.tokens();
      for (int i = 0; i + letters.length() <= tokens.size(); i++) {
        boolean match = true;
        for (int k = 0; k < letters.length() && match; k++) {
          Token t = tokens.get(i + k);
          match = t.kind() == Token.Kind.WORD && t.end() - t.start() > 1
              && Character.isUpperCase(text.charAt(t.start()))
              && Character.toLowerCase(text.charAt(t.start())) == letters.charAt(k);
        }
        if (match) {
          return Optional.of(text.substring(tokens.get(i).start(), tokens.get(i + letters.length() - 1).end()));
        }
      }
    }
    return Optional.of(written);
  }
}
