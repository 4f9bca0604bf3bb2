package ddl.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.Ddl;
import ddl.lang.DdlError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Timer;
import java.util.TimerTask;
import org.junit.jupiter.api.Test;

/**
 * Feeds one session thousands of generated inputs (token soup, mutated examples and docs, deep
 * nesting, long literals, unicode, NUL, CRLF) and checks after each: only {@link DdlError}
 * escaped, the sentinel variables are as they were, nothing was printed outside the session's
 * own streams, and no input ran longer than five seconds (a runaway loop is stopped after two,
 * as Ctrl-C would). {@code -Dddl.fuzz.count=N -Dddl.fuzz.seed=S} run other amounts and streams;
 * {@code dsl/fuzz.sh} runs a long one.
 */
class FuzzTest {
  private static final int COUNT = Integer.getInteger("ddl.fuzz.count", 3000);
  private static final long SEED = Long.getLong("ddl.fuzz.seed", 20261201L);
  private static final long STOP_AFTER_MS = 2_000;
  private static final long LIMIT_MS = 5_000;
  /**
   * Inputs per session: all of them in the test suite; a long run starts a new session now and
   * then, since JShell's cost per input grows with the snippets a session holds (about 4 ms at
   * first, 40 ms after 50,000 inputs on a 2-core machine).
   */
  private static final int SESSION_INPUTS = Integer.getInteger("ddl.fuzz.session", COUNT);
  /** A file each input is appended to before it runs, to find one that hangs. */
  private static final String LOG = System.getProperty("ddl.fuzz.log");

  @Test
  void generatedInputsGiveOnlyDdlErrorsAndLoseNothing() throws IOException {
    Random random = new Random(SEED);
    Inputs inputs = new Inputs(random, Corpus.load());
    ByteArrayOutputStream sessionOut = new ByteArrayOutputStream();
    PrintStream sessionStream = new PrintStream(sessionOut, true, StandardCharsets.UTF_8);
    ByteArrayOutputStream stray = new ByteArrayOutputStream();
    PrintStream processOut = System.out;
    PrintStream processErr = System.err;
    PrintStream strayStream = new PrintStream(stray, true, StandardCharsets.UTF_8);
    int[] outcomes = new int[3]; // ran, ddl errors, skipped
    List<String> failures = new ArrayList<>();
    Timer watchdog = new Timer("fuzz-watchdog", true);
    System.setOut(strayStream);
    System.setErr(strayStream);
    try {
      int done = 0;
      while (done < COUNT && failures.size() < 10) {
        try (Ddl ddl = Ddl.builder().out(sessionStream).err(sessionStream).build()) {
          // backend() loads ND4J's native libraries once (seconds): not an input's own time
          ddl.eval("zz_keep_t = [1.5, 2.5]; zz_keep_n = 42; zz_keep_s = \"kept\"; backend()");
          int end = Math.min(COUNT, done + SESSION_INPUTS);
          for (int i = done; i < end && failures.size() < 10; i++, done++) {
            String input = inputs.next();
            if (Inputs.unsafe(input)) {
              outcomes[2]++;
              continue;
            }
            TimerTask stop = new TimerTask() {
              @Override
              public void run() {
                ddl.stop();
              }
            };
            watchdog.schedule(stop, STOP_AFTER_MS);
            if (LOG != null) {
              java.nio.file.Files.writeString(java.nio.file.Path.of(LOG), i + ": " + shown(input) + "\n",
                  java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            }
            long start = System.nanoTime();
            try {
              ddl.eval(input);
              outcomes[0]++;
            } catch (DdlError e) {
              outcomes[1]++;
              if (e.getMessage() == null || e.getMessage().isBlank()) {
                failures.add("an error without a message for " + shown(input));
              }
            } catch (Throwable t) {
              failures.add(t + " for " + shown(input));
            } finally {
              stop.cancel();
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (ms > LIMIT_MS) {
              failures.add(ms + " ms for " + shown(input));
            }
            if (LOG != null) {
              java.nio.file.Files.writeString(java.nio.file.Path.of(LOG), "  " + ms + " ms\n",
                  java.nio.file.StandardOpenOption.APPEND);
            }
            String broken = sentinelsBroken(ddl, i % 100 == 99);
            if (broken != null) {
              failures.add(broken + " after " + shown(input));
              break;
            }
            if (stray.size() > 0) {
              failures.add("printed outside the session: "
                  + shown(stray.toString(StandardCharsets.UTF_8)) + " for " + shown(input));
              stray.reset();
            }
            sessionOut.reset();
          }
        }
      }
    } finally {
      watchdog.cancel();
      System.setOut(processOut);
      System.setErr(processErr);
    }
    processOut.printf("fuzz: seed %d, %d inputs ran, %d gave a ddl error, %d skipped%n",
        SEED, outcomes[0], outcomes[1], outcomes[2]);
    assertEquals(List.of(), failures);
    assertTrue(outcomes[0] > COUNT / 20, "too few inputs ran to test anything: " + outcomes[0]);
    assertTrue(outcomes[1] > COUNT / 20, "too few inputs were errors: " + outcomes[1]);
  }

  private static String sentinelsBroken(Ddl ddl, boolean compile) {
    try {
      if (compile && !Long.valueOf(43).equals(ddl.eval("zz_keep_n + 1"))) {
        return "the session no longer computes";
      }
      // read through the embedding API: no compile per check
      Object n = ddl.get("zz_keep_n");
      Object s = ddl.get("zz_keep_s");
      Object t = ddl.get("zz_keep_t");
      if (!Long.valueOf(42).equals(n) || !"kept".equals(s)
          || !(t instanceof ddl.stdlib.Tensor tensor)
          || !java.util.Arrays.equals(new double[] {1.5, 2.5}, tensor.toDoubleArray())) {
        return "sentinels changed: " + n + ", " + s + ", " + t;
      }
      return null;
    } catch (Throwable e) {
      return "the session broke: " + e;
    }
  }

  private static String shown(String input) {
    String s = input.length() > 300 ? input.substring(0, 300) + "…(" + input.length() + " chars)" : input;
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      if (c == '\n') {
        sb.append("\\n");
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\x%02x", c));
      } else if (Character.isSurrogate((char) c) && c <= 0xffff) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.append('"').toString();
  }
}
