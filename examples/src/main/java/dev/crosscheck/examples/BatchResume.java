package dev.crosscheck.examples;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What an interrupted batch left in its output file: the complete lines, one per cluster checked,
 * in input order. A last line cut off by the interruption (no line break after it) is removed, so
 * that its cluster is checked again; a complete line that is not a batch result means the file is
 * not this batch's output, and nothing is touched.
 *
 * @param clusters the "cluster" of each complete line, in order (null for a line that had none)
 * @param failed how many of those lines are error lines
 */
record BatchResume(List<String> clusters, long failed) {

  /** An output file that does not exist yet: nothing done. */
  static final BatchResume NOTHING = new BatchResume(List.of(), 0);

  /**
   * Reads the output file and cuts off an incomplete last line.
   *
   * @throws InputException when a complete line is not a JSON object with a "cluster" field
   */
  static BatchResume read(Path output, ObjectMapper mapper) throws IOException {
    if (!Files.exists(output)) {
      return NOTHING;
    }
    List<String> clusters = new ArrayList<>();
    long failed = 0;
    long complete = 0; // bytes up to the end of the last complete line
    long lineNumber = 0;
    try (InputStream in = Files.newInputStream(output)) {
      // no --max-line-bytes here: a result line is much longer than its input line
      LineReader lines = new LineReader(in);
      while (lines.next()) {
        if (!lines.terminated()) {
          break; // cut off mid-line: checked again
        }
        lineNumber++;
        String where = output + " line " + lineNumber;
        JsonNode node;
        try {
          node = mapper.readTree(Utf8.decode(lines.bytes(), 0, lines.length(), where));
        } catch (JacksonException | InputException e) {
          throw new InputException(where + " is not a batch result line; cannot resume");
        }
        if (node == null || !node.isObject() || !node.has("cluster")) {
          throw new InputException(where + " is not a batch result line; cannot resume");
        }
        JsonNode cluster = node.get("cluster");
        clusters.add(cluster.isTextual() ? cluster.asText() : null);
        if (node.has("error")) {
          failed++;
        }
        complete = lines.consumed();
      }
    }
    try (FileChannel channel = FileChannel.open(output, StandardOpenOption.WRITE)) {
      if (channel.size() > complete) {
        channel.truncate(complete);
      }
    }
    // an error line for a line that named no cluster has none: null, which List.copyOf refuses
    return new BatchResume(java.util.Collections.unmodifiableList(clusters), failed);
  }
}
