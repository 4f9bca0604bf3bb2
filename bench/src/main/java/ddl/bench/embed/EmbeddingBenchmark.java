package ddl.bench.embed;

import ddl.Ddl;
import ddl.stdlib.Tensor;
import java.util.Arrays;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/**
 * Figures for the embedding API, not a timed test: the median of {@code CompiledScript.eval} of
 * {@code 2 * x + 1} on a 10-element tensor with fresh bindings, and the time of {@code
 * Ddl.create()} after the first. Run: {@code bench/main.sh ddl.bench.embed.EmbeddingBenchmark}.
 */
public final class EmbeddingBenchmark {
  private EmbeddingBenchmark() {}

  /** Prints the figures. */
  public static void main(String[] args) throws Exception {
    ScriptEngine engine = new ScriptEngineManager().getEngineByName("ddl");
    CompiledScript script = ((Compilable) engine).compile("2 * x + 1");
    Tensor x = Tensor.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    long[] t = new long[50_000];
    for (int i = 0; i < t.length; i++) {
      Bindings b = engine.createBindings();
      b.put("x", x);
      long s = System.nanoTime();
      script.eval(b);
      t[i] = System.nanoTime() - s;
    }
    report("CompiledScript.eval(bindings), 2 * x + 1, 10 elements", t, 1e3, "us");
    ((AutoCloseable) engine).close();

    try (Ddl ddl = Ddl.create()) {
      ddl.set("x", x);
      var p = ddl.compile("2 * x + 1");
      for (int i = 0; i < t.length; i++) {
        long s = System.nanoTime();
        p.run();
        t[i] = System.nanoTime() - s;
      }
      report("Ddl CompiledProgram.run, 2 * x + 1, 10 elements", t, 1e3, "us");
    }

    long[] create = new long[10];
    long[] idle = new long[10];
    for (int i = 0; i < create.length; i++) {
      long s = System.nanoTime();
      Ddl d = Ddl.create();
      create[i] = System.nanoTime() - s;
      d.close();
    }
    report("Ddl.create() back to back", create, 1e6, "ms");
    for (int i = 0; i < idle.length; i++) {
      Thread.sleep(3000); // an application that creates instances now and then
      long s = System.nanoTime();
      Ddl d = Ddl.create();
      idle[i] = System.nanoTime() - s;
      d.close();
    }
    report("Ddl.create() 3 s apart", idle, 1e6, "ms");
  }

  private static void report(String what, long[] nanos, double unit, String name) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    System.out.printf(
        "%-55s median %.1f %s, p90 %.1f %s, max %.1f %s%n",
        what,
        s[s.length / 2] / unit,
        name,
        s[s.length * 9 / 10] / unit,
        name,
        s[s.length - 1] / unit,
        name);
  }
}
