package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.Crosscheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A news page saved as HTML is read for its article's text; offsets point into that text. */
class HtmlInputTest {
  private static final String PAGE = """
      <!DOCTYPE html><html><head><title>Talks | The Daily</title>
      <style>p { margin: 5px }</style><script>var retries = 5; window.x = "12 hours";</script></head>
      <body><header><nav><a href="/">Home</a> <a href="/world">World: 7 stories</a></nav></header>
      <aside>Most read: 3 ways to save</aside>
      <article><h1>Leaders meet on the island</h1>
      <p>The two leaders met for nearly five hours&nbsp;on Thursday, officials said.</p>
      <p>Kim called the talks &ldquo;very meaningful&rdquo; &amp; thanked his host.<br>He left on Friday.</p>
      <figure><img src="x.jpg" alt="9 photos"><figcaption>Kim and Putin in Vladivostok</figcaption></figure>
      </article>
      <footer>&copy; 2019 The Daily. 24 hours a day.</footer></body></html>
      """;

  @TempDir Path dir;

  @Test
  void theArticleIsReadWithoutMarkupScriptsOrFurniture() {
    String text = HtmlText.extract(PAGE);
    assertThat(text).startsWith("Leaders meet on the island\n\nThe two leaders met for nearly five hours\u00a0on Thursday")
        .contains("“very meaningful” & thanked his host.\nHe left on Friday.")
        .contains("\n\nKim and Putin in Vladivostok")
        .doesNotContain("retries", "12 hours", "Home", "7 stories", "Most read", "24 hours", "<", "&ldquo;", "9 photos");
  }

  @Test
  void withoutAnArticleTheMainOrTheBodyIsRead() {
    assertThat(HtmlText.extract("<body><nav>Menu</nav><main><p>One.</p><p>Two.</p></main><p>Outside</p></body>"))
        .isEqualTo("One.\n\nTwo.");
    assertThat(HtmlText.extract("<p>Only   a\n body</p>")).isEqualTo("Only a body");
    assertThat(HtmlText.extract("")).isEmpty();
  }

  @Test
  void aPageNextToATextFileIsCheckedAndItsOffsetsPointIntoItsText() throws IOException {
    Path page = Files.writeString(dir.resolve("daily.html"), PAGE, UTF_8);
    Path wire = Files.writeString(dir.resolve("wire.txt"), "The two leaders met for three hours on Thursday.", UTF_8);
    CliTest.Run r = CliTest.run(Crosscheck.standard(), "check", "--format", "json", page.toString(), wire.toString());
    assertThat(r.status()).isEqualTo(Cli.OK);
    JsonNode root = r.json();
    JsonNode daily = root.path("reports").get(0);
    assertThat(daily.path("source").asText()).isEqualTo("html");
    String text = daily.path("text").asText();
    assertThat(text).isEqualTo(HtmlText.extract(PAGE));
    assertThat(root.path("reports").get(1).has("text")).isFalse();
    JsonNode meeting = root.path("divergences").get(0);
    assertThat(meeting.path("message").asText()).contains("nearly five hours", "three hours");
    for (JsonNode e : meeting.path("evidence")) {
      if (e.path("report").asText().equals("daily")) {
        assertThat(text.substring(e.path("start").asInt(), e.path("end").asInt())).isEqualTo(e.path("text").asText());
      }
    }
    // the 5 of the script and the 24 hours of the footer are no facts of the report
    CliTest.Run facts = CliTest.run(Crosscheck.standard(), "facts", page.toString());
    assertThat(facts.out()).doesNotContain("24 hours", "12 hours", "retries");
  }

  @Test
  void aDirectoryReadsItsTextFilesNotItsPages() throws IOException {
    // a page of findings saved beside the reports must not become a report
    Path cluster = Files.createDirectories(dir.resolve("cluster"));
    Files.writeString(cluster.resolve("a.txt"), "The two leaders met for nearly five hours on Thursday.", UTF_8);
    Files.writeString(cluster.resolve("b.txt"), "The two leaders met for three hours on Thursday.", UTF_8);
    CliTest.Run page = CliTest.run(Crosscheck.standard(), "check", "--format", "html", "--out",
        cluster.resolve("page.html").toString(), cluster.toString());
    assertThat(page.status()).isEqualTo(Cli.OK);
    CliTest.Run r = CliTest.run(Crosscheck.standard(), "check", "--format", "json", cluster.toString());
    assertThat(r.json().path("reports")).hasSize(2);
  }

  @Test
  void aPageWithoutArticleTextIsAClearError() throws IOException {
    Path page = Files.writeString(dir.resolve("app.html"), "<html><body><div id=app></div><script>render()</script></body></html>", UTF_8);
    Path wire = Files.writeString(dir.resolve("wire.txt"), "Text.", UTF_8);
    CliTest.Run r = CliTest.run(Crosscheck.standard(), "check", page.toString(), wire.toString());
    assertThat(r.status()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("no article text found in");
  }

  @Test
  void aBatchReportMayGiveHtmlInsteadOfText() throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
    var line = m.createObjectNode().put("cluster", "summit");
    var reports = line.putArray("reports");
    reports.addObject().put("id", "daily").put("html", PAGE);
    reports.addObject().put("id", "wire").put("text", "The two leaders met for three hours on Thursday.");
    var both = m.createObjectNode().put("cluster", "bad");
    both.putArray("reports").addObject().put("id", "x").put("html", "<p>a</p>").put("text", "a");
    Path in = Files.writeString(dir.resolve("in.jsonl"), m.writeValueAsString(line) + "\n" + m.writeValueAsString(both) + "\n", UTF_8);
    Path out = dir.resolve("out.jsonl");
    CliTest.Run r = CliTest.run(Crosscheck.standard(), "batch", in.toString(), out.toString());
    assertThat(r.status()).isEqualTo(Cli.SOME_FAILED);
    var lines = Files.readAllLines(out, UTF_8);
    JsonNode first = m.readTree(lines.get(0));
    assertThat(first.path("reports").get(0).path("text").asText()).isEqualTo(HtmlText.extract(PAGE));
    assertThat(first.path("divergences")).isNotEmpty();
    assertThat(m.readTree(lines.get(1)).path("error").asText()).contains("both \"text\" and \"html\"");
  }
}
