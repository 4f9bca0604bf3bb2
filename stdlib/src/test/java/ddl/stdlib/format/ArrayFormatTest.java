package ddl.stdlib.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import ddl.stdlib.Context;
import ddl.stdlib.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * numpy's {@code str()} and {@code repr()} of arrays, compared character for character with what
 * numpy 2.4.6 printed: the {@code print} cases of {@code golden/numpy_golden.json}, and {@code
 * format/array_cases.json} (made by {@code format/make_cases.py}: wrapping, summaries in 1-D to
 * 3-D, scientific notation, nan/inf, signed zeros, large ints, empty arrays, print options).
 */
class ArrayFormatTest {

  @TestFactory
  List<DynamicTest> goldenPrintCases() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : Fixtures.json("/golden/numpy_golden.json").get("cases")) {
      if (c.get("op").asText().equals("print")) {
        Tensor t = Fixtures.tensor(c.get("args").get(0));
        String name = c.get("id").asText() + " " + c.get("expr").asText();
        tests.add(dynamicTest(name, () -> check(t, PrintOptions.DEFAULTS, c)));
      }
    }
    assertEquals(55, tests.size());
    return tests;
  }

  @TestFactory
  List<DynamicTest> generatedCases() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : Fixtures.json("/format/array_cases.json").get("cases")) {
      Tensor t = Fixtures.tensor(c.get("array"));
      PrintOptions options = Fixtures.options(c.get("options"));
      tests.add(dynamicTest(c.get("name").asText(), () -> check(t, options, c)));
    }
    return tests;
  }

  private static void check(Tensor t, PrintOptions options, JsonNode c) {
    assertEquals(c.get("str").asText(), ArrayFormat.str(t, options), "str");
    assertEquals(c.get("repr").asText(), ArrayFormat.repr(t, options), "repr");
  }

  @Test
  void stridedViewsPrintTheirOwnElements() {
    Tensor a = Tensor.wrap(new long[] {1, 2, 3, 4, 5, 6}, 2, 3);
    assertEquals("[[1 4]\n [2 5]\n [3 6]]", a.T().toString());
    assertEquals("[3 6]", a.T().view(new int[] {2}, new int[] {3}, 2).toString());
  }

  @Test
  void anInterruptFromAnotherThreadStopsTheFormattingOfAHugeArray() throws Exception {
    double[] data = new double[4_000_000];
    for (int i = 0; i < data.length; i++) {
      data[i] = i * 0.37;
    }
    Tensor t = Tensor.wrap(data, 2000, 2000);
    PrintOptions all = PrintOptions.DEFAULTS.withThreshold(100_000_000);
    Context ctx = new Context(System.out, System.err);
    CountDownLatch started = new CountDownLatch(1);
    Thread ctrlC =
        new Thread(
            () -> {
              try {
                started.await();
                ctx.interrupt();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    ctrlC.start();
    AtomicInteger checks = new AtomicInteger();
    Runnable check =
        () -> {
          if (checks.incrementAndGet() == 10) {
            started.countDown();
          }
          ctx.check();
        };
    assertThrows(Context.Interrupted.class, () -> ArrayFormat.str(t, all, check));
    ctrlC.join();
    // a check every few thousand elements: the whole array (two passes) would take about 2000;
    // it stopped before the first pass, which measures the digits, was through
    assertTrue(checks.get() < 900, checks.get() + " checks");
  }

  @Test
  void toStringIsStr() {
    assertEquals("[ 1.5  -2.25]", Tensor.of(1.5, -2.25).toString());
    assertEquals("array([ 1.5 , -2.25])", ArrayFormat.repr(Tensor.of(1.5, -2.25)));
  }
}
