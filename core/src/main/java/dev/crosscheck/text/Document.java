package dev.crosscheck.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Report} read into paragraphs, sentences and tokens. Page debris (navigation, log-in links,
 * a repeated headline, comment sections, photo credits) is left out of the paragraphs and listed in
 * {@link #ignored()}; the original text is never changed, so every offset points into
 * {@code report().text()}.
 *
 * <p>Instances are immutable. Build them with a {@link DocumentReader}.
 */
public final class Document {
  private final Report report;
  private final ImmutableList<Span> ignored;
  private final ImmutableList<Paragraph> paragraphs;
  private final ImmutableList<Sentence> sentences;
  private final ImmutableList<Token> tokens;

  /**
   * Assembles a document. Sentences must lie in order inside paragraphs and tokens inside sentences;
   * {@link DocumentReader} guarantees that, a hand-made document must too.
   *
   * @param report the report read; every span and offset points into its text
   * @param ignored the regions left out as page debris, in text order
   * @param paragraphs the paragraphs that survived cleaning, in text order
   * @param sentences the sentences, in text order
   * @param tokens all tokens of all sentences, in text order
   * @throws IllegalArgumentException when an ignored span belongs to another report, an ignored span,
   *     a sentence or a token runs past the text, or a sentence runs past the tokens
   */
  public Document(
      Report report,
      List<Span> ignored,
      List<Paragraph> paragraphs,
      List<Sentence> sentences,
      List<Token> tokens) {
    this.report = requireNonNull(report, "report");
    this.ignored = ImmutableList.copyOf(ignored);
    this.paragraphs = ImmutableList.copyOf(paragraphs);
    this.sentences = ImmutableList.copyOf(sentences);
    this.tokens = ImmutableList.copyOf(tokens);
    int length = report.text().length();
    for (Span s : this.ignored) {
      checkArgument(s.reportId().equals(report.id()) && s.end() <= length, "ignored span %s out of bounds", s);
    }
    for (Sentence s : this.sentences) {
      checkArgument(s.end() <= length && s.endToken() <= this.tokens.size(), "sentence %s out of bounds", s);
    }
    for (Token t : this.tokens) {
      checkArgument(t.end() <= length, "token %s out of bounds", t);
    }
  }

  /**
   * The report this document was read from.
   *
   * @return the report, its text untouched
   */
  public Report report() {
    return report;
  }

  /**
   * The report's id.
   *
   * @return the id of {@link #report()}, which every span of this document carries
   */
  public String id() {
    return report.id();
  }

  /**
   * The report's original text.
   *
   * @return the text every offset of this document points into
   */
  public String text() {
    return report.text();
  }

  /**
   * The regions left out as page debris, in text order.
   *
   * @return the debris spans; empty when nothing was left out
   */
  public ImmutableList<Span> ignored() {
    return ignored;
  }

  /**
   * The paragraphs that survived cleaning, in text order.
   *
   * @return the paragraphs; {@link Paragraph#index()} is a paragraph's position in this list
   */
  public ImmutableList<Paragraph> paragraphs() {
    return paragraphs;
  }

  /**
   * The sentences, in text order.
   *
   * @return the sentences; {@link Sentence#index()} is a sentence's position in this list
   */
  public ImmutableList<Sentence> sentences() {
    return sentences;
  }

  /**
   * All tokens of all sentences, in text order.
   *
   * @return the tokens; {@link Token#index()} is a token's position in this list
   */
  public ImmutableList<Token> tokens() {
    return tokens;
  }

  /**
   * The tokens of one sentence.
   *
   * @param sentence a sentence of this document
   * @return its tokens, from {@link Sentence#firstToken()} to before {@link Sentence#endToken()}
   */
  public ImmutableList<Token> tokens(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /**
   * The sentence that holds the character offset, if any (debris holds none).
   *
   * @param offset a character offset into {@link #text()}
   * @return the sentence whose range holds it; empty for an offset in debris, between sentences or
   *     outside the text
   */
  public Optional<Sentence> sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The index of the first token that ends after {@code offset}, or {@code tokens().size()}.
   *
   * @param offset a character offset into {@link #text()}
   * @return the index of the token that holds the offset or, when none does, of the next token;
   *     {@code tokens().size()} when no token ends after it
   */
  public int tokenIndexAt(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * A span of this document's report.
   *
   * @param start first character, inclusive
   * @param end end, exclusive
   * @return the span of {@link #id()} from {@code start} to {@code end}
   * @throws IllegalArgumentException when {@code start} is negative, {@code end} is not after it or
   *     is past the text
   */
  public Span span(int start, int end) {
    return report.span(start, end);
  }

  /**
   * The original characters from {@code start} to {@code end}.
   *
   * @param start first character, inclusive
   * @param end end, exclusive
   * @return the characters as written; empty when {@code start} equals {@code end}
   * @throws IndexOutOfBoundsException when the range is reversed or not inside the text
   */
  public String text(int start, int end) {
    return report.text().substring(start, end);
  }

  @Override
  public String toString() {
    return "Document[" + report.id() + ", " + sentences.size() + " sentences, " + tokens.size() + " tokens]";
  }
}
