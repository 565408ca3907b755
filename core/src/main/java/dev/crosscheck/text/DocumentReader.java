package dev.crosscheck.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link Report} into a {@link Document}: finds the paragraphs (the trimmed blocks between line
 * breaks), sets page debris aside, splits the paragraphs into sentences and the sentences into tokens.
 * Every offset points into the report's original text, which is never changed.
 *
 * <p>The steps are package-private classes with one job each: {@link DebrisCleaner} (with
 * {@link DebrisRules}) for paragraphs and debris, {@link Tokenizer} (with {@link Abbreviations}) for
 * tokens, and {@link SentenceSplitter} for sentence ends. A sentence never spans two paragraphs.
 *
 * <p>Stateless and thread-safe: one instance may serve many threads. Time and memory are linear in the
 * length of the text.
 */
public final class DocumentReader {

  /** A reader with the default settings. */
  public DocumentReader() {}

  /**
   * Reads the report. Linear in the length of its text.
   *
   * @param report the report to read; its text may be empty
   * @return the document, every offset pointing into {@code report.text()}
   */
  public Document read(Report report) {
    String text = report.text();
    DebrisCleaner.Result cleaned = DebrisCleaner.clean(text);
    List<Span> ignored = new ArrayList<>(cleaned.ignored().size());
    for (DebrisCleaner.Region r : cleaned.ignored()) {
      ignored.add(report.span(r.start(), r.end()));
    }
    List<Paragraph> paragraphs = new ArrayList<>(cleaned.paragraphs().size());
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<Tokenizer.Draft> drafts = new ArrayList<>();
    for (DebrisCleaner.Region r : cleaned.paragraphs()) {
      int p = paragraphs.size();
      paragraphs.add(new Paragraph(p, r.start(), r.end()));
      drafts.clear();
      Tokenizer.tokenize(text, r.start(), r.end(), drafts);
      int first = 0;
      for (int end : SentenceSplitter.sentenceEnds(text, drafts)) {
        int firstToken = tokens.size();
        for (int k = first; k < end; k++) {
          Tokenizer.Draft d = drafts.get(k);
          tokens.add(new Token(tokens.size(), d.start(), d.end(), d.norm(), d.kind()));
        }
        int start = drafts.get(first).start();
        int stop = drafts.get(end - 1).end();
        sentences.add(new Sentence(sentences.size(), start, stop, p, firstToken, tokens.size()));
        first = end;
      }
    }
    return new Document(report, ignored, paragraphs, sentences, tokens);
  }
}
