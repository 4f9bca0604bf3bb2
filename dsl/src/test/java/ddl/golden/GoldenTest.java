package ddl.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ddl.engine.Engine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Runs every {@code src/test/resources/golden/<feature>/<case>.ddl} as {@code ddl case.ddl} does and
 * compares stdout with {@code case.out} and stderr with {@code case.err} (a missing file means
 * nothing is expected). The exit code is 1 when the expected stderr holds an error
 * ({@code case.ddl:LINE:COL: message} or {@code ddl: message}), else 0.
 *
 * <p>A case whose text has a line {@code # bug: WHAT} documents a known bug: its expectations come
 * from numpy/Python, and while it fails it is reported as skipped with WHAT; once it passes the test
 * fails so that the marker is removed.
 *
 * <p>The depth at which deep recursion fails depends on the stack, so the count in
 * {@code [repeated N more times]} is not compared.
 *
 * <p>The cases under {@code translation/} also compare the Java their text becomes (what
 * {@code /java} shows, translated in a fresh engine) with {@code case.jsh}, so that a change of the
 * translator shows in the diff of the Java it generates.
 *
 * <p>{@code -Dgolden.update=true} rewrites the expectations of every case without a bug marker.
 */
class GoldenTest {
  static final Path ROOT = Path.of(System.getProperty("user.dir"), "src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Pattern BUG = Pattern.compile("(?m)^#\\s*bug:\\s*(.*)$");

  @TestFactory
  Stream<DynamicNode> golden() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream()
          .map(d -> DynamicContainer.dynamicContainer(d.getFileName().toString(), cases(d)));
    }
  }

  private static Stream<DynamicTest> cases(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> ddl = files.filter(p -> p.toString().endsWith(".ddl")).sorted().toList();
      return ddl.stream()
          .map(p -> DynamicTest.dynamicTest(base(p), p.toUri(), () -> check(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String base(Path p) {
    String n = p.getFileName().toString();
    return n.substring(0, n.length() - ".ddl".length());
  }

  private static void check(Path ddl) throws IOException {
    Path out = ddl.resolveSibling(base(ddl) + ".out");
    Path err = ddl.resolveSibling(base(ddl) + ".err");
    String bug = bugOf(ddl);
    Capture raw = Capture.runFile(ddl);
    Capture got = new Capture(raw.out(), normalize(raw.err()), raw.exit());
    Path jsh = ddl.resolveSibling(base(ddl) + ".jsh");
    String java = ddl.getParent().getFileName().toString().equals("translation") ? javaOf(ddl) : null;
    if (UPDATE && bug == null) {
      write(out, got.out());
      write(err, got.err());
      if (java != null) {
        write(jsh, java);
      }
      return;
    }
    if (java != null) {
      assertEquals(read(jsh), java, "generated Java of " + ddl.getFileName());
    }
    String wantOut = read(out);
    String wantErr = normalize(read(err));
    int wantExit = isError(wantErr, ddl) ? 1 : 0;
    try {
      assertEquals(wantOut, got.out(), "stdout of " + ddl.getFileName());
      assertEquals(wantErr, got.err(), "stderr of " + ddl.getFileName());
      assertEquals(wantExit, got.exit(), "exit code of " + ddl.getFileName());
    } catch (AssertionFailedError e) {
      Assumptions.assumeTrue(bug == null, () -> "known bug: " + bug + "\n" + e.getMessage());
      throw e;
    }
    if (bug != null) {
      fail(ddl.getFileName() + " passes now: remove its '# bug:' line");
    }
  }

  /** The Java the whole text of a case becomes in a fresh engine. */
  static String javaOf(Path file) throws IOException {
    java.io.PrintStream nowhere = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    try (Engine engine = Engine.create(nowhere, nowhere, List.of())) {
      return engine.javaOf(Files.readString(file, StandardCharsets.UTF_8));
    }
  }

  static String normalize(String err) {
    return err.replaceAll("\\[repeated \\d+ more times\\]", "[repeated N more times]");
  }

  static String bugOf(Path ddl) throws IOException {
    Matcher m = BUG.matcher(Files.readString(ddl, StandardCharsets.ISO_8859_1));
    return m.find() ? m.group(1) : null;
  }

  static boolean isError(String err, Path ddl) {
    String name = Pattern.quote(ddl.getFileName().toString());
    return Pattern.compile("(?m)^(" + name + ":\\d+:\\d+: |ddl: )").matcher(err).find();
  }

  static String read(Path p) throws IOException {
    return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
  }

  private static void write(Path p, String text) throws IOException {
    if (text.isEmpty()) {
      Files.deleteIfExists(p);
    } else {
      Files.writeString(p, text, StandardCharsets.UTF_8);
    }
  }
}
