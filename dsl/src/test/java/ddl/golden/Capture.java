package ddl.golden;

import ddl.script.ScriptRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.ToIntFunction;

/**
 * What a run of the script runner printed: stdout (with a Java line's {@code System.out}, which is
 * the process's, as on the command line) and stderr, and the exit code.
 */
public record Capture(String out, String err, int exit) {

  /** Runs {@code file} as {@code ddl FILE} would; {@code dir/} is removed from the messages. */
  public static Capture runFile(Path file) {
    String name = file.toString();
    Capture c = run(r -> r.runFile(name, new String[0]));
    String prefix = file.getParent() == null ? "" : file.getParent() + "/";
    return new Capture(c.out.replace(prefix, ""), c.err.replace(prefix, ""), c.exit);
  }

  /** Runs code as {@code ddl -e CODE} would. */
  public static Capture runCode(String code) {
    return run(r -> r.runCode(code, new String[0]));
  }

  /** Runs the runner with captured streams; one process-wide capture at a time. */
  public static synchronized Capture run(ToIntFunction<ScriptRunner> body) {
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    PrintStream sysOut = System.out;
    PrintStream sysErr = System.err;
    int exit;
    try {
      System.setOut(out);
      System.setErr(err);
      exit = body.applyAsInt(new ScriptRunner(out, err));
    } finally {
      System.setOut(sysOut);
      System.setErr(sysErr);
    }
    out.flush();
    err.flush();
    return new Capture(
        outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8), exit);
  }
}
