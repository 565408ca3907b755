package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.Crosscheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page for the bundled example cluster in a real browser: Chromium, headless, renders it and
 * runs its script; the DOM it dumps keeps the contract against the JSON output of the same check,
 * and a screenshot is taken ({@code examples/target/example-page.png}). Skipped, saying so, where no
 * Chromium is found ({@code .ci/run} installs Debian's {@code chromium}; set {@code CHROMIUM} to use
 * another).
 */
class BrowserPageTest {
  private static Path chromium;
  @TempDir static Path dir;
  private static Path page;
  private static JsonNode json;

  static Optional<Path> findChromium() {
    List<String> candidates = new ArrayList<>();
    if (System.getenv("CHROMIUM") != null) {
      candidates.add(System.getenv("CHROMIUM"));
    }
    candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
        "/snap/bin/chromium"));
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  @BeforeAll
  static void writePage() throws IOException {
    chromium = findChromium().orElse(null);
    page = dir.resolve("example.html");
    CliTest.Run html = CliTest.run(Crosscheck.standard(), "check", "--example", "--format", "html", "--out", page.toString());
    assertThat(html.status()).isEqualTo(Cli.OK);
    json = CliTest.run(Crosscheck.standard(), "check", "--example", "--format", "json").json();
  }

  /** Runs Chromium headless with these arguments and the page's address; its standard output. */
  private static String chromium(String fragment, String... args) throws IOException, InterruptedException {
    assumeTrue(chromium != null, "no Chromium found (install Debian's chromium, or set CHROMIUM): browser test skipped");
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-extensions", "--user-data-dir=" + dir.resolve("profile")));
    command.addAll(List.of(args));
    command.add(page.toUri() + fragment);
    Path out = dir.resolve("chromium.out");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(dir.resolve("chromium.err").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
    return Files.readString(out, UTF_8);
  }

  @Test
  void theRenderedPageKeepsTheContractAgainstTheJsonOutput() throws Exception {
    Document dom = Jsoup.parse(chromium("", "--dump-dom"));
    JsonNode divergences = json.path("divergences");
    assertThat(divergences.size()).isEqualTo(4);
    int spans = 0;
    for (int n = 0; n < divergences.size(); n++) {
      for (JsonNode e : divergences.get(n).path("evidence")) {
        spans++;
        Element column = dom.select("[data-report]").stream()
            .filter(c -> c.attr("data-report").equals(e.path("report").asText())).findFirst().orElseThrow();
        assertThat(column.select("[data-divergence=" + n + "]").stream().map(Element::wholeText))
            .as("divergence %s in %s", n, e.path("report").asText()).contains(e.path("text").asText());
      }
    }
    assertThat(dom.select("[data-divergence]")).hasSize(spans);
    assertThat(dom.select("[data-report]")).hasSize(json.path("reports").size());
  }

  @Test
  void theScriptChoosesTheLinkedDivergenceAndMarksItsEvidence() throws Exception {
    // #d2 is the second divergence as the page numbers them: data-select and data-divergence 1
    Document dom = Jsoup.parse(chromium("#d2", "--dump-dom"));
    assertThat(dom.select("button[data-select=1]").attr("aria-pressed")).isEqualTo("true");
    assertThat(dom.select("button[data-select=0]").attr("aria-pressed")).isEqualTo("false");
    assertThat(dom.select("mark.selected")).isNotEmpty().allMatch(m -> m.attr("data-divergence").equals("1"));
    assertThat(dom.select("mark.selected")).hasSize(json.path("divergences").get(1).path("evidence").size());
  }

  @Test
  void aScreenshotIsTaken() throws Exception {
    Path shot = Path.of("target", "example-page.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    chromium("", "--hide-scrollbars", "--window-size=1400,1100", "--screenshot=" + shot);
    assertThat(shot).exists();
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }
}
