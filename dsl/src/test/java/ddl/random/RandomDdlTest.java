package ddl.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.engine.Engine;
import ddl.lang.DdlError;
import ddl.lang.ErrorRenderer;
import ddl.lang.Source;
import ddl.stdlib.Tensor;
import ddl.stdlib.Values;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * numpy's random functions through the language: explicit values and error messages of numpy 2.x
 * (stdlib/src/test/python/random_explicit.py), keywords on Generator methods, each session's own
 * legacy state and each Generator's own.
 */
class RandomDdlTest {
  private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
  private static Engine engine;
  private static final Map<String, List<Double>> VALUES = new java.util.LinkedHashMap<>();
  private static final Map<String, String> ERRORS = new java.util.LinkedHashMap<>();

  @BeforeAll
  static void start() throws IOException {
    PrintStream ps = new PrintStream(OUT, true, StandardCharsets.UTF_8);
    engine = Engine.create(ps, ps, List.of());
    try (InputStream in = RandomDdlTest.class.getResourceAsStream("/random/explicit.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("value ")) {
          String[] p = line.split(" ");
          List<Double> v = new ArrayList<>();
          for (int i = 2; i < p.length; i++) {
            v.add(Double.parseDouble(p[i]));
          }
          VALUES.put(p[1], v);
        } else if (line.startsWith("error ")) {
          String[] p = line.substring(6).split("\t", 2);
          ERRORS.put(p[0], p[1]);
        }
      }
    }
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  private static Object eval(String code) {
    return engine.eval(new Source("<input>", code), true).value();
  }

  private static List<Double> flat(Object v) {
    List<Double> out = new ArrayList<>();
    if (v instanceof Tensor) {
      Tensor t = (Tensor) v;
      for (int i = 0; i < t.size(); i++) {
        out.add(((Number) t.get(i)).doubleValue());
      }
    } else if (v instanceof List) {
      for (Object o : (List<?>) v) {
        out.addAll(flat(o));
      }
    } else {
      out.add(((Number) v).doubleValue());
    }
    return out;
  }

  private static void same(String key, String code, double tol) {
    List<Double> want = VALUES.get(key);
    List<Double> got = flat(eval(code));
    assertEquals(want.size(), got.size(), key);
    for (int i = 0; i < want.size(); i++) {
      double w = want.get(i);
      double g = got.get(i);
      if (tol == 0) {
        assertEquals(Double.doubleToLongBits(w), Double.doubleToLongBits(g), key + "[" + i + "]: " + w + " vs " + g);
      } else {
        assertTrue(Math.abs(w - g) <= tol * Math.max(1, Math.abs(w)), key + "[" + i + "]: " + w + " vs " + g);
      }
    }
  }

  @Test
  void multivariateNormalWithinTenToTheMinusTen() {
    String cov = "[[2.0, 0.5, 0.1], [0.5, 1.0, 0.2], [0.1, 0.2, 0.5]]";
    StringBuilder code = new StringBuilder();
    for (int s = 0; s < 5; s++) {
      code.append("random.seed(").append(s).append("); m").append(s)
          .append(" = random.multivariate_normal([1, 2, 3], ").append(cov).append(", size=5)\n");
    }
    same("mvn", code + "[m0, m1, m2, m3, m4]", 1e-10);
    same("mvn_2x2", "random.seed(0); random.multivariate_normal([0, 0], [[6, -3], [-3, 3.5]], size=(2, 3))", 1e-10);
    same("mvn_scalar", "random.seed(1); random.multivariate_normal([0.5], [[4.0]])", 1e-10);
    assertEquals("(2, 3, 2)", Values.display(eval(
        "random.multivariate_normal([0, 0], [[1, 0], [0, 1]], size=(2, 3)).shape"), engine.context().printOptions()));
  }

