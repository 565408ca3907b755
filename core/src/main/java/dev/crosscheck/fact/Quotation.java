package dev.crosscheck.fact;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.text.Span;
import dev.crosscheck.text.Token;
import java.util.Optional;

/**
 * A direct quotation: the words between quotation marks (continued across paragraphs where a
 * paragraph opens a quotation and does not close it), who said them and who reports them.
 *
 * @param span from the first quoted character to the last, marks excluded; a quotation continued
 *     across paragraphs spans the text between its parts too
 * @param text the original characters of {@code span}
 * @param sentence index of the sentence where the quotation opens
 * @param parts the quoted runs, marks excluded, in text order (one per paragraph it runs through)
 * @param words the quoted tokens that count for comparison: words, numbers and ellipsis tokens;
 *     words inside [square brackets] (editorial insertions) are left out
 * @param speaker who said it as the report names them ("Kim Jong Un", "Putin"), pronouns resolved
 *     where the report allows; empty when unknown
 * @param speakerSpan where the speaker is named for this quotation, if anywhere near it
 * @param source who reports it ("KCNA", "the Ministry of Foreign Affairs"), "the agency" resolved
 *     to the agency named before; empty when unknown
 * @param sourceSpan where the source is named for this quotation, if near it
 * @param inMarks whether quotation marks enclose it; false for a turn of an interview printed as a
 *     transcript ("MD: I just think ..."), which is its speaker's words without marks
 */
public record Quotation(
    Span span,
    String text,
    int sentence,
    ImmutableList<Span> parts,
    ImmutableList<Token> words,
    Optional<String> speaker,
    Optional<Span> speakerSpan,
    Optional<String> source,
    Optional<Span> sourceSpan,
    boolean inMarks)
    implements Fact {

  /**
   * Validates the quotation.
   *
   * @param span from the first quoted character to the last, marks excluded
   * @param text the original characters of {@code span}
   * @param sentence index of the sentence where the quotation opens
   * @param parts the quoted runs, marks excluded, in text order
   * @param words the quoted tokens that count for comparison
   * @param speaker who said it as the report names them; empty when unknown
   * @param speakerSpan where the speaker is named for this quotation, if anywhere near it
   * @param source who reports it; empty when unknown
   * @param sourceSpan where the source is named for this quotation, if near it
   * @param inMarks whether quotation marks enclose it
   */
  public Quotation {
    requireNonNull(span, "span");
    requireNonNull(text, "text");
    requireNonNull(parts, "parts");
    requireNonNull(words, "words");
    requireNonNull(speaker, "speaker");
    requireNonNull(speakerSpan, "speakerSpan");
    requireNonNull(source, "source");
    requireNonNull(sourceSpan, "sourceSpan");
  }

  /**
   * A quotation in marks.
   *
   * @param span from the first quoted character to the last, marks excluded
   * @param text the original characters of {@code span}
   * @param sentence index of the sentence where the quotation opens
   * @param parts the quoted runs, marks excluded, in text order
   * @param words the quoted tokens that count for comparison
   * @param speaker who said it as the report names them; empty when unknown
   * @param speakerSpan where the speaker is named for this quotation, if anywhere near it
   * @param source who reports it; empty when unknown
   * @param sourceSpan where the source is named for this quotation, if near it
   */
  public Quotation(Span span, String text, int sentence, ImmutableList<Span> parts, ImmutableList<Token> words,
      Optional<String> speaker, Optional<Span> speakerSpan, Optional<String> source, Optional<Span> sourceSpan) {
    this(span, text, sentence, parts, words, speaker, speakerSpan, source, sourceSpan, true);
  }

  @Override
  public String type() {
    return "quotation";
  }
}
