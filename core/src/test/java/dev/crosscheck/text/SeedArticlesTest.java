package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crosscheck.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five real seed articles from the shared folder (skipped when it is absent). Only the shapes are
 * checked here: what is set aside, where sentences end, which phrases stay in one sentence.
 */
class SeedArticlesTest {

  private static final DocumentReader READER = new DocumentReader();
  private static Path seeds;

  @BeforeAll
  static void findSeeds() {
    seeds = Shared.folder().map(s -> s.resolve("seeds")).filter(Files::isDirectory).orElse(null);
  }

  private static Document seed(String prefix) throws IOException {
    assumeTrue(seeds != null, "no shared seeds folder");
    try (Stream<Path> files = Files.list(seeds)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
      assumeTrue(file != null, "no seed " + prefix);
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return READER.read(new Report(file.getFileName().toString(), text));
    }
  }

  private static List<String> ignored(Document d) {
    return d.ignored().stream().map(s -> s.text(d.text())).collect(Collectors.toList());
  }

  /** The phrase occurs and every occurrence lies inside one sentence. */
  private static void assertInOneSentence(Document d, String phrase) {
    int at = d.text().indexOf(phrase);
    assertThat(at).as("%s occurs in %s", phrase, d.id()).isGreaterThanOrEqualTo(0);
    for (; at >= 0; at = d.text().indexOf(phrase, at + 1)) {
      Optional<Sentence> s = d.sentenceAt(at);
      assertThat(s).as("%s in a sentence of %s", phrase, d.id()).isPresent();
      assertThat(s.get().end()).as("%s in one sentence of %s", phrase, d.id())
          .isGreaterThanOrEqualTo(at + phrase.length());
    }
  }

  /** No sentence starts right after a title or an acronym, and the count is plausible for the text. */
  private static void assertPlausibleSentences(Document d, int min, int max) {
    assertThat(d.sentences()).as("sentences of %s", d.id()).hasSizeBetween(min, max);
    for (Sentence s : d.sentences()) {
      String before = d.text().substring(Math.max(0, s.start() - 6), s.start()).stripTrailing();
      assertThat(before).as("text before sentence %s of %s", s.index(), d.id())
          .doesNotEndWith(" Mr").doesNotEndWith(" Mr.").doesNotEndWith("U.S.").doesNotEndWith(" Dr.");
      String first = d.text(s.start(), s.end());
      assertThat(Character.isLowerCase(first.codePointAt(0))).as("sentence %s of %s: %s", s.index(), d.id(), first)
          .isFalse();
    }
    DocumentInvariants.check(d, d.id());
  }

  @Test
  void seed000() throws IOException {
    Document d = seed("000");
    assertThat(d.ignored()).isEmpty();
    assertInOneSentence(d, "more than three hours");
    assertInOneSentence(d, "four hours earlier");
    assertInOneSentence(d, "DPRK [the acronym");
    assertPlausibleSentences(d, 15, 25);
    // the US' future attitude: the apostrophe closes nothing but is a quote mark of its own
    int at = d.text().indexOf("US' future");
    Token us = d.tokens().get(d.tokenIndexAt(at));
    Token mark = d.tokens().get(us.index() + 1);
    assertThat(us.norm()).isEqualTo("us");
    assertThat(mark.kind()).isEqualTo(Token.Kind.QUOTE);
    assertThat(mark.start()).isEqualTo(at + 2);
  }

  @Test
  void seed001() throws IOException {
    Document d = seed("001");
    assertThat(ignored(d)).contains("date 2019-04-26");
    assertThat(d.text(d.paragraphs().get(0).start(), d.paragraphs().get(0).end())).startsWith("Kim Jong holds summit");
    // the standfirst that the next paragraph repeats in full is set aside once
    assertThat(ignored(d)).anyMatch(s -> s.startsWith("Kim and Putin met on Thursday") && !s.endsWith("."));
    assertInOneSentence(d, "nearly five hours");
    assertInOneSentence(d, "to... return");
    assertInOneSentence(d, "critical point,” the");
    assertPlausibleSentences(d, 15, 25);
  }

  @Test
  void seed002() throws IOException {
    Document d = seed("002");
    List<String> ignored = ignored(d);
    assertThat(ignored).anyMatch(s -> s.startsWith("Home") && s.contains("News"));
    assertThat(ignored).filteredOn(s -> s.startsWith("TRUMP (right)")).hasSize(2);
    assertThat(d.paragraphs()).extracting(p -> d.text(p.start(), p.end()))
        .filteredOn(p -> p.startsWith("Kim tells Putin")).hasSize(1);
    assertInOneSentence(d, "nearly five hours of meetings");
    assertInOneSentence(d, "critical point,” the");
    assertPlausibleSentences(d, 10, 20);
  }

  @Test
  void seed003() throws IOException {
    Document d = seed("003");
    List<String> ignored = ignored(d);
    assertThat(ignored).hasSize(1);
    assertThat(ignored.get(0)).startsWith("COMMENTS");
    assertThat(d.ignored().get(0).end()).isEqualTo(d.text().stripTrailing().length());
    assertInOneSentence(d, "three hours");
    assertInOneSentence(d, "the U.S. took a");
    assertInOneSentence(d, "DPRK-U.S. summit talks");
    assertInOneSentence(d, "develop … security");
    // a short sentence between two others ends right after its full stop
    int occasions = d.text().indexOf("two occasions.");
    assertThat(d.sentenceAt(occasions).get().end()).isEqualTo(occasions + "two occasions.".length());
    assertPlausibleSentences(d, 25, 40);
    Token dprk = d.tokens().get(d.tokenIndexAt(d.text().indexOf("DPRK-U.S.")));
    assertThat(d.tokens().subList(dprk.index(), dprk.index() + 3)).extracting(Token::norm)
        .containsExactly("dprk", "-", "us");
  }

  @Test
  void seed004() throws IOException {
    Document d = seed("004");
    List<String> ignored = ignored(d);
    assertThat(ignored).startsWith("fb pixel", "Log In", "Reset Password");
    assertThat(ignored).hasSize(4);
    assertThat(ignored.get(3)).endsWith("(AP Photo/Alexander Khitrov)");
    assertInOneSentence(d, "about 4 1/2 hours earlier than planned");
    assertInOneSentence(d, "the U.S. on");
    assertInOneSentence(d, "more than 10,000 North Korean laborers");
    assertPlausibleSentences(d, 20, 35);
    int at = d.text().indexOf("4 1/2 hours");
    int i = d.tokenIndexAt(at);
    assertThat(d.tokens().subList(i, i + 3)).extracting(Token::norm).containsExactly("4", "1/2", "hours");
    assertThat(d.tokens().subList(i, i + 3)).extracting(Token::kind)
        .containsExactly(Token.Kind.NUMBER, Token.Kind.NUMBER, Token.Kind.WORD);
  }
}
