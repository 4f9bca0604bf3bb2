package ddl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The bar of long work goes away when the work stops, however it stops. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ProgressBarTest {
  static final String ERASE = "\r\u001b[K";
  static final String SETUP = "x = linspace(0, 1, 50); y = 2 * x + 1\n";

  @TempDir Path dir;

  @Test
  void anErrorIsShownWhereTheBarWas() throws Exception {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
    Repl repl = new Repl(out, out, false);
    repl.setProgress(new ProgressBar(new PrintWriter(out), () -> 80));
    try {
      repl.evaluate(SETUP);
      assertFalse(repl.evaluateOne("fit = gd(linear(), x, y, lr=10, steps=1000)"));
    } finally {
      repl.lazyEngine().close();
    }
    String s = screen.toString(StandardCharsets.UTF_8);
    int bar = s.lastIndexOf("gd [");
    int error = s.indexOf("<input>:1:");
    assertTrue(bar >= 0 && error > bar, s);
    assertTrue(s.substring(bar, error).endsWith("0/1000\u001b[K" + ERASE), s);
  }

  @Test
  void ctrlCErasesTheBarBeforeTheMessage() throws Exception {
    PipedOutputStream keys = new PipedOutputStream();
    InputStream in = new PipedInputStream(keys, 1 << 16);
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
    Terminal terminal =
        new DumbTerminal("test", "xterm-256color", in, out, StandardCharsets.UTF_8);
    terminal.setSize(new Size(100, 40));
    Repl repl = new Repl(out, out, false);
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () -> TerminalShell.loop(terminal, repl, dir.resolve("history"), true));
    // steps enough that gd cannot end first on a fast machine (2e6 steps take ~0.6 s)
    keys.write((SETUP + "fit = gd(linear(), x, y, lr=1e-3, steps=10000000)\n").getBytes());
    keys.flush();
    waitFor(screen, "gd [");
    terminal.raise(Terminal.Signal.INT);
    waitFor(screen, "interrupted");
    keys.close();
    assertEquals(0, exit.get(30, TimeUnit.SECONDS));
    String s = screen.toString(StandardCharsets.UTF_8);
    int error = s.indexOf("<input>:1:1: interrupted");
    // the last bar drawn was erased before the message, and none was drawn after it
    assertTrue(s.substring(0, error).endsWith(ERASE), s);
    assertEquals(-1, s.indexOf("gd [", error), s);
  }

  private static void waitFor(ByteArrayOutputStream screen, String part) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (!screen.toString(StandardCharsets.UTF_8).contains(part)) {
      if (System.nanoTime() > deadline) {
        fail("no '" + part + "' on the screen:\n" + screen.toString(StandardCharsets.UTF_8));
      }
      Thread.sleep(20);
    }
  }
}
