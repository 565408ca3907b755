package dev.crosscheck.examples.ages;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.align.FactKind;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.text.Token;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ages given beside a name ("Smith, 47,", "Jo Smith (47)", "Smith, aged 47"): found in a
 * document's own tokens, aligned only between mentions of one surname. Immutable and thread-safe.
 */
public final class AgeKind implements FactKind<Age> {
  /** The kind's name, the {@code type} of its facts in JSON. */
  public static final String NAME = "age";
  /** Capitalised words that open a clause rather than name someone ("On Monday, 40 ..."). */
  private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "in", "on", "at", "by", "since", "of", "the", "and");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<Age> type() {
    return Age.class;
  }

  @Override
  public ImmutableList<Age> extract(Document document) {
    ImmutableList.Builder<Age> out = ImmutableList.builder();
    String text = document.text();
    for (Sentence s : document.sentences()) {
      List<Token> tokens = document.tokens(s);
      for (int i = 1; i < tokens.size(); i++) {
        // The figure, after "Name, " or "Name (" or "Name, aged ".
        int figure = i;
        int open = i - 1;
        if (tokens.get(i).norm().equals("aged") && i + 1 < tokens.size() && tokens.get(i - 1).norm().equals(",")) {
          figure = i + 1;
        }
        String before = tokens.get(open).norm();
        if (!before.equals(",") && !before.equals("(") && figure == i) {
          continue;
        }
        int years = years(tokens.get(figure));
        if (years < 0 || !closes(tokens, figure + 1)) {
          continue;
        }
        int end = open; // exclusive end of the name run
        int start = end;
        while (start > 0 && isNameWord(text, tokens.get(start - 1))) {
          start--;
        }
        if (start == end) {
          continue;
        }
        int from = tokens.get(start).start();
        int to = tokens.get(figure).end();
        if (before.equals("(") && figure + 1 < tokens.size() && tokens.get(figure + 1).norm().equals(")")) {
          to = tokens.get(figure + 1).end(); // "Jo Smith (47)" whole
        }
        String person = text.substring(from, tokens.get(end - 1).end());
        out.add(new Age(document.span(from, to), text.substring(from, to), s.index(), person, years));
        i = figure;
      }
    }
    return out.build();
  }

  /** The age a token states: plain digits from 1 to 120, else -1. */
  private static int years(Token t) {
    String n = t.norm();
    if (t.kind() != Token.Kind.NUMBER || n.isEmpty() || n.length() > 3 || !n.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    int y = Integer.parseInt(n);
    return y >= 1 && y <= 120 ? y : -1;
  }

  /** The age ends its phrase: a comma, a closing parenthesis, a full stop, or the sentence's end. */
  private static boolean closes(List<Token> tokens, int next) {
    if (next >= tokens.size()) {
      return true;
    }
    String n = tokens.get(next).norm();
    return n.equals(",") || n.equals(")") || n.equals(".") || n.equals(";");
  }

  private static boolean isNameWord(String text, Token t) {
    return t.kind() == Token.Kind.WORD && Character.isUpperCase(text.charAt(t.start()))
        && !NOT_NAMES.contains(t.norm().toLowerCase(Locale.ROOT));
  }

  /** An age is a person's: two align only when they name the same surname. */
  @Override
  public boolean comparable(Age a, Age b) {
    return a.surname().equalsIgnoreCase(b.surname());
  }

  /**
   * The name does most of the work of saying which fact is which, so a lower bar than for figures:
   * what the sentences share besides only has to break ties between two people of one surname.
   */
  @Override
  public double threshold() {
    return 0.1;
  }

  /** "Age of Smith": the shortest way the group's reports write the name. */
  @Override
  public String topic(List<Age> facts) {
    return "Age of " + facts.stream().map(Age::person)
        .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
        .orElse("?");
  }
}
