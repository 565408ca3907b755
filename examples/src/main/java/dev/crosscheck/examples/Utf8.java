package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * Strict UTF-8 decoding. The JDK's convenience methods replace bad bytes with U+FFFD, which would
 * silently change a report and shift nothing visible; a report must be refused instead, with the
 * place of the first bad byte so that the user can find it.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * Decodes {@code length} bytes from {@code offset}, refusing NUL bytes (binary data) and malformed
   * UTF-8. A leading byte order mark is kept, as {@code Files.readString} keeps it, so that every
   * offset printed counts the characters of the file as Java (and most tools) read it; Crosscheck
   * reads the mark as a space.
   *
   * @throws InputException naming {@code what} and the offset of the first bad byte
   */
  static String decode(byte[] bytes, int offset, int length, String what) {
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] == 0) {
        throw new InputException("binary data, not text: " + what + " (NUL byte at offset " + (i - offset) + ")");
      }
    }
    int start = offset;
    CharsetDecoder decoder = UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, offset + length - start);
    // UTF-8 never yields more UTF-16 units than it has bytes.
    CharBuffer out = CharBuffer.allocate(offset + length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      String detail = at < offset + length
          ? String.format(Locale.ROOT, "byte 0x%02x at offset %d", bytes[at] & 0xff, at - offset)
          : "truncated character at offset " + (at - offset);
      throw new InputException("not UTF-8 text: " + what + " (" + detail + ")");
    }
    out.flip();
    return out.toString();
  }

  /** Decodes a whole array; see {@link #decode(byte[], int, int, String)}. */
  static String decode(byte[] bytes, String what) {
    return decode(bytes, 0, bytes.length, what);
  }
}
