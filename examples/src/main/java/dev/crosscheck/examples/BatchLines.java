package dev.crosscheck.examples;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.CheckResult;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.LimitExceededException;
import dev.crosscheck.text.Report;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code batch} makes of one input line, for a runner that reads the lines itself (the Spark
 * job): the cluster's check as one JSON line, or its error line ({@code {"cluster", "error",
 * "line"}}) when the line cannot be checked. The same checker and the same line give the same
 * output line, byte for byte, as {@code batch} writes.
 *
 * <p>Immutable and thread-safe: one instance serves every thread of a process.
 */
public final class BatchLines {
  private final Crosscheck checker;
  private final ObjectMapper mapper;
  private final JsonOutput json;

  /**
   * Lines checked by {@code checker}.
   *
   * @param checker the checker, configured as the batch should run it
   */
  public BatchLines(Crosscheck checker) {
    this(checker, Cli.newMapper());
  }

  private BatchLines(Crosscheck checker, ObjectMapper mapper) {
    this(checker, mapper, new JsonOutput(mapper));
  }

  BatchLines(Crosscheck checker, ObjectMapper mapper, JsonOutput json) {
    this.checker = requireNonNull(checker, "checker");
    this.mapper = requireNonNull(mapper, "mapper");
    this.json = requireNonNull(json, "json");
  }

