package dev.crosscheck.examples;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.text.Report;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns command-line PATHs into reports: a file is one report whose id is its name without the
 * extension, a directory is each of its {@code *.txt} files in name order. A page ({@code .html},
 * {@code .htm}) named as a PATH is read for its article's text; a directory's pages are not read (its
 * page of findings would otherwise become a report). Files are read as strict
 * UTF-8, so that every offset the checker reports points at the characters the user sees.
 */
final class ReportFiles {
  private ReportFiles() {}

  /**
   * Reads the reports the paths name, in the order given.
   *
   * @param maxChars the most characters a report may have; a file with more bytes than that many
   *     characters can take in UTF-8 is refused before it is read
   * @throws InputException for a missing or unreadable path, bytes that are not UTF-8 text, two
   *     reports with one id, or a file too large for {@code maxChars}
   */
  static ImmutableList<Report> read(List<Path> paths, int maxChars) {
    return read(paths, maxChars, new java.util.HashSet<>());
  }

  /**
   * Reads the reports the paths name, in the order given; a {@code .html} or {@code .htm} file is a
   * page whose article's text is the report ({@link HtmlText}).
   *
   * @param fromHtml receives the ids of the reports read from pages, whose text is not the file's
   */
  static ImmutableList<Report> read(List<Path> paths, int maxChars, java.util.Set<String> fromHtml) {
    Map<String, Path> byId = new LinkedHashMap<>();
    ImmutableList.Builder<Report> reports = ImmutableList.builder();
    for (Path file : files(paths)) {
      String id = idOf(file);
      Path previous = byId.putIfAbsent(id, file);
      if (previous != null) {
        throw new InputException("two reports have the id '" + id + "': " + previous + " and " + file);
      }
      // UTF-8 spends at most three bytes on a UTF-16 unit (a byte order mark aside).
      long bytes = size(file);
      if (bytes > 3L * maxChars + 3) {
        throw new InputException(String.format(Locale.ROOT,
            "report '%s' (%s) has %,d bytes, more than %,d characters can take; the limit is %,d characters "
                + "(--max-report-chars)", id, file, bytes, maxChars, maxChars));
      }
      String text = readText(file);
      if (isHtml(file)) {
        text = HtmlText.extract(text);
        if (text.isEmpty()) {
          throw new InputException("no article text found in " + file + " (a page that builds its text with "
              + "scripts has none until a browser runs them; save the page as text instead)");
        }
        fromHtml.add(id);
      }
      reports.add(new Report(id, text));
    }
    return reports.build();
  }

  /** The files the paths name, each directory expanded to its {@code *.txt} files in name order. */
  static List<Path> files(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> inside = textFilesIn(path);
        if (inside.isEmpty()) {
          throw new InputException("no *.txt files in directory: " + path);
        }
        files.addAll(inside);
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else if (Files.exists(path)) {
        throw new InputException("not a regular file or directory: " + path);
      } else {
        throw new InputException("no such file or directory: " + path);
      }
    }
    return files;
  }

  /** Whether the file is a saved page: its name ends in .html or .htm. */
  static boolean isHtml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  /** The file name without its extension; a name that is all extension (".txt") stays whole. */
  static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String id = dot > 0 ? name.substring(0, dot) : name;
    if (id.isBlank()) {
      throw new InputException("cannot make a report id from the file name: " + file);
    }
    return id;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + describe(e));
    }
  }

  /** The text of one file, decoded as strict UTF-8. */
  static String readText(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + describe(e));
    } catch (OutOfMemoryError e) {
      throw new InputException("file too large to read: " + file);
    }
    return Utf8.decode(bytes, file.toString());
  }

  /** A short reason for an I/O failure; the JDK's messages are often just the path again. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : oneLine(message);
  }

  /** The text with every run of white space (line breaks included) folded to one space. */
  static String oneLine(String text) {
    StringBuilder line = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        pendingSpace = pendingSpace || line.length() > 0;
      } else {
        if (pendingSpace) {
          line.append(' ');
          pendingSpace = false;
        }
        line.append(c);
      }
    }
    return line.toString();
  }

  private static List<Path> textFilesIn(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new InputException("cannot list " + directory + ": " + describe(e));
    }
  }
}
