package dev.crosscheck.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crosscheck.text.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the project's shared folder (seeds, corpora) beside the checkout; tests skip without it. */
public final class Shared {
  private Shared() {}

  /** The folder named shared that holds DESIGN.md, looking upwards from the working directory. */
  public static Optional<Path> folder() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared");
      if (Files.isRegularFile(candidate.resolve("DESIGN.md"))) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** The folder, or the calling test is skipped. */
  public static Path require() {
    Optional<Path> f = folder();
    assumeTrue(f.isPresent(), "no shared/ folder beside the checkout: skipped");
    return f.get();
  }

  /** The seed reports, ids from file names, in name order; skips the test without them. */
  public static List<Report> seeds() throws IOException {
    Optional<List<Report>> seeds = seedsIfPresent();
    assumeTrue(seeds.isPresent(), "no shared/seeds folder beside the checkout: skipped");
    return seeds.get();
  }

  /**
   * The seed reports, or empty without them. For a {@code @BeforeAll}: an assumption that fails
   * there hides the class's tests from the report, one in each test shows them as skipped.
   */
  public static Optional<List<Report>> seedsIfPresent() throws IOException {
    Optional<Path> folder = folder().map(f -> f.resolve("seeds")).filter(Files::isDirectory);
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    Path seeds = folder.get();
    List<Report> reports = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = p.getFileName().toString();
        reports.add(new Report(name.substring(0, name.length() - 4), Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return Optional.of(reports);
  }
}
