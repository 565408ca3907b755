package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.CheckResult;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.rule.Divergence;
import dev.crosscheck.text.Report;
import dev.crosscheck.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page: its contract (one element per evidence span, exactly its text), escaping, self-containment. */
class HtmlOutputTest {
  @TempDir Path dir;

  /** Every evidence span of divergence N in report R is one element with data-divergence=N in R's column, text exact. */
  static void assertContract(CheckResult result, Document page) {
    for (Report r : result.reports()) {
      assertThat(page.select("[data-report]").stream().filter(e -> e.attr("data-report").equals(r.id()))).hasSize(1);
    }
    int elements = 0;
    for (int n = 0; n < result.divergences().size(); n++) {
      Divergence d = result.divergences().get(n);
      for (Span s : d.evidence().stream().distinct().toList()) {
        String want = s.text(result.reports().stream().filter(r -> r.id().equals(s.reportId())).findFirst().orElseThrow().text());
        Element column = page.select("[data-report]").stream().filter(e -> e.attr("data-report").equals(s.reportId()))
            .findFirst().orElseThrow();
        Elements found = column.select("[data-divergence=" + n + "]");
        assertThat(found.stream().map(Element::wholeText)).as("divergence %s in %s", n, s.reportId()).contains(want);
      }
      elements += page.select("[data-divergence=" + n + "]").size();
    }
    long spans = result.divergences().stream().mapToLong(d -> d.evidence().stream().distinct().count()).sum();
    assertThat(elements).isEqualTo((int) spans);
  }

  @Test
  void theExamplePageKeepsTheContract() {
    CheckResult result = Crosscheck.standard().check(ExampleCluster.reports());
    String html = HtmlOutput.page(result);
    Document page = Jsoup.parse(html);
    assertContract(result, page);
    assertThat(page.select("li.divergence")).hasSize(result.divergences().size());
    assertThat(page.select("#coverage table tbody tr")).hasSize(result.coverage().shared().size());
    assertThat(page.title()).contains("4 divergences");
  }

  @Test
  void nothingFromTheReportsRunsOrBreaksThePage() {
    String hostile = "Police said 40 people died. <script>alert(1)</script></div></article> & \"quoted\" 'single'"
        + " \u202Eevil\u202C <img src=x onerror=alert(2)>";
    List<Report> reports = List.of(new Report("a<b>\"", hostile), new Report("b", "Police said 55 people died. &amp; </html>"));
    CheckResult result = Crosscheck.standard().check(reports);
    String html = HtmlOutput.page(result);
    Document page = Jsoup.parse(html);
    assertThat(page.select("script")).hasSize(1); // our own, at the end
    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("article")).hasSize(2);
    Element a = page.select("[data-report]").first();
    assertThat(a.attr("data-report")).isEqualTo("a<b>\"");
    assertThat(a.selectFirst(".text").wholeText()).isEqualTo(hostile);
    assertThat(page.select("[data-report=b] .text").first().wholeText()).isEqualTo("Police said 55 people died. &amp; </html>");
    assertContract(result, page);
  }

  @Test
  void thePageNeedsNothingFromTheNetwork() {
    String html = HtmlOutput.page(Crosscheck.standard().check(ExampleCluster.reports()));
    Document page = Jsoup.parse(html);
    assertThat(page.select("link, script[src], img[src], iframe, object, embed")).isEmpty();
    assertThat(html).doesNotContain("http://", "https://", "@import", "url(");
  }

  @Test
  void nestedAndCrossingEvidenceEachStayOneElement() {
    // spans of three made-up divergences over one text: [0,20), [5,10) inside it, [15,30) crossing it
    CheckResult base = Crosscheck.standard().check(List.of(new Report("a", "abcdefghijklmnopqrstuvwxyz0123456789"),
        new Report("b", "x")));
    List<Divergence> made = List.of(divergence(0, 20), divergence(5, 10), divergence(15, 30));
    CheckResult result = new CheckResult(base.documents(), base.alignment(), com.google.common.collect.ImmutableList.copyOf(made));
    Document page = Jsoup.parse(HtmlOutput.page(result));
    assertContract(result, page);
    assertThat(page.select("[data-crossing]")).hasSize(1);
    assertThat(page.select("[data-report=a] [data-divergence=0] [data-divergence=1]")).hasSize(1);
  }

  private static Divergence divergence(int start, int end) {
    Span s = new Span("a", start, end);
    return new Divergence("quantity-mismatch", "quantity", dev.crosscheck.rule.Severity.VARIANT, "made up",
        com.google.common.collect.ImmutableList.of(new dev.crosscheck.rule.Reading("x", com.google.common.collect.ImmutableList.of(s)),
            new dev.crosscheck.rule.Reading("y", com.google.common.collect.ImmutableList.of(new Span("b", 0, 1)))));
  }

  @Test
  void checkWritesThePageToAFile() throws IOException {
    Path out = dir.resolve("page.html");
    CliTest.Run r = CliTest.run(Crosscheck.standard(), "check", "--example", "--format", "html", "--out", out.toString());
    assertThat(r.status()).isEqualTo(Cli.OK);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out, UTF_8)).startsWith("<!DOCTYPE html>").contains("data-divergence=\"0\"");
  }

  @Test
  void factsAndRulesHaveNoPage() {
    CliTest.Run r = CliTest.run(Crosscheck.standard(), "facts", "--example", "--format", "html");
    assertThat(r.status()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("--format html is for check");
  }
}
