package dev.crosscheck.text;

import dev.crosscheck.text.Tokenizer.Draft;
import dev.crosscheck.text.Tokenizer.Ending;
import java.util.Arrays;
import java.util.List;

/**
 * Groups one paragraph's tokens into sentences. A sentence ends at a full stop, question or exclamation
 * mark (with the closing quotation marks and brackets right after it) when white space and then
 * something other than a lower-case word follow; at an ellipsis only before a capitalised word; after an
 * abbreviation such as "U.S." or "Inc." only before a typical sentence opener ("The", "He"); never after
 * a title ("Mr.", "Gen."). One pass over the tokens, so linear time.
 */
final class SentenceSplitter {

  /** How many opening quotation marks and brackets to look past for the next sentence's first word. */
  private static final int MAX_OPENERS = 4;

  private SentenceSplitter() {}

  /**
   * Returns, for each sentence of the paragraph in order, the index one past its last token in
   * {@code tokens}; the last entry is {@code tokens.size()}.
   */
  static int[] sentenceEnds(String text, List<Draft> tokens) {
    int n = tokens.size();
    int[] ends = new int[4];
    int count = 0;
    boolean hasContent = false;
    for (int i = 0; i < n; i++) {
      Draft t = tokens.get(i);
      hasContent |= t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER;
      Ending ending = t.ending();
      if (ending == Ending.NONE || ending == Ending.TITLE) {
        continue;
      }
      int j = i + 1;
      while (j < n && tokens.get(j).start() == tokens.get(j - 1).end() && closes(tokens.get(j))) {
        Ending next = tokens.get(j).ending();
        if (next.compareTo(ending) > 0) {
          ending = next;
        }
        j++;
      }
      if (j < n && hasContent && tokens.get(j).start() > tokens.get(j - 1).end()
          && startsSentence(text, tokens, j, ending)) {
        if (count == ends.length) {
          ends = Arrays.copyOf(ends, count * 2);
        }
        ends[count++] = j;
        hasContent = false;
      }
      i = j - 1;
    }
    if (n > 0 && (count == 0 || ends[count - 1] != n)) {
      if (count == ends.length) {
        ends = Arrays.copyOf(ends, count + 1);
      }
      ends[count++] = n;
    }
    return Arrays.copyOf(ends, count);
  }

  /** Whether the tokens from {@code j} open a new sentence after a sentence mark of this kind. */
  private static boolean startsSentence(String text, List<Draft> tokens, int j, Ending ending) {
    int k = j;
    while (k < tokens.size() && k - j < MAX_OPENERS && opens(tokens.get(k))) {
      k++;
    }
    if (k == tokens.size() || opens(tokens.get(k))) {
      return ending == Ending.FULL;
    }
    Draft word = tokens.get(k);
    int first = text.codePointAt(word.start());
    if (word.kind() == Token.Kind.WORD && Character.isLowerCase(first)) {
      return false;
    }
    boolean capital = word.kind() == Token.Kind.WORD && Character.isUpperCase(first);
    switch (ending) {
      case FULL:
        return true;
      case ELLIPSIS:
        return capital;
      case AMBIGUOUS:
        // "in the U.S. The talks" ends a sentence; "U.S. President Trump" and "Donald J. Trump" do not
        return capital && (Abbreviations.opensSentence(word.norm()) || k > j);
      default:
        return false;
    }
  }

  /** A token that belongs to the sentence it follows directly: a closing mark or another sentence mark. */
  private static boolean closes(Draft t) {
    if (t.kind() == Token.Kind.QUOTE || t.kind() == Token.Kind.ELLIPSIS || t.ending() == Ending.FULL) {
      return true;
    }
    String n = t.norm();
    return t.kind() == Token.Kind.PUNCTUATION && (n.equals(")") || n.equals("]") || n.equals("}"));
  }

  /** A token that can come before the first word of a sentence: an opening mark. */
  private static boolean opens(Draft t) {
    if (t.kind() == Token.Kind.QUOTE) {
      return true;
    }
    String n = t.norm();
    return t.kind() == Token.Kind.PUNCTUATION && (n.equals("(") || n.equals("[") || n.equals("{"));
  }
}
