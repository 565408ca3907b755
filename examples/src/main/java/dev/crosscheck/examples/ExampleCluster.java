package dev.crosscheck.examples;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.text.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The bundled example cluster: five short reports of the Kim–Putin summit in Vladivostok (April
 * 2019), written for this project to the facts of real coverage. They agree on most things and
 * diverge where the real reports did: the meeting's length, a word of Kim's quotation, how much
 * earlier than planned Kim left, and who is credited with the quotation.
 *
 * <p>The texts are class-path resources, so the cluster works from the shaded jar as well as from a
 * build directory.
 */
public final class ExampleCluster {
  /** The resource names, in report order; a jar cannot list a resource folder, so they are named here. */
  private static final ImmutableList<String> FILES = ImmutableList.of(
      "01-wire.txt", "02-agency.txt", "03-broadsheet.txt", "04-online.txt", "05-daily.txt");

  /** The day all five reports were published. */
  public static final LocalDate DATE = LocalDate.of(2019, 4, 26);

  private ExampleCluster() {}

  /**
   * The five reports, ids {@code 01-wire} to {@code 05-daily}, each dated {@link #DATE}.
   *
   * @throws IllegalStateException when a resource is missing from the class path (a packaging error)
   */
  public static ImmutableList<Report> reports() {
    ImmutableList.Builder<Report> reports = ImmutableList.builder();
    for (String file : FILES) {
      String name = "cluster/" + file;
      byte[] bytes;
      try (InputStream in = ExampleCluster.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("example report missing from the class path: " + name);
        }
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read example report " + name, e);
      }
      String id = file.substring(0, file.length() - ".txt".length());
      reports.add(Report.of(id, Utf8.decode(bytes, name), DATE));
    }
    return reports.build();
  }
}
