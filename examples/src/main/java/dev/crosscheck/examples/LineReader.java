package dev.crosscheck.examples;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream one line at a time as raw bytes, so that each line can be decoded on its own: a
 * line with bad bytes then fails alone instead of ending the whole batch, as a decoding
 * {@link java.io.BufferedReader} would. Only one line is held in memory at a time, and of a line
 * longer than the limit only the first bytes are kept: the rest is read past, not stored.
 */
final class LineReader {
  private final InputStream in;
  private final int maxLineBytes;
  private boolean tooLong;
  private boolean terminated;
  private long lineBytes;
  private long consumed;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean eof;
  private byte[] line = new byte[1024];
  private int lineLength;
  private boolean first = true;

  /** A reader that keeps lines of any length that fits in memory. */
  LineReader(InputStream in) {
    this(in, Integer.MAX_VALUE - 17);
  }

  /** A reader that keeps at most {@code maxLineBytes} of a line and says when a line had more. */
  LineReader(InputStream in, int maxLineBytes) {
    this.in = requireNonNull(in, "in");
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes " + maxLineBytes + " is below 1");
    }
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Reads the next line, its "\n" or "\r\n" removed, into {@link #bytes()} and {@link #length()}.
   *
   * @return false at the end of the stream (a last line without a line break still counts)
   */
  boolean next() throws IOException {
    lineLength = 0;
    lineBytes = 0;
    tooLong = false;
    terminated = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        if (eof || !fill()) {
          return any && finish();
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
      consumed += (newline >= 0 ? newline + 1 : limit) - position;
      position = newline >= 0 ? newline + 1 : limit;
      if (newline >= 0) {
        if (!tooLong && lineLength > 0 && line[lineLength - 1] == '\r') {
          lineLength--;
          lineBytes--;
        }
        terminated = true;
        return finish();
      }
    }
  }

  /**
   * Ends a line: a byte-order mark opening the stream is no part of its first line, and the line
   * is too long only when its bytes, line break left out, are more than the limit (one byte more
   * is kept while reading, for a "\r" before the "\n").
   */
  private boolean finish() {
    if (first) {
      first = false;
      if (lineLength >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
        System.arraycopy(line, 3, line, 0, lineLength - 3);
        lineLength -= 3;
        lineBytes -= 3;
      }
    }
    if (lineLength > maxLineBytes) {
      tooLong = true;
      lineLength = maxLineBytes;
    }
    return true;
  }

  /** The current line's bytes; only the first {@link #length()} count. */
  byte[] bytes() {
    return line;
  }

  /** The current line's length in bytes, or of its part kept when it was {@link #tooLong()}. */
  int length() {
    return lineLength;
  }

  /** Whether the current line had more bytes than the limit; only the first of them are kept. */
  boolean tooLong() {
    return tooLong;
  }

  /** The current line's whole length in bytes, its line break left out. */
  long lineBytes() {
    return lineBytes;
  }

  /** Whether the current line ended with a line break (the last line of a stream may not). */
  boolean terminated() {
    return terminated;
  }

  /** How many bytes of the stream the lines read so far took, line breaks included. */
  long consumed() {
    return consumed;
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
    lineBytes += count;
    int keep = maxLineBytes + 1; // one more, for the "\r" of "\r\n"
    if (lineLength + count > keep) {
      tooLong = true;
      count = keep - lineLength;
    }
    if (lineLength + count > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(Math.max(2L * line.length, lineLength + count), keep));
    }
    System.arraycopy(buffer, from, line, lineLength, count);
    lineLength += count;
  }
}
