package dev.crosscheck.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crosscheck.text.DocumentReader;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Token;
import dev.crosscheck.testing.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five real seed reports, when ../shared is there; skipped otherwise. */
class QuotationSeedsTest {

  private static final Map<String, String> TEXTS = new TreeMap<>();
  private static final Map<String, List<Quotation>> QUOTATIONS = new TreeMap<>();

  @BeforeAll
  static void readSeeds() throws IOException {
    Path seeds = Shared.folder().map(s -> s.resolve("seeds")).filter(Files::isDirectory).orElse(null);
    if (seeds == null) {
      return;
    }
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String id = f.getFileName().toString().substring(0, 3);
        String text = Files.readString(f);
        TEXTS.put(id, text);
        QUOTATIONS.put(id, new QuotationExtractor().extract(new DocumentReader().read(new Report(id, text))));
      }
    }
  }

  private static List<String> norms(Quotation q) {
    return q.words().stream().map(Token::norm).toList();
  }

  private static Quotation guardQuotation(String id) {
    return QUOTATIONS.get(id).stream()
        .filter(q -> norms(q).contains("itself") && (norms(q).contains("guard") || norms(q).contains("gird")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no guard/gird quotation in " + id));
  }

  @Test
  void everyQuotationIsItsOriginalCharacters() {
    assumeTrue(QUOTATIONS.size() == 5, "../shared/seeds not found");
    QUOTATIONS.forEach((id, all) -> {
      assertThat(all).as(id).isNotEmpty();
      for (Quotation q : all) {
        assertThat(q.text()).as(id).isEqualTo(TEXTS.get(id).substring(q.span().start(), q.span().end()));
        q.speakerSpan().ifPresent(s -> assertThat(q.speaker()).contains(s.text(TEXTS.get(id))));
        q.sourceSpan().ifPresent(s -> assertThat(q.source()).contains(s.text(TEXTS.get(id))));
      }
    });
  }

  @Test
  void theGuardOrGirdQuotationIsKimsAndCreditedToItsSource() {
    assumeTrue(QUOTATIONS.size() == 5, "../shared/seeds not found");
    for (String id : List.of("000", "001", "003")) {
      assertThat(guardQuotation(id).speaker()).as(id).hasValueSatisfying(s -> assertThat(s).contains("Kim"));
    }
    assertThat(guardQuotation("000").source()).hasValueSatisfying(s -> assertThat(s).isIn("KCNA", "Korean Central News Agency"));
    assertThat(guardQuotation("001").source()).hasValueSatisfying(s -> assertThat(s).isIn("KCNA", "Korean Central News Agency"));
    assertThat(guardQuotation("003").source()).hasValueSatisfying(s -> assertThat(s).contains("Ministry"));
  }

  @Test
  void theBracketedInsertionIsNoQuotedWord() {
    assumeTrue(QUOTATIONS.size() == 5, "../shared/seeds not found");
    Quotation q = guardQuotation("000");
    assertThat(q.text()).contains("[");
    assertThat(norms(q)).contains("dprk", "will", "guard").doesNotContain("acronym", "formal");
  }

  @Test
  void badFaithIsQuotedInEveryReport() {
    assumeTrue(QUOTATIONS.size() == 5, "../shared/seeds not found");
    QUOTATIONS.forEach((id, all) ->
        assertThat(all).as(id).anySatisfy(q -> assertThat(q.text()).containsIgnoringCase("bad faith")));
  }

  @Test
  void theMixedMarksOfTheSeedsPair() {
    assumeTrue(QUOTATIONS.size() == 5, "../shared/seeds not found");
    // ” used as an opening mark (002), a straight " closing a “ (000), an apostrophe inside (000).
    assertThat(QUOTATIONS.get("002")).extracting(Quotation::text).contains("bad faith", "biggest prize");
    assertThat(QUOTATIONS.get("000")).extracting(Quotation::text).contains("convenient time");
    assertThat(guardQuotation("000").text()).contains("US' future").endsWith("situation");
    assertThat(QUOTATIONS.get("000")).extracting(Quotation::text).contains("in bad faith", "critical point");
  }
}
