package ddl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code examples/NAME.ddl} of the repository that has {@code NAME.out} beside it, as
 * {@code ddl examples/NAME.ddl} does from the repository's root (one child JVM runs them all, so
 * that relative paths such as {@code examples/data/cars.csv} resolve as for a user), and compares
 * stdout with {@code NAME.out}; stderr must be empty and the exit code 0.
 * {@code -Dgolden.update=true} rewrites the {@code .out} files.
 */
class ExamplesTest {
  static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("..").normalize();
  static final Path DIR = ROOT.resolve("examples");

  @TempDir Path outDir;

  @TestFactory
  Stream<DynamicTest> examples() throws Exception {
    List<Path> scripts;
    try (Stream<Path> files = Files.list(DIR)) {
      scripts = files.filter(p -> p.toString().endsWith(".ddl") && Files.exists(out(p))).sorted()
          .toList();
    }
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xss16m", "-cp", System.getProperty("java.class.path"), ExamplesMain.class.getName(),
        outDir.toString()));
    scripts.forEach(p -> cmd.add(ROOT.relativize(p).toString().replace(File.separatorChar, '/')));
    Process proc = new ProcessBuilder(cmd).directory(ROOT.toFile())
        .redirectOutput(outDir.resolve("runner.out").toFile())
        .redirectError(outDir.resolve("runner.err").toFile())
        .start();
    if (!proc.waitFor(10, TimeUnit.MINUTES)) {
      proc.destroyForcibly();
    }
    return scripts.stream()
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), p.toUri(), () -> check(p)));
  }

  private static Path out(Path ddl) {
    return ddl.resolveSibling(name(ddl) + ".out");
  }

  private static String name(Path ddl) {
    return ddl.getFileName().toString().replaceFirst("\\.ddl$", "");
  }

  private void check(Path ddl) throws IOException {
    Path exit = outDir.resolve(name(ddl) + ".exit");
    assertEquals(true, Files.exists(exit),
        () -> "the runner did not finish " + ddl.getFileName() + ": " + runnerOutput());
    String got = Files.readString(outDir.resolve(name(ddl) + ".stdout"), StandardCharsets.UTF_8);
    String err = Files.readString(outDir.resolve(name(ddl) + ".stderr"), StandardCharsets.UTF_8);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(out(ddl), got, StandardCharsets.UTF_8);
    }
    assertEquals("", err, "stderr of " + ddl.getFileName());
    assertEquals(Files.readString(out(ddl), StandardCharsets.UTF_8), got,
        "stdout of " + ddl.getFileName());
    assertEquals("0", Files.readString(exit), "exit code of " + ddl.getFileName());
  }

  private String runnerOutput() {
    try {
      return Files.readString(outDir.resolve("runner.err"));
    } catch (IOException e) {
      return e.toString();
    }
  }
}
