package ddl.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import ddl.stdlib.Tensor;
import org.junit.jupiter.api.Test;

/** Java the engine built from its own translation keeps results written into variables on. */
class TranslatedJavaTest {
  @Test
  void aTimedLoopOfATranslatedStatementIsNotAUsersJavaLine() {
    try (Engine e = Engine.create()) {
      e.eval("acc = arange(3.0) + 0; y = ones(3)", false);
      String body = e.javaOf("acc = acc + y").strip();
      e.evalTranslated("for (long ddl$n = 0; ddl$n < 4L; ddl$n++) " + body);
      assertNotNull(e.context().reusable(Tensor.of(1.0)));
      assertArrayEquals(new double[] {4, 5, 6}, ((Tensor) e.get("acc")).toDoubleArray());
      e.eval("int k = 1;", false);
      assertNull(e.context().reusable(Tensor.of(1.0)));
    }
  }
}
