package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Random strings from a rich alphabet; the structure of the result must hold whatever the input. */
class DocumentReaderRandomizedTest {

  private static final String[] PIECES = {
    "a", "b", "Kim", "Jong-un", "U.S.", "US'", "D.C.", "a.m.", "Mr.", "Mr", "Dr.", "No.", "Sept.", "Inc.", "J.",
    "don't", "Russia’s", "it's", "O'Brien", "é", "Ж", "中文", "e\u0301", "\u0301", "ΣΊΣΥΦΟΣ", "İstanbul",
    "0", "7", "10,000", "4.5", "1/2", "½", "2019", "1990s", "10th", ".5", "$", "%", "٣",
    "\"", "“", "”", "„", "«", "»", "‘", "’", "'", "‹", "›", "`",
    ".", ".", "..", "...", "…", "?", "!", "?!", ",", ";", ":", "-", "--", "–", "—", "/", "&", "@", "#",
    "(", ")", "[", "]", "{", "}", "<", ">", "|", "*", "_",
    " ", " ", " ", " ", "  ", "\t", "\u00A0", "\u2009", "\u200B", "\u00AD", "\u200D", "\uFEFF",
    "\n", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\f",
    "😀", "👍🏽", "𝐀", "🇰🇷", "\uD83D", "\uDE00",
    "Log In", "fb pixel", "COMMENTS", "Home » News »", "date 2019-04-26 ", "(AP Photo/X Y)", "Photo: ",
    "(left)", "Getty Images", "http://x.y", "a@b.cd"
  };

  private static final DocumentReader READER = new DocumentReader();

  private static String randomText(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(10) == 0) {
        sb.appendCodePoint(random.nextInt(0x2FFFF)); // any code point, unassigned and surrogates too
      } else {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return sb.toString();
  }

  @Test
  void structureHoldsOnRandomText() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 2_000; round++) {
      String text = randomText(random, random.nextInt(120));
      Document d = READER.read(new Report("r", text));
      DocumentInvariants.check(d, "seed " + seed + " round " + round + " text " + escape(text));
    }
  }

  @Test
  void structureHoldsOnLongerTextWithAFixedSeed() {
    for (long seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      String text = randomText(random, 3_000);
      DocumentInvariants.check(READER.read(new Report("r", text)), "seed " + seed);
    }
  }

  @Test
  void readingIsDeterministicAndThreadSafe() throws Exception {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add(randomText(random, 200));
    }
    List<String> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(describe(READER.read(new Report("r", t))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> describe(READER.read(new Report("r", t)))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).as("seed %s text %s", seed, i % texts.size())
            .isEqualTo(expected.get(i % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String describe(Document d) {
    return d.ignored() + "|" + d.paragraphs() + "|" + d.sentences() + "|" + d.tokens();
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c < 0x20 || c > 0x7E) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
