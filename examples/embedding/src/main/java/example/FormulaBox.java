package example;

import ddl.Ddl;
import ddl.engine.CompiledProgram;
import ddl.lang.DdlError;
import ddl.stdlib.Tensor;
import java.io.PrintStream;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/**
 * A data tool's formula box: the user types a ddl formula, the application evaluates it over its
 * own columns, once directly and then many times compiled; the same through {@code javax.script}.
 */
public final class FormulaBox {
  private FormulaBox() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) throws Exception {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) throws Exception {
    double[] price = {10, 12.5, 8, 20};
    double[] quantity = {3, 1, 4, 2};

    try (Ddl ddl = Ddl.builder().out(out).build()) {
      ddl.set("price", price);
      ddl.set("quantity", quantity);
      double total = ddl.eval("sum(price * quantity)", Double.class);
      out.println("total: " + total);

      // compiled once, run for every row set: no translation or javac per run
      CompiledProgram share = ddl.compile("price * quantity / sum(price * quantity)");
      ddl.set("quantity", new double[] {1, 1, 1, 1});
      out.println("shares: " + share.run());

      try {
        ddl.eval("price + [1, 2]");
      } catch (DdlError e) {
        out.println(Ddl.render(e));
      }
    }

    ScriptEngine engine = new ScriptEngineManager().getEngineByName("ddl");
    try (AutoCloseable closing = (AutoCloseable) engine) {
      engine.eval("def discount(p, rate=0.1) = p * (1 - rate)");
      CompiledScript script = ((Compilable) engine).compile("discount(p)");
      for (double p : price) {
        Bindings b = engine.createBindings();
        b.put("p", p);
        out.println("discounted " + p + ": " + script.eval(b));
      }
      Tensor all =
          (Tensor) ((javax.script.Invocable) engine).invokeFunction("discount", price, 0.5);
      out.println("half price: " + all);
    }
  }
}
