package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The structural promises of a {@link Document}, checked on any input. */
final class DocumentInvariants {

  private DocumentInvariants() {}

  /** Fails, naming {@code context}, when any promise of {@code d} is broken. */
  static void check(Document d, String context) {
    String text = d.text();
    int n = text.length();

    int previousEnd = 0;
    for (Span s : d.ignored()) {
      assertThat(s.start()).as("%s: ignored %s in order", context, s).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.end()).as("%s: ignored %s in bounds", context, s).isLessThanOrEqualTo(n);
      previousEnd = s.end();
    }

    List<Paragraph> paragraphs = d.paragraphs();
    previousEnd = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      assertThat(p.index()).as("%s: paragraph index", context).isEqualTo(i);
      assertThat(p.start()).as("%s: paragraph %s in order", context, p).isGreaterThanOrEqualTo(previousEnd);
      assertThat(p.end()).as("%s: paragraph %s in bounds", context, p).isLessThanOrEqualTo(n);
      assertThat(Chars.isSpace(text.charAt(p.start()))).as("%s: paragraph %s trimmed", context, p).isFalse();
      assertThat(Chars.isSpace(text.charAt(p.end() - 1))).as("%s: paragraph %s trimmed", context, p).isFalse();
      for (int k = p.start(); k < p.end(); k++) {
        assertThat(Chars.isLineBreak(text.charAt(k))).as("%s: paragraph %s holds a line break", context, p).isFalse();
      }
      for (Span s : d.ignored()) {
        assertThat(s.overlaps(d.span(p.start(), p.end()))).as("%s: paragraph %s overlaps ignored %s", context, p, s)
            .isFalse();
      }
      previousEnd = p.end();
    }

    List<Sentence> sentences = d.sentences();
    List<Token> tokens = d.tokens();
    int expectedFirstToken = 0;
    previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertThat(s.index()).as("%s: sentence index", context).isEqualTo(i);
      assertThat(s.start()).as("%s: sentence %s in order", context, s).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.firstToken()).as("%s: sentence %s tokens follow on", context, s).isEqualTo(expectedFirstToken);
      assertThat(s.endToken()).as("%s: sentence %s has tokens", context, s).isGreaterThan(s.firstToken());
      Paragraph p = paragraphs.get(s.paragraph());
      assertThat(s.start()).as("%s: sentence %s inside %s", context, s, p).isGreaterThanOrEqualTo(p.start());
      assertThat(s.end()).as("%s: sentence %s inside %s", context, s, p).isLessThanOrEqualTo(p.end());
      assertThat(tokens.get(s.firstToken()).start()).as("%s: sentence %s starts at its first token", context, s)
          .isEqualTo(s.start());
      assertThat(tokens.get(s.endToken() - 1).end()).as("%s: sentence %s ends at its last token", context, s)
          .isEqualTo(s.end());
      if (i > 0) {
        assertThat(s.paragraph()).as("%s: paragraphs of sentences in order", context)
            .isGreaterThanOrEqualTo(sentences.get(i - 1).paragraph());
      }
      expectedFirstToken = s.endToken();
      previousEnd = s.end();
    }
    assertThat(expectedFirstToken).as("%s: sentences cover all tokens", context).isEqualTo(tokens.size());
    if (!paragraphs.isEmpty()) {
      assertThat(sentences).as("%s: every paragraph has a sentence", context).isNotEmpty();
      assertThat(sentences.get(sentences.size() - 1).paragraph()).isEqualTo(paragraphs.size() - 1);
    }

    previousEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      assertThat(t.index()).as("%s: token index", context).isEqualTo(i);
      assertThat(t.start()).as("%s: token %s in order", context, t).isGreaterThanOrEqualTo(previousEnd);
      assertThat(t.end()).as("%s: token %s in bounds", context, t).isLessThanOrEqualTo(n);
      assertThat(t.norm()).as("%s: token %s norm", context, t).isNotEmpty();
      assertThat(Character.isLowSurrogate(text.charAt(t.start()))
              && t.start() > 0 && Character.isHighSurrogate(text.charAt(t.start() - 1)))
          .as("%s: token %s starts inside a surrogate pair", context, t).isFalse();
      assertThat(Character.isHighSurrogate(text.charAt(t.end() - 1))
              && t.end() < n && Character.isLowSurrogate(text.charAt(t.end())))
          .as("%s: token %s ends inside a surrogate pair", context, t).isFalse();
      for (int k = t.start(); k < t.end(); k++) {
        assertThat(Character.isWhitespace(text.charAt(k))).as("%s: token %s holds white space", context, t).isFalse();
      }
      assertThat(d.sentenceAt(t.start())).as("%s: token %s in a sentence", context, t).isPresent();
      previousEnd = t.end();
    }

    // nothing is silently dropped: every visible character of a paragraph is in a token
    int ti = 0;
    for (Paragraph p : paragraphs) {
      for (int k = p.start(); k < p.end(); ) {
        int cp = Chars.codePointAt(text, k, p.end());
        while (ti < tokens.size() && tokens.get(ti).end() <= k) {
          ti++;
        }
        boolean covered = ti < tokens.size() && tokens.get(ti).start() <= k;
        if (!covered) {
          assertThat(Chars.isSpace(cp)).as("%s: character %s at %s is in no token", context, cp, k).isTrue();
        }
        k += Character.charCount(cp);
      }
    }
  }
}