  @Test
  void multivariateNormalForTwentySeedsAndThreeSizes() {
    String cov = "[[2.0, 0.5, 0.1], [0.5, 1.0, 0.2], [0.1, 0.2, 0.5]]";
    long[] seeds = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 42, 99, 123, 2024, 12345, 271828, 314159, 1000000,
      2147483647L, 4294967295L};
    for (long s : seeds) {
      for (int n : new int[] {1, 7}) {
        same("mvn_s" + s + "_n" + n, "random.seed(" + s + "); random.multivariate_normal([1, 2, 3], "
            + cov + ", size=" + n + ")", 1e-10);
      }
      eval("random.seed(" + s + "); big = random.multivariate_normal([1, 2, 3], " + cov + ", size=1000)");
      same("mvn_s" + s + "_n1000_first", "big.reshape(3000)[:30]", 1e-10);
      same("mvn_s" + s + "_n1000_sum", "sum(big)", 1e-10);
    }
  }

  @Test
  void arraysSeedListsAndBigSeeds() {
    same("choice_floats", "random.seed(3); random.choice([0.5, 1.5, 2.5, 3.5], size=(2, 3))", 0);
    same("permutation_2d", "random.seed(4); random.permutation(arange(12).reshape(4, 3))", 0);
    same("seed_list", "random.seed([1, 2, 3]); rand(3)", 0);
    same("rng_list", "random.default_rng([1, 2, 3]).random(3)", 0);
    same("rng_big", "random.default_rng(2**100 + 7).random(3)", 0);
    same("rng_permutation_2d", "random.default_rng(5).permutation(arange(12).reshape(4, 3))", 0);
  }

  @Test
  void theGaussianKeepsItsSecondValueAcrossCalls() {
    same("randn_split", "seed(7); [randn(1)[0], randn(1)[0], randn(1)[0]]", 0);
    same("randn_whole", "seed(7); randn(3)", 0);
    same("randn_whole", "seed(7); [randn(), random.standard_normal(), random.normal()]", 0);
  }

  @Test
  void keywordsOnGeneratorMethods() {
    eval("rng = random.default_rng(0)");
    assertEquals("(2, 3)", Values.display(eval("rng.normal(0, 1, size=(2, 3)).shape"), engine.context().printOptions()));
    Object a = eval("rng = random.default_rng(42); rng.integers(0, 10, size=5, endpoint=true)");
    Object b = eval("rng = random.default_rng(42); rng.integers(0, 11, 5)");
    assertEquals(flat(b), flat(a));
    assertEquals("Generator(PCG64)", Values.display(eval("random.default_rng(1)"), engine.context().printOptions()));
    DdlError e = assertThrows(DdlError.class, () -> eval("random.default_rng(1).normall(0)"));
    assertEquals("'Generator' object has no attribute 'normall'", e.getMessage());
    DdlError k = assertThrows(DdlError.class, () -> eval("random.default_rng(1).normal(0, scal=1)"));
    assertTrue(k.getMessage().contains("unexpected keyword argument 'scal'"), k.getMessage());
  }

  @Test
  void eachGeneratorAndEachSessionHasItsOwnState() {
    Object one = eval("g = random.default_rng(3); h = random.default_rng(3); x = g.random(2); h.random(2)");
    assertEquals(flat(eval("x")), flat(one));
    PrintStream ps = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (Engine other = Engine.create(ps, ps, List.of())) {
      eval("seed(5)");
      other.eval(new Source("<other>", "seed(5); rand(4)"), true);
      Object mine = eval("rand(2)");
      Object theirs = other.eval(new Source("<other>", "rand(1)"), true).value();
      assertEquals(flat(engine.eval(new Source("<input>", "seed(5); rand(2)"), true).value()), flat(mine));
      assertEquals(flat(engine.eval(new Source("<input>", "seed(5); rand(5)[4:]"), true).value()), flat(theirs));
    }
  }

  @Test
  void scalarsAreFloatsAndIntsShapesAndDtypesAreNumpys() {
    assertEquals("float", Values.typeName(eval("seed(0); random.normal()")));
    assertEquals("int", Values.typeName(eval("random.randint(5)")));
    assertEquals("int", Values.typeName(eval("random.choice(5)")));
    assertEquals("int64", Values.display(eval("random.randint(0, 5, size=(2, 2)).dtype"), engine.context().printOptions()));
    assertEquals("bool", Values.display(eval("random.randint(0, 2, size=3, dtype=\"bool\").dtype"), engine.context().printOptions()));
    assertEquals("float64", Values.display(eval("rand(2, 2).dtype"), engine.context().printOptions()));
    assertEquals("(0,)", Values.display(eval("random.normal(size=0).shape"), engine.context().printOptions()));
    assertEquals("float", Values.typeName(eval("random.default_rng(0).random()")));
    assertEquals("int", Values.typeName(eval("random.default_rng(0).integers(9)")));
  }

  /** Every random built-in's example with {@code # => result} prints that result. */
  @TestFactory
  Stream<DynamicTest> examplesPrintWhatTheirDocsSay() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ddl.stdlib.Builtins.Info info : ddl.stdlib.Builtins.all().values()) {
      String ex = info.example();
      if (!info.name().startsWith("random.") || ex == null || !ex.contains("# =>")) {
        continue;
      }
      String code = ex.substring(0, ex.indexOf("# =>")).strip();
      String want = ex.substring(ex.indexOf("# =>") + 4).strip();
      tests.add(DynamicTest.dynamicTest(info.name() + ": " + code, () ->
          assertEquals(want, Values.display(eval(code), engine.context().printOptions()))));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> errorsHaveNumpysMessagesAndAPosition() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, String> e : ERRORS.entrySet()) {
      String code = e.getKey().startsWith("rng.") ? "rng = random.default_rng(0); " + e.getKey() : e.getKey();
      tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
        eval("keep = 7");
        DdlError err = assertThrows(DdlError.class, () -> eval(code));
        String rendered = ErrorRenderer.render(err);
        String first = rendered.lines().findFirst().orElse("");
        assertTrue(first.matches("<input>:1:\\d+: .*"), rendered);
        assertEquals(e.getValue(), first.replaceFirst("<input>:1:\\d+: ", ""), rendered);
        assertEquals(7L, eval("keep"));
      }));
    }
    return tests.stream();
  }
}
