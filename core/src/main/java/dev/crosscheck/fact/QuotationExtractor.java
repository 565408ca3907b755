package dev.crosscheck.fact;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.fact.AttributionText.Entity;
import dev.crosscheck.fact.QuoteMarks.Family;
import dev.crosscheck.fact.QuoteMarks.Run;
import dev.crosscheck.text.Document;
import dev.crosscheck.text.Paragraph;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.text.Span;
import dev.crosscheck.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds direct quotations, with their speakers and sources.
 *
 * <p>Quotation marks are found in each paragraph's original characters by {@link QuoteMarks}. A
 * paragraph that leaves a double quotation open continues it into the next paragraph when that one
 * starts with an opening mark (newspaper style), provided the quotation is closed in the end; a
 * quotation that is never closed ends at the end of each paragraph it runs through, so unbalanced
 * marks never make one quotation of a whole text. Words in [square brackets] are editorial and left
 * out of {@link Quotation#words()}. Speakers and sources come from {@link SpeakerResolver}.
 *
 * <p>Stateless and thread-safe; linear in the document's length (up to a logarithmic factor).
 */
public final class QuotationExtractor implements Extractor<Quotation> {

  /** An extractor with the standard settings. */
  public QuotationExtractor() {}

  /** A quotation before attribution: its runs and the characters its marks cover. */
  private record Raw(List<int[]> parts, int open, int regionEnd, int firstParagraph, int lastParagraph) {}

  @Override
  public ImmutableList<Quotation> extract(Document document) {
    String text = document.text();
    List<Raw> raws = find(text, document.paragraphs());
    if (raws.isEmpty()) {
      return ImmutableList.copyOf(Transcript.quotations(document, List.of()));
    }
    int[][] regions = new int[raws.size()][];
    int[] lastParagraph = new int[raws.size()];
    boolean[] endsSentence = new boolean[raws.size()];
    for (int i = 0; i < raws.size(); i++) {
      Raw r = raws.get(i);
      regions[i] = new int[] {r.open(), r.regionEnd()};
      lastParagraph[i] = r.lastParagraph();
      int[] last = r.parts().get(r.parts().size() - 1);
      endsSentence[i] = ".!?".indexOf(text.charAt(last[1] - 1)) >= 0;
    }
    AttributionText words = AttributionText.read(text, document.paragraphs(), regions, lastParagraph, endsSentence);
    SpeakerResolver resolver = new SpeakerResolver(words, raws.size());
    List<Quotation> out = new ArrayList<>();
    for (int i = 0; i < raws.size(); i++) {
      Raw r = raws.get(i);
      int[] first = r.parts().get(0);
      SpeakerResolver.Attribution a =
          resolver.resolve(i, first[0], first[1], r.firstParagraph(), r.lastParagraph());
      out.add(quotation(document, r, a));
    }
    out.addAll(Transcript.quotations(document, raws.stream().map(Raw::open).toList()));
    out.sort(Comparator.comparing(Quotation::span));
    return ImmutableList.copyOf(out);
  }

  /**
   * A quotation of the words in [start, end) as its own part, said by {@code speaker} (a transcript's
   * answer, which no marks enclose).
   */
  static Quotation unmarked(Document document, int start, int end, Optional<String> speaker, Optional<Span> speakerSpan) {
    ImmutableList.Builder<Token> words = ImmutableList.builder();
    addWords(document, start, end, words);
    Span span = document.span(start, end);
    return new Quotation(span, document.text(start, end), sentenceIndex(document, start), ImmutableList.of(span),
        words.build(), speaker, speakerSpan, Optional.empty(), Optional.empty(), false);
  }

  private static Quotation quotation(Document document, Raw r, SpeakerResolver.Attribution a) {
    ImmutableList.Builder<Span> parts = ImmutableList.builder();
    ImmutableList.Builder<Token> words = ImmutableList.builder();
    for (int[] p : r.parts()) {
      parts.add(document.span(p[0], p[1]));
      addWords(document, p[0], p[1], words);
    }
    int start = r.parts().get(0)[0];
    int end = r.parts().get(r.parts().size() - 1)[1];
    return new Quotation(
        document.span(start, end),
        document.text(start, end),
        sentenceIndex(document, start),
        parts.build(),
        words.build(),
        name(a.speaker()),
        span(document, a.speaker()),
        name(a.source()),
        span(document, a.source()));
  }

  private static Optional<String> name(Entity e) {
    return e == null || e.name() == null ? Optional.empty() : Optional.of(e.name());
  }

  private static Optional<Span> span(Document document, Entity e) {
    return e == null || e.end() <= e.start() ? Optional.empty() : Optional.of(document.span(e.start(), e.end()));
  }

  private static int sentenceIndex(Document document, int offset) {
    Optional<Sentence> s = document.sentenceAt(offset);
    if (s.isPresent()) {
      return s.get().index();
    }
    // The offset falls between sentences (the tokenizer left the mark out): take the next one.
    List<Sentence> all = document.sentences();
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return all.isEmpty() ? 0 : Math.min(lo, all.size() - 1);
  }

  /**
   * Adds the words, numbers, ampersands and ellipses of [start, end) that are not inside [square
   * brackets].
   */
  private static void addWords(Document document, int start, int end, ImmutableList.Builder<Token> out) {
    String text = document.text();
    List<int[]> brackets = new ArrayList<>();
    int depth = 0;
    int openedAt = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '[') {
        if (depth++ == 0) {
          openedAt = i;
        }
      } else if (c == ']' && depth > 0 && --depth == 0) {
        brackets.add(new int[] {openedAt, i + 1});
      }
    }
    List<Token> tokens = document.tokens();
    int b = 0;
    for (int k = document.tokenIndexAt(start); k < tokens.size() && tokens.get(k).start() < end; k++) {
      Token tok = tokens.get(k);
      // "&" is the word "and" written as a sign ("safe & effective"), so it is one of the words.
      if (tok.kind() != Token.Kind.WORD && tok.kind() != Token.Kind.NUMBER && tok.kind() != Token.Kind.ELLIPSIS
          && !tok.norm().equals("&")) {
        continue;
      }
      while (b < brackets.size() && brackets.get(b)[1] <= tok.start()) {
        b++;
      }
      if (b < brackets.size() && brackets.get(b)[0] <= tok.start()) {
        continue;
      }
      out.add(tok);
    }
  }

  /** One quoted run, trimmed: [start, end), its opening mark and its paragraph. */
  private record Part(int start, int end, int open, int paragraph) {}

  /** The quotations of the text, in text order, before attribution. */
  private static List<Raw> find(String text, List<Paragraph> paragraphs) {
    List<Raw> raws = new ArrayList<>();
    List<Part> chain = null;
    for (Paragraph p : paragraphs) {
      List<Run> runs = QuoteMarks.scan(text, p.start(), p.end());
      int k = 0;
      if (chain != null) {
        Run first = runs.isEmpty() ? null : runs.get(0);
        if (first != null && first.open() == firstVisible(text, p)
            && QuoteMarks.family(text.charAt(first.open())) == Family.DOUBLE) {
          addPart(text, first, p.index(), chain);
          k = 1;
          if (first.closed()) {
            addRaw(raws, chain, first.regionEnd());
            chain = null;
          } else if (!first.atParagraphEnd()) {
            splitChain(raws, chain);
            chain = null;
          }
        } else {
          splitChain(raws, chain);
          chain = null;
        }
      }
      for (; k < runs.size(); k++) {
        Run r = runs.get(k);
        List<Part> parts = new ArrayList<>();
        addPart(text, r, p.index(), parts);
        if (r.atParagraphEnd() && QuoteMarks.family(text.charAt(r.open())) == Family.DOUBLE) {
          chain = parts;
        } else {
          addRaw(raws, parts, r.regionEnd());
        }
      }
    }
    if (chain != null) {
      splitChain(raws, chain);
    }
    raws.sort(Comparator.comparingInt(Raw::open));
    return raws;
  }

  /** A chain never closed: each paragraph's part is a quotation ending at its paragraph's end. */
  private static void splitChain(List<Raw> raws, List<Part> chain) {
    for (Part part : chain) {
      addRaw(raws, List.of(part), part.end());
    }
  }

  private static void addRaw(List<Raw> raws, List<Part> parts, int regionEnd) {
    if (parts.isEmpty()) {
      return;
    }
    List<int[]> spans = new ArrayList<>();
    for (Part part : parts) {
      spans.add(new int[] {part.start(), part.end()});
    }
    Part first = parts.get(0);
    Part last = parts.get(parts.size() - 1);
    raws.add(new Raw(spans, first.open(), Math.max(regionEnd, last.end()), first.paragraph(), last.paragraph()));
  }

  private static int firstVisible(String text, Paragraph p) {
    int i = p.start();
    while (i < p.end() && QuoteMarks.isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Adds the run's characters, marks excluded and trimmed of blanks, if anything is left. */
  private static void addPart(String text, Run run, int paragraph, List<Part> parts) {
    int s = run.open() + 1;
    int e = run.end();
    while (s < e && QuoteMarks.isBlank(text.charAt(s))) {
      s++;
    }
    while (e > s && QuoteMarks.isBlank(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      parts.add(new Part(s, e, run.open(), paragraph));
    }
  }
}
