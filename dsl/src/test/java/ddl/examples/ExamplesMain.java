package ddl.examples;

import ddl.golden.Capture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs scripts as {@code ddl FILE} does, each with a fresh engine, from the current directory, and
 * writes what each printed to {@code OUTDIR/NAME.stdout}, {@code .stderr} and {@code .exit}. The
 * examples test starts it in the repository's root, where examples find {@code examples/data/}.
 *
 * <p>Usage: {@code ExamplesMain OUTDIR FILE.ddl...}
 */
public final class ExamplesMain {
  private ExamplesMain() {}

  public static void main(String[] args) throws IOException {
    Path outDir = Path.of(args[0]);
    for (int i = 1; i < args.length; i++) {
      Path file = Path.of(args[i]);
      String name = file.getFileName().toString().replaceFirst("\\.ddl$", "");
      Capture c = Capture.runFile(file);
      Files.writeString(outDir.resolve(name + ".stdout"), c.out(), StandardCharsets.UTF_8);
      Files.writeString(outDir.resolve(name + ".stderr"), c.err(), StandardCharsets.UTF_8);
      Files.writeString(outDir.resolve(name + ".exit"), Integer.toString(c.exit()));
    }
    System.exit(0);
  }
}
