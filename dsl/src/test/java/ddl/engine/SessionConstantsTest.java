package ddl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ddl.lang.DdlError;
import ddl.lang.Source;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Large literals are kept by the session only while code that can still run refers to them. */
class SessionConstantsTest {
  private static final String NUMBERS =
      IntStream.range(0, 100).mapToObj(i -> i + ".5").collect(Collectors.joining(", "));

  @Test
  void statementsLeaveNothingDefsAndFunctionValuesKeepTheirs() {
    try (Engine e = Engine.create(System.out, System.err, List.of())) {
      for (int i = 0; i < 20; i++) {
        e.eval(new Source("<t>", "d = [" + NUMBERS + "]"), false);
      }
      assertThrows(DdlError.class, () -> e.eval(new Source("<t>", "d = [" + NUMBERS + "] + [1, 2]"), false));
      e.javaOf("q = [" + NUMBERS + "]");
      assertEquals(0, e.session().constantsHeld());
      e.eval(new Source("<t>", "def f() = [" + NUMBERS + "]"), false);
      assertEquals(1, e.session().constantsHeld());
      e.eval(new Source("<t>", "def h(k=[" + NUMBERS + "]) = k[-1]\ng = h"), false);
      assertEquals(99.5, e.eval(new Source("<t>", "g()"), true).value());
      assertEquals(99.5, e.eval(new Source("<t>", "f()[-1]"), true).value());
    }
  }

  @Test
  void aCompiledProgramKeepsItsLiteralsForEveryRun() {
    try (Engine e = Engine.create(System.out, System.err, List.of())) {
      CompiledProgram p = e.compile(new Source("<t>", "v = [" + NUMBERS + "]\nv[-1]"));
      e.eval(new Source("<t>", "w = [" + NUMBERS + "]"), false);
      assertEquals(99.5, p.run());
      assertEquals(99.5, p.run());
    }
  }
}
