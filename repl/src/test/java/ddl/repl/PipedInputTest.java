package ddl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code echo ... | ddl}: no terminal, no prompt, no banner, no JLine; results and errors only. */
class PipedInputTest {

  private static String[] run(String stdin) {
    InputStream in = System.in;
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.run(new String[0]);
      return new String[] {o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8),
        String.valueOf(code)};
    } finally {
      System.setIn(in);
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void timeReportsTheStatementsOwnTimeAndItKeepsRunning() {
    String[] r = run("phi = [0.5, 2.0]\n/time phi[0]\n/time s = sum(phi * phi)\ns\n"
        + "/time q = 1 // 0\nq = 3\nq\n");
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("([0-9.]+) (ns|µs) best, ([0-9.]+) (ns|µs) median per run").matcher(r[0]);
    for (int i = 0; i < 2; i++) {
      assertTrue(m.find(), r[0]);
      double best = Double.parseDouble(m.group(1)) * (m.group(2).equals("µs") ? 1000 : 1);
      double median = Double.parseDouble(m.group(3)) * (m.group(4).equals("µs") ? 1000 : 1);
      // a statement takes at least a nanosecond, and a run of its loop far less than a compile
      assertTrue(best >= 1 && best <= median && median < 100_000, r[0]);
    }
    assertTrue(r[0].contains("\n4.25\n"), r[0]);
    assertTrue(r[1].contains("division by zero"), r[1]);
    assertTrue(r[0].endsWith("3\n"), r[0]);
  }

  @Test
  void aResultIsPrintedAsNumpyDoes() {
    String[] r = run("sum([1,2,3])\n");
    assertEquals("6\n", r[0]);
    assertEquals("", r[1]);
    assertEquals("0", r[2]);
  }

  @Test
  void inputsSpanLinesAndSemicolonsSilence() {
    String[] r = run("x = [1, 2,\n 3]\ny = 2 * x;\ny\n_\n/vars\n");
    assertTrue(r[0].startsWith("[2 4 6]\n[2 4 6]\n"), r[0]);
    assertTrue(r[0].contains("x     tensor  (3,)   int64"), r[0]);
  }

  @Test
  void errorsGoToStderrPlainAndTheExitCodeIsOne() {
    String[] r = run("x = 1\nfoo(x)\nx\n");
    assertEquals("1\n", r[0]);
    assertTrue(r[1].startsWith("<input>:1:1: unknown name 'foo'"), r[1]);
    assertTrue(!r[1].contains("\u001b["), r[1]);
    assertEquals("1", r[2]);
  }

  @Test
  void unknownCommandsSuggestTheClosest() {
    String[] r = run("/histroy\n");
    assertTrue(r[1].contains("did you mean /history?"), r[1]);
  }
}
