package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DebrisCleanerTest {

  private static final DocumentReader READER = new DocumentReader();

  private static Document read(String text) {
    return READER.read(new Report("d", text));
  }

  private static List<String> ignored(String text) {
    return read(text).ignored().stream().map(s -> s.text(text)).collect(Collectors.toList());
  }

  private static List<String> paragraphs(String text) {
    return read(text).paragraphs().stream().map(p -> text.substring(p.start(), p.end())).collect(Collectors.toList());
  }

  @Test
  void paragraphsAreTrimmedLinesWithOffsetsIntoTheOriginal() {
    // "A" at 2, "Bb cc" at 8..13, then \r\n, a no-break space and a line separator, "Dd." at 19..22
    String text = "  A\t\n\n  Bb cc  \r\n\u00A0\u2028Dd.";
    Document d = read(text);
    assertThat(d.paragraphs()).extracting(Paragraph::start).containsExactly(2, 8, 19);
    assertThat(d.paragraphs()).extracting(Paragraph::end).containsExactly(3, 13, 22);
    assertThat(d.paragraphs()).extracting(Paragraph::index).containsExactly(0, 1, 2);
    assertThat(d.ignored()).isEmpty();
  }

  @Test
  void pageControlsAreSetAsideWithExactSpans() {
    // "fb pixel" 0..8, "Log In" 10..16, "Kim left." 18..27, "Reset Password" 28..42
    String text = "fb pixel\n\nLog In\n\nKim left.\nReset Password";
    Document d = read(text);
    assertThat(d.ignored()).containsExactly(new Span("d", 0, 8), new Span("d", 10, 16), new Span("d", 28, 42));
    assertThat(paragraphs(text)).containsExactly("Kim left.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "fb pixel", "Log In", "Reset Password", "Advertisement", "ADVERTISEMENT", "Send this page to someone via email",
      "Share this", "Share", "Click here to read more", "CLICK HERE TO GET THE FOX NEWS APP",
      "Sign up for our daily newsletter", "Sign up for BREAKING NEWS Emails privacy policy Thanks for subscribing!",
      "Follow us on Twitter", "Follow @somebody on Twitter", "Story continues below advertisement",
      "Advertisement Continue reading the main story", "Read more:", "RELATED: Another story about something",
      "Related stories:", "Top of Page", "Text Size -", "Home » News » A headline",
      "World › Asia › Korea › Story",
      "***", "___", "|", "—", "Photo: Jane Doe", "Image caption A man walks past", "toggle caption Jay Reed/NPR",
      "Jonathan Ernst/Reuters", "April Baer / OPB", "Rich Fury/Getty Images for Citi", "Getty Images", "AP",
      "The Associated Press contributed to this report.", "(Reporting by A. Writer; Editing by B. Editor)",
      "Write to Jane Doe at jane.doe@example.com", "janedoe@example.com", "Read or Share this story: https://x.y/z",
      "Copyright 2019 Some Station", "© 2017 Some Station. All Rights Reserved.",
      "TRUMP (right) and Kim Jong Un (left)", "Kim Jong Un (L) and Vladimir Putin (R) shake hands.",
      "Leaders meet in Vladivostok on Thursday. (AP Photo/Some Photographer)",
      "The two leaders shake hands during the talks. Photo: Some Agency",
      "A guard stands by the train in Vladivostok. Some Photographer/Getty Images",
      "CHINA CRITICIZES PENTAGON AFTER OFFICIAL VISIT", "WATCH: The leaders arrive",
      "Download the Example News app for Apple or Android"})
  void debrisLinesAreSetAside(String line) {
    String text = "Kim met Putin on Thursday.\n" + line + "\nThe talks lasted three hours.";
    assertThat(ignored(text)).as("ignored of %s", line).containsExactly(line);
    assertThat(paragraphs(text)).containsExactly("Kim met Putin on Thursday.", "The talks lasted three hours.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Kim left about 4 1/2 hours earlier than planned, Russian news agencies reported.",
      "VLADIVOSTOK, Russia (AP) — Kim boarded his private train Friday.",
      "LONDON (Reuters) - The talks ended.",
      "Sen. John Smith (R) said the talks were useful.",
      "Kim (pictured) arrived by train on Wednesday.",
      "Trump (right) said on Thursday that the talks went well.",
      "“Share this document,” the flyer says.",
      "He refused to sign up for the program.",
      "Rose McGowan pushes back on critics of her Fox News appearance",
      "Getty Images, the photo agency, said on Tuesday it would cut jobs.",
      "Home is where the heart is, he said.",
      "Follow the money, he said.",
      "More than 10,000 North Korean workers must leave Russia.",
      "Comments by the minister drew criticism.",
      "RUSSIA",
      "He added that “the DPRK will guard itself.”",
      "Kim tells Putin: US acted in ‘bad faith’ at Hanoi talks"})
  void proseIsKept(String line) {
    String text = "Kim met Putin on Thursday.\n" + line;
    assertThat(ignored(text)).as("ignored of %s", line).isEmpty();
    assertThat(paragraphs(text)).containsExactly("Kim met Putin on Thursday.", line);
  }

  @Test
  void laterCopiesOfALineAreSetAside() {
    // copies at 0..17, 19..36 and (with two blanks) 47..65
    String text = "Kim leaves Russia\n\nKim leaves Russia\n\nHe left.\nKim leaves  Russia";
    Document d = read(text);
    assertThat(d.ignored()).containsExactly(new Span("d", 19, 36), new Span("d", 47, 65));
    assertThat(paragraphs(text)).containsExactly("Kim leaves Russia", "He left.");
  }

  @Test
  void aTeaserRepeatedByALaterParagraphIsSetAside() {
    String teaser = "Kim and Putin met on Thursday in the Russian port of Vladivostok";
    String text = "Headline\n\n" + teaser + "\n\n" + teaser + " for their first summit.\n\nMore text here.";
    assertThat(ignored(text)).containsExactly(teaser);
    assertThat(paragraphs(text)).containsExactly("Headline", teaser + " for their first summit.", "More text here.");
  }

  @Test
  void commentsAndEverythingAfterAreSetAsideAsOneSpan() {
    // "COMMENTS" starts at 16; the last character, "." of "Thanks.", ends at 49
    String text = "The talks end.\n\nCOMMENTS\nPlease be civil. Thanks.\n\n";
    Document d = read(text);
    assertThat(d.ignored()).containsExactly(new Span("d", 16, 49));
    assertThat(paragraphs(text)).containsExactly("The talks end.");
    assertThat(ignored("A.\n12 Comments\nB.")).containsExactly("12 Comments\nB.");
  }

  @Test
  void aDatePrefixIsSetAsideAndTheHeadlineKept() {
    //            0         1         2         3
    //            0123456789012345678901234567890123456
    String text = " date 2019-04-26 Kim Jong holds summit\n\nKim met Putin.";
    Document d = read(text);
    assertThat(d.ignored()).containsExactly(new Span("d", 1, 16));
    assertThat(d.paragraphs().get(0).start()).isEqualTo(17);
    assertThat(paragraphs(text)).containsExactly("Kim Jong holds summit", "Kim met Putin.");
    assertThat(ignored("date 2019-04-26\nKim met Putin.")).containsExactly("date 2019-04-26");
    assertThat(ignored("dated 2019-04-26 letters")).isEmpty();
  }

  @Test
  void anEmptyOrBlankReportHasNothing() {
    for (String text : new String[] {"", " ", "\n\n\r\n", "\u200B\u00A0"}) {
      Document d = read(text);
      assertThat(d.paragraphs()).isEmpty();
      assertThat(d.sentences()).isEmpty();
      assertThat(d.tokens()).isEmpty();
    }
  }

  @Test
  void reasonsNameTheRule() {
    assertThat(DebrisRules.reason("Home » News » Story")).isEqualTo("breadcrumb");
    assertThat(DebrisRules.reason("Log In")).isEqualTo("page control");
    assertThat(DebrisRules.reason("(AP Photo/Alexander Khitrov)")).isEqualTo("credit");
    assertThat(DebrisRules.reason("Guards pass the limousine in Vladivostok. (AP Photo/Alexander Khitrov)"))
        .isEqualTo("caption");
    assertThat(DebrisRules.reason("Kim met Putin.")).isNull();
  }
}
