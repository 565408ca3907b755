package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.Crosscheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch --html-dir DIR}: a page per cluster and an index by number of conflicts. */
class BatchHtmlTest {
  @TempDir Path dir;

  private static String line(String cluster, String a, String b) {
    return "{\"cluster\": \"" + cluster + "\", \"reports\": [{\"id\": \"a\", \"text\": \"" + a + "\"}, "
        + "{\"id\": \"b\", \"text\": \"" + b + "\"}]}";
  }

  @Test
  void aPagePerClusterAndAnIndexMostConflictsFirst() throws IOException {
    String quiet = line("quiet/one", "The talks lasted three hours.", "The talks lasted three hours.");
    String loud = line("loud", "The talks lasted three hours. Police arrested 40 protesters.",
        "The talks lasted five hours. Police arrested 90 protesters.");
    Path in = Files.writeString(dir.resolve("in.jsonl"),
        String.join("\n", quiet, loud, "{not json", line("Loud", "a", "b")) + "\n", UTF_8);
    Path pages = dir.resolve("pages");
    CliTest.Run r = CliTest.run(Crosscheck.standard(), "batch", "--html-dir", pages.toString(), in.toString(),
        dir.resolve("out.jsonl").toString());
    assertThat(r.status()).isEqualTo(Cli.SOME_FAILED);
    assertThat(pages.resolve("quiet_one.html")).exists();
    assertThat(pages.resolve("loud.html")).exists();
    assertThat(pages.resolve("Loud-2.html")).exists(); // unique ignoring case
    Document index = Jsoup.parse(Files.readString(pages.resolve("index.html"), UTF_8));
    List<String> order = index.select("tbody tr th").eachText();
    assertThat(order.get(0)).isEqualTo("loud");
    assertThat(order).containsExactlyInAnyOrder("loud", "quiet/one", "Loud", "(line 3)"); // every line, the last too
    assertThat(order.get(order.size() - 1)).isEqualTo("(line 3)");
    assertThat(index.select("a[href=loud.html]")).hasSize(1);
    assertThat(Jsoup.parse(Files.readString(pages.resolve("loud.html"), UTF_8)).select("[data-divergence]")).isNotEmpty();
  }

  @Test
  void notWithResume() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), line("x", "a", "b") + "\n", UTF_8);
    CliTest.Run r = CliTest.run(Crosscheck.standard(), "batch", "--resume", "--html-dir", dir.resolve("p").toString(),
        in.toString(), dir.resolve("out.jsonl").toString());
    assertThat(r.status()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("--html-dir cannot be combined with --resume");
  }
}
