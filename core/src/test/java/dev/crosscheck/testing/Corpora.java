package dev.crosscheck.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.text.Report;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The real clusters of {@code ../shared/corpora/*.jsonl}, in file then line order; empty without them. */
public final class Corpora {
  private Corpora() {}

  /**
   * One cluster of one corpus file.
   *
   * @param file the corpus file name ("basil-100.jsonl")
   * @param id the cluster's id
   * @param reports its reports, with their dates
   */
  public record Cluster(String file, String id, List<Report> reports) {}

  /** Every cluster of every corpus file, or empty when the shared folder is not there. */
  public static List<Cluster> clusters() {
    List<Cluster> clusters = new ArrayList<>();
    Optional<Path> folder = Shared.folder().map(f -> f.resolve("corpora")).filter(Files::isDirectory);
    if (folder.isEmpty()) {
      return clusters;
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(folder.get())) {
      for (Path file : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          String line;
          while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
              JsonNode node = json.readTree(line);
              clusters.add(new Cluster(file.getFileName().toString(), node.path("cluster").asText(), reports(node)));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return clusters;
  }

  private static List<Report> reports(JsonNode node) {
    List<Report> reports = new ArrayList<>();
    for (JsonNode r : node.path("reports")) {
      String id = r.path("id").asText();
      String text = r.path("text").asText();
      JsonNode date = r.get("date");
      reports.add(date != null && date.isTextual()
          ? Report.of(id, text, LocalDate.parse(date.asText())) : new Report(id, text));
    }
    return reports;
  }
}
