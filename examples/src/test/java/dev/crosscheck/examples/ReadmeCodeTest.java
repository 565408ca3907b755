package dev.crosscheck.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java blocks compile as written and run: each block's imports stay imports, the rest
 * becomes the body of a method whose parameters are the texts the block leaves to the reader
 * ({@code afpText}, {@code apText}).
 */
class ReadmeCodeTest {
  @TempDir Path dir;

  @Test
  void everyJavaBlockCompilesAndRuns() throws Exception {
    Path readme = Path.of("..", "README.md");
    assumeTrue(Files.isRegularFile(readme), "no README.md above the module");
    List<String> blocks = javaBlocks(Files.readString(readme, UTF_8));
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assumeTrue(compiler != null, "no Java compiler in this runtime");
    List<String> classes = new ArrayList<>();
    for (int k = 0; k < blocks.size(); k++) {
      StringBuilder imports = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (String line : blocks.get(k).lines().toList()) {
        (line.startsWith("import ") ? imports : body).append(line).append('\n');
      }
      String name = "ReadmeBlock" + k;
      Files.writeString(dir.resolve(name + ".java"), imports + "public class " + name + " {\n"
          + "  public static void run(String afpText, String apText) throws Exception {\n" + body + "  }\n}\n", UTF_8);
      classes.add(name);
    }
    StringWriter errors = new StringWriter();
    List<String> args = new ArrayList<>(List.of("-d", dir.toString(), "-cp", System.getProperty("java.class.path")));
    classes.forEach(c -> args.add(dir.resolve(c + ".java").toString()));
    int status = compiler.run(null, null, new PrintStream(new ByteArrayOutputStream() {
      @Override
      public void flush() {
        errors.write(toString(UTF_8));
        reset();
      }
    }, true, UTF_8), args.toArray(String[]::new));
    assertThat(status).as("javac on the README's blocks: %s", errors).isZero();

    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(printed, true, UTF_8));
      for (String c : classes) {
        Method run = loader.loadClass(c).getMethod("run", String.class, String.class);
        run.invoke(null, "Kim met Putin for three hours on Thursday.", "Kim met Putin for nearly five hours on Thursday.");
      }
    } finally {
      System.setOut(stdout);
    }
    assertThat(printed.toString(UTF_8)).contains("CONFLICT quantity-mismatch: Meeting duration", "afp[18,29) \"three hours\"");
  }

  private static List<String> javaBlocks(String markdown) throws IOException {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    for (String line : markdown.lines().toList()) {
      if (current == null && line.trim().equals("```java")) {
        current = new StringBuilder();
      } else if (current != null && line.trim().equals("```")) {
        blocks.add(current.toString());
        current = null;
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    return blocks;
  }
}
