package ddl.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.Ddl;
import ddl.stdlib.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IsolationTest {
  @Test
  void twoInstancesOnTwoThreadsKeepTheirOwnValues() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> a = pool.submit(worker(1));
      Future<String> b = pool.submit(worker(1000));
      // a deadlock or a leak fails here
      assertEquals("ok", a.get(120, TimeUnit.SECONDS));
      assertEquals("ok", b.get(120, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
  }

  private static Callable<String> worker(long base) {
    return () -> {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (Ddl ddl =
          Ddl.builder().out(new PrintStream(bytes, true, StandardCharsets.UTF_8)).build()) {
        ddl.set("base", base);
        ddl.eval("def step(t) = t + base");
        for (long i = 0; i < 30; i++) {
          ddl.set("base", base);
          ddl.set("x", Tensor.of(i));
          long got = ddl.eval("y = step(x)\nprint(sum(y))\nsum(y)", Long.class);
          if (got != i + base || ddl.get("base", Long.class) != base) {
            return "instance " + base + " saw " + got + " at step " + i;
          }
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        if (!printed.startsWith(base + "\n") || printed.lines().count() != 30) {
          return "instance " + base + " printed " + printed;
        }
        return "ok";
      }
    };
  }

  @Test
  void randomGeneratorsAreSeparate() {
    try (Ddl a = Ddl.create();
        Ddl b = Ddl.create()) {
      a.eval("seed(1)");
      b.eval("seed(1)");
      b.eval("rand(5)"); // advances b's generator only
      double fromA = a.eval("sum(rand(3))", Double.class);
      double fromB = b.eval("seed(1)\nsum(rand(3))", Double.class);
      assertEquals(fromB, fromA);
      assertNotEquals(fromA, a.eval("sum(rand(3))", Double.class));
    }
  }

  @Test
  void closingReleasesThreadsAndMemory() {
    Runtime rt = Runtime.getRuntime();
    long threads0 = 0;
    long heap0 = 0;
    for (int i = 0; i < 100; i++) {
      try (Ddl ddl = Ddl.create()) {
        ddl.set("x", Tensor.of(1, 2, 3));
        ddl.eval("y = 2 * x");
      }
      if (i == 9) {
        threads0 = liveThreads();
        heap0 = usedHeap(rt);
      }
    }
    long threads = liveThreads();
    long heap = usedHeap(rt);
    // the engine started ahead of time may be starting: one thread of slack
    assertTrue(threads <= threads0 + 1, "threads " + threads0 + " -> " + threads);
    // javac keeps soft-referenced caches that a GC may or may not clear, so the used heap swings by
    // up to ~150 MB between cycles without growing; a leaked JShell per cycle would add gigabytes
    assertTrue(
        heap < heap0 + (256 << 20), "heap " + (heap0 >> 20) + " MB -> " + (heap >> 20) + " MB");
  }

  private static long liveThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).count();
  }

  private static long usedHeap(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
