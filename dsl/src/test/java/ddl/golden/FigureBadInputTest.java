package ddl.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.engine.Engine;
import ddl.lang.DdlError;
import ddl.lang.ErrorRenderer;
import ddl.lang.Source;
import ddl.stdlib.Values;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input to figures, as ddl code reaches them: each gives a positioned error in matplotlib's
 * words and the session keeps its variables; data matplotlib draws sensibly (NaN, empty arrays)
 * draws.
 */
class FigureBadInputTest {
  private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
  private static Engine engine;

  @BeforeAll
  static void start() {
    PrintStream ps = new PrintStream(OUT, true, StandardCharsets.UTF_8);
    engine = Engine.create(ps, ps, java.util.List.of());
    engine.eval(
        new Source("<setup>", "keep = [7, 8]; x = [1, 2, 3]; Z = ones(3, 4); g = subplots(2, 3)"), false);
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          `plot(x, [1, 2])`                 | <input>:1:1: x and y must have same first dimension, but have shapes (3,) and (2,)
          `scatter(x, [1, 2])`              | <input>:1:1: x and y must be the same size, found 3 and 2
          `contour(x, [1, 2, 3], Z)`        | <input>:1:1: contour: Length of x (3) must match number of columns in z (4)
          `contourf([1, 2, 3, 4], [1, 2], Z)` | <input>:1:1: contourf: Length of y (2) must match number of rows in z (3)
          `g[2, 0]`                         | <input>:1:1: index 2 is out of bounds for axis 0 with size 2
          `g[0, -4]`                        | <input>:1:1: index -4 is out of bounds for axis 1 with size 3
          `g.plot(x, x)`                    | <input>:1:1: plot: this figure is a grid of 2×3 panels: draw on one of them, fig[i, j].plot(...)
          `plot(x, x, color="reddish")`     | <input>:1:1: unknown color 'reddish': expected one of black, blue, brown, cyan, gray, green, grey, magenta, olive, orange, pink, purple, red, white, yellow, a letter of bgrcmykw, C0 to C9 or a code such as "#ff8800"
          `plot(x, x, "q--")`               | <input>:1:1: 'q--' is not a valid format string (unrecognized character 'q')
          `plot(x, x, linestyle="wavy")`    | <input>:1:1: 'wavy' is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'
          `imshow(Z, cmap="rainbowish")`    | <input>:1:1: 'rainbowish' is not a valid value for cmap; supported values are Blues, Greys, RdBu, coolwarm, gray, grey, hot, inferno, magma, plasma, viridis (and their _r reversals)
          `imshow([1, 2, 3])`               | <input>:1:1: imshow: Invalid shape (3,) for image data
          `heatmap(zeros(0, 3))`            | <input>:1:1: heatmap: Invalid shape (0, 3) for image data
          `imread("no/such.png")`           | <input>:1:1: [Errno 2] No such file or directory: 'no/such.png'
          `plot(x, x).save("fig.svg")`      | <input>:1:1: save: only PNG images can be written, found 'fig.svg' (use a name ending in .png)
          """)
  void errorIsPositionedAndSessionKept(String input, String expected) {
    DdlError e = assertThrows(DdlError.class, () -> engine.eval(new Source("<input>", input), true));
    String rendered = ErrorRenderer.render(e);
    assertEquals(expected, rendered.lines().findFirst().orElse(""), rendered);
    assertTrue(rendered.contains("^"), rendered);
    Engine.Result r = engine.eval(new Source("<input>", "keep"), true);
    assertEquals("[7 8]", Values.display(r.value(), engine.context().printOptions()));
  }

  @Test
  void nonFiniteValuesLeaveGapsAndEmptyArraysDrawEmptyAxes() {
    Engine.Result r =
        engine.eval(new Source("<input>", "str(plot([0, 1, 2, 3, 4], [0, 1, nan, 3, 4]))"), true);
    String text = (String) r.value();
    assertEquals(24, text.split("\n").length);
    Engine.Result e = engine.eval(new Source("<input>", "str(plot([], []).title(\"empty\"))"), true);
    assertTrue(((String) e.value()).contains("empty"));
    Engine.Result png = engine.eval(new Source("<input>", "plot([], []).png().length"), true);
    assertTrue(((Number) png.value()).longValue() > 100);
  }

  @Test
  void panelsAndKeywordsReachJavaMethods() {
    Engine.Result r =
        engine.eval(
            new Source(
                "<input>",
                "h = subplots(1, 2); h[1].plot(x, x, \"r--\", label=\"id\").xlim(0, 4); h[0].hist(x, bins=3); str(h)"),
            true);
    String text = (String) r.value();
    assertTrue(text.contains("┤"), text);
  }
}