  /**
   * The standard checker with a rules configuration applied, as {@code batch --config FILE --only
   * ... --disable ...} builds it.
   *
   * @param configJson the configuration file's JSON ({@code {"rules": {...}}}), or null for none
   * @param only the rules to run only, or null for all
   * @param disable the rules to leave out, or null for none
   * @return the checker
   * @throws IllegalArgumentException for a bad configuration or an unknown rule, with the reason
   */
  public static Crosscheck checker(String configJson, List<String> only, List<String> disable) {
    Crosscheck standard = Crosscheck.standard();
    if (configJson == null && only == null && disable == null) {
      return standard;
    }
    try {
      return RuleChoice.configure(standard, Cli.newMapper(), configJson, null, only, disable);
    } catch (InputException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * The output line of one input line.
   *
   * @param line the input line, without its line break
   * @param lineNumber its number in the input, from 1 (error lines name it)
   * @return the output line, or empty for a blank line (which {@code batch} passes over)
   */
  public Optional<String> check(String line, long lineNumber) {
    Outcome o = outcome(requireNonNull(line, "line"), lineNumber, false);
    return o == null ? Optional.empty() : Optional.of(write(o.json()));
  }

  /**
   * The error line for an input line over the size limit.
   *
   * @param bytes the line's size in bytes
   * @param limit the limit
   * @param lineNumber its number in the input, from 1
   * @return the error line
   */
  public String tooLong(long bytes, long limit, long lineNumber) {
    return write(tooLongLine(bytes, limit, lineNumber));
  }

  /** What checking one input line gave: its output line, and the check behind it (null for an error line). */
  record Outcome(ObjectNode json, CheckResult result, int reports, long line) {}

  ObjectNode tooLongLine(long bytes, long limit, long lineNumber) {
    return error(null, String.format(java.util.Locale.ROOT, "line of %,d bytes, over the limit of %,d (--max-line-bytes)",
        bytes, limit), lineNumber);
  }

  String write(ObjectNode line) {
    try {
      return mapper.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Outcome failed(ObjectNode line, long lineNumber) {
    return new Outcome(line, null, 0, lineNumber);
  }

  /**
   * The outcome of one decoded input line, or null for a blank line; the check result is kept when
   * {@code keepResult} (for a page). Thread-safe.
   */
  Outcome outcome(String text, long lineNumber, boolean keepResult) {
    if (text.isBlank()) {
      return null;
    }
    JsonNode node;
    try {
      node = mapper.readTree(text);
    } catch (JacksonException e) {
      return failed(error(null, "bad JSON: " + describe(e), lineNumber), lineNumber);
    }
    if (node == null || !node.isObject()) {
      return failed(error(null, "not a JSON object", lineNumber), lineNumber);
    }
    JsonNode clusterNode = node.get("cluster");
    String cluster = clusterNode != null && clusterNode.isTextual() ? clusterNode.asText() : null;
    if (cluster == null) {
      return failed(error(null, clusterNode == null || clusterNode.isNull()
          ? "missing \"cluster\"" : "\"cluster\" is not a string", lineNumber), lineNumber);
    }
    try {
      Set<String> fromHtml = new HashSet<>();
      List<Report> reports = reports(node.get("reports"), fromHtml);
      Cli.requireAtLeast(2, reports, "to compare");
      CheckResult result = checker.check(reports);
      ObjectNode out = mapper.createObjectNode();
      out.put("cluster", cluster);
      out.setAll(json.check(result, fromHtml));
      return new Outcome(out, keepResult ? result : null, reports.size(), lineNumber);
    } catch (InputException | LimitExceededException e) {
      return failed(error(cluster, e.getMessage(), lineNumber), lineNumber);
    } catch (RuntimeException | StackOverflowError e) {
      // A failure inside the checker is a bug, but it must not cost the user the rest of the batch.
      return failed(error(cluster, "internal error: " + Cli.describe(e), lineNumber), lineNumber);
    }
  }

  ObjectNode error(String cluster, String why, long lineNumber) {
    ObjectNode node = mapper.createObjectNode();
    node.put("cluster", cluster);
    node.put("error", why);
    node.put("line", lineNumber);
    return node;
  }

  private static List<Report> reports(JsonNode reportsNode, Set<String> fromHtml) {
    if (reportsNode == null || reportsNode.isNull()) {
      throw new InputException("missing \"reports\"");
    }
    if (!reportsNode.isArray()) {
      throw new InputException("\"reports\" is not an array");
    }
    List<Report> reports = new ArrayList<>(reportsNode.size());
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (JsonNode r : reportsNode) {
      String where = "report " + index;
      if (!r.isObject()) {
        throw new InputException(where + " is not a JSON object");
      }
      JsonNode id = r.get("id");
      if (id == null || !id.isTextual() || id.asText().isBlank()) {
        throw new InputException(where + " has no \"id\" (a non-blank string)");
      }
      where = "report '" + id.asText() + "'";
      if (!ids.add(id.asText())) {
        throw new InputException("two reports have the id '" + id.asText() + "'");
      }
      JsonNode text = r.get("text");
      JsonNode html = r.get("html");
      String body;
      if (text != null && html != null) {
        throw new InputException(where + " has both \"text\" and \"html\": give one");
      } else if (html != null) {
        if (!html.isTextual()) {
          throw new InputException(where + ": \"html\" is not a string");
        }
        body = HtmlText.extract(html.asText());
        if (body.isEmpty() && !html.asText().isBlank()) {
          throw new InputException(where + ": no article text found in its \"html\"");
        }
        fromHtml.add(id.asText());
      } else if (text == null || !text.isTextual()) {
        throw new InputException(where + " has no \"text\" (a string) and no \"html\"");
      } else {
        body = text.asText();
      }
      reports.add(new Report(id.asText(), body, date(r.get("date"), where)));
      index++;
    }
    return reports;
  }

  private static Optional<LocalDate> date(JsonNode date, String where) {
    if (date == null || date.isNull()) {
      return Optional.empty();
    }
    if (!date.isTextual()) {
      throw new InputException(where + ": \"date\" is not a string");
    }
    try {
      return Optional.of(LocalDate.parse(date.asText()));
    } catch (DateTimeParseException e) {
      throw new InputException(where + ": bad \"date\" '" + date.asText() + "' (expected yyyy-MM-dd)");
    }
  }

  /** Jackson's own message without its source excerpt, plus the column. */
  private static String describe(JacksonException e) {
    String message = ReportFiles.oneLine(String.valueOf(e.getOriginalMessage()));
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    JsonLocation at = e.getLocation();
    return at == null || at.getColumnNr() < 0 ? message : message + " (column " + at.getColumnNr() + ")";
  }
}
