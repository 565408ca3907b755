package dev.crosscheck.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link Report} into a {@link Document}: finds paragraphs, leaves out page debris, splits
 * sentences and tokens. Stateless and thread-safe.
 */
public final class DocumentReader {

  private static final Pattern TOKEN =
      Pattern.compile("\\.\\.\\.|…|\\d[\\d,]*(?:\\.\\d+)?|\\p{L}[\\p{L}\\p{M}]*(?:['’.]\\p{L}+)*\\.?|\\S");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’']?(?=\\s+[\"“‘A-Z])");

  /** A reader with the default settings. */
  public DocumentReader() {}

  /** Reads the report. Linear in the length of its text. */
  public Document read(Report report) {
    String text = report.text();
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      int s = pos;
      int e = lineEnd;
      while (s < e && Character.isWhitespace(text.charAt(s))) s++;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
      if (e > s) {
        int p = paragraphs.size();
        paragraphs.add(new Paragraph(p, s, e));
        int sentStart = s;
        Matcher m = SENTENCE_END.matcher(text).region(s, e);
        while (m.find()) {
          addSentence(text, sentStart, m.end(), p, sentences, tokens);
          sentStart = m.end();
          while (sentStart < e && Character.isWhitespace(text.charAt(sentStart))) sentStart++;
        }
        if (sentStart < e) {
          addSentence(text, sentStart, e, p, sentences, tokens);
        }
      }
      pos = lineEnd + 1;
    }
    return new Document(report, ImmutableList.of(), paragraphs, sentences, tokens);
  }

  private static void addSentence(
      String text, int start, int end, int paragraph, List<Sentence> sentences, List<Token> tokens) {
    int first = tokens.size();
    Matcher m = TOKEN.matcher(text).region(start, end);
    while (m.find()) {
      String surface = m.group();
      Token.Kind kind;
      char c = surface.charAt(0);
      if (surface.equals("...") || surface.equals("…")) {
        kind = Token.Kind.ELLIPSIS;
      } else if (Character.isDigit(c)) {
        kind = Token.Kind.NUMBER;
      } else if (Character.isLetter(c)) {
        kind = Token.Kind.WORD;
      } else if ("\"“”„«»‘’".indexOf(c) >= 0) {
        kind = Token.Kind.QUOTE;
      } else {
        kind = Token.Kind.PUNCTUATION;
      }
      String norm = kind == Token.Kind.WORD ? surface.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'') : surface;
      if (norm.isEmpty()) {
        norm = surface;
      }
      tokens.add(new Token(tokens.size(), m.start(), m.end(), norm, kind));
    }
    sentences.add(new Sentence(sentences.size(), start, end, paragraph, first, tokens.size()));
  }
}
