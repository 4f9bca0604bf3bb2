package ddl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Ctrl-C while a value is being shown stops the display, as it stops a computation. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DisplayInterruptTest {

  @Test
  void ctrlCWhileAHugeArrayPrintsStopsItWithTheVariablesKept() throws Exception {
    int n = 3_000_000; // about 24 million characters when shown whole
    AtomicLong written = new AtomicLong();
    Repl[] repl = new Repl[1];
    OutputStream terminal =
        new OutputStream() {
          @Override
          public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            long before = written.getAndAdd(len);
            if (before < 100_000 && before + len >= 100_000) {
              // Ctrl-C, which the terminal's signal handler answers from a thread of its own
              new Thread(() -> repl[0].engine().stop()).start();
            }
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    repl[0] =
        new Repl(
            new PrintStream(terminal, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    try {
      assertTrue(repl[0].evaluateOne("x = 5"));
      assertFalse(
          repl[0].evaluateOne("printoptions(threshold=100000000); arange(" + n + ")"),
          "the display was not stopped");
      assertTrue(written.get() < 2_400_000, written.get() + " characters written");
      assertEquals(
          "<input>:1:1: interrupted\n"
              + "printoptions(threshold=100000000); arange(3000000)\n"
              + "^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n",
          err.toString(StandardCharsets.UTF_8));
      long before = written.get();
      assertTrue(repl[0].evaluateOne("x"));
      assertEquals(2, written.get() - before); // "5\n"
    } finally {
      repl[0].lazyEngine().close();
    }
  }
}
