package dev.crosscheck.examples;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream one line at a time as raw bytes, so that each line can be decoded on its own: a
 * line with bad bytes then fails alone instead of ending the whole batch, as a decoding
 * {@link java.io.BufferedReader} would. Only one line is held in memory at a time.
 */
final class LineReader {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean eof;
  private byte[] line = new byte[1024];
  private int lineLength;

  LineReader(InputStream in) {
    this.in = requireNonNull(in, "in");
  }

  /**
   * Reads the next line, its "\n" or "\r\n" removed, into {@link #bytes()} and {@link #length()}.
   *
   * @return false at the end of the stream (a last line without a line break still counts)
   */
  boolean next() throws IOException {
    lineLength = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        if (eof || !fill()) {
          return any;
        }
      }
      any = true;
      int newline = -1;
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline >= 0 ? newline : limit;
      append(position, end - position);
      position = newline >= 0 ? newline + 1 : limit;
      if (newline >= 0) {
        if (lineLength > 0 && line[lineLength - 1] == '\r') {
          lineLength--;
        }
        return true;
      }
    }
  }

  /** The current line's bytes; only the first {@link #length()} count. */
  byte[] bytes() {
    return line;
  }

  /** The current line's length in bytes. */
  int length() {
    return lineLength;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  private void append(int from, int count) {
    if (lineLength + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
    }
    System.arraycopy(buffer, from, line, lineLength, count);
    lineLength += count;
  }
}
