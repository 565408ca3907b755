package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines come back whole, whatever the line breaks and however the stream is chunked. */
class LineReaderTest {

  private static List<String> read(InputStream in) throws IOException {
    LineReader reader = new LineReader(in);
    List<String> lines = new ArrayList<>();
    while (reader.next()) {
      lines.add(new String(reader.bytes(), 0, reader.length(), UTF_8));
    }
    return lines;
  }

  @Test
  void splitsOnNewlineAndDropsCarriageReturns() throws IOException {
    byte[] bytes = "a\r\n\nb\rc\nlast".getBytes(UTF_8);
    assertThat(read(new ByteArrayInputStream(bytes))).containsExactly("a", "", "b\rc", "last");
    assertThat(read(new ByteArrayInputStream("x\n".getBytes(UTF_8)))).containsExactly("x");
    assertThat(read(new ByteArrayInputStream(new byte[0]))).isEmpty();
  }

  @Test
  void aByteOrderMarkOpeningTheStreamIsNoPartOfTheFirstLine() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] rest = "{\"a\":1}\n\uFEFFkept\n".getBytes(UTF_8);
    byte[] bytes = new byte[bom.length + rest.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(rest, 0, bytes, 3, rest.length);
    // only the stream's own mark goes; one inside a later line is that line's text
    assertThat(read(new ByteArrayInputStream(bytes))).containsExactly("{\"a\":1}", "\uFEFFkept");
    LineReader reader = new LineReader(new ByteArrayInputStream(bytes));
    reader.next();
    assertThat(reader.consumed()).isEqualTo(3 + 7 + 1);
  }

  @Test
  void theLimitCountsTheLineWithoutItsLineBreak() throws IOException {
    LineReader reader = new LineReader(new ByteArrayInputStream("abcd\r\nabcd\nabcde\r\nabcde".getBytes(UTF_8)), 4);
    List<String> lines = new ArrayList<>();
    List<Boolean> tooLong = new ArrayList<>();
    while (reader.next()) {
      lines.add(new String(reader.bytes(), 0, reader.length(), UTF_8));
      tooLong.add(reader.tooLong());
    }
    assertThat(lines).containsExactly("abcd", "abcd", "abcd", "abcd");
    assertThat(tooLong).containsExactly(false, false, true, true);
  }

  @Test
  void longLinesAcrossManyBuffersStayWhole() throws IOException {
    String big = "é".repeat(300_000);
    byte[] bytes = (big + "\r\nshort\n" + big).getBytes(UTF_8);
    assertThat(read(new ByteArrayInputStream(bytes))).containsExactly(big, "short", big);
  }

  @Test
  void aStreamThatDeliversFewBytesAtATimeGivesTheSameLines() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String line = "line " + i + " " + "x".repeat(random.nextInt(5000));
      expected.add(line);
      text.append(line).append(random.nextBoolean() ? "\n" : "\r\n");
    }
    InputStream trickle = new FilterInputStream(new ByteArrayInputStream(text.toString().getBytes(UTF_8))) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(100)));
      }
    };
    assertThat(read(trickle)).as("seed %s", seed).isEqualTo(expected);
  }

  @Test
  void aLineOverTheLimitKeepsOnlyItsFirstBytesAndTheNextLineComesWhole() throws IOException {
    byte[] bytes = ("ab\n" + "x".repeat(200_000) + "\r\ncd\nlast").getBytes(UTF_8);
    LineReader reader = new LineReader(new ByteArrayInputStream(bytes), 10);
    assertThat(reader.next()).isTrue();
    assertThat(reader.tooLong()).isFalse();
    assertThat(reader.consumed()).isEqualTo(3);
    assertThat(reader.next()).isTrue();
    assertThat(reader.tooLong()).isTrue();
    assertThat(reader.length()).isEqualTo(10);
    assertThat(reader.bytes().length).isLessThanOrEqualTo(1024);
    assertThat(reader.lineBytes()).isEqualTo(200_001);
    assertThat(reader.next()).isTrue();
    assertThat(new String(reader.bytes(), 0, reader.length(), UTF_8)).isEqualTo("cd");
    assertThat(reader.tooLong()).isFalse();
    assertThat(reader.terminated()).isTrue();
    assertThat(reader.next()).isTrue();
    assertThat(reader.terminated()).as("the last line has no line break").isFalse();
    assertThat(reader.consumed()).isEqualTo(bytes.length);
    assertThat(reader.next()).isFalse();
  }
}
