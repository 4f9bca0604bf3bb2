package ddl.stdlib.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.stdlib.Builtins;
import ddl.stdlib.Context;
import ddl.stdlib.Members;
import ddl.stdlib.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figure API as ddl reaches it: built-ins with keywords, methods by reflection, errors. */
class FigureApiTest {
  private static Object call(String name, Object[] args, String[] kw, Object... kwValues) {
    return Builtins.call(null, name, args, kw, kwValues);
  }

  @Test
  void builtinsAreRegisteredWithTheirKeywords() {
    assertEquals(
        "scatter(x, y, color=None, label=None, marker=None, title=None, xlabel=None, ylabel=None,"
            + " xlim=None, ylim=None, logx=None, logy=None, legend=None)",
        Builtins.info("scatter").signature());
    assertEquals(
        "curve(fit, log=false, color=None, label=None, title=None)",
        Builtins.info("curve").signature());
    assertTrue(Builtins.info("hist").signature().startsWith("hist(x, bins=10, color=None, label=None"));
    assertEquals("surface(fn, r0, r1, cmap=None)", Builtins.info("surface").signature());
    assertTrue(Builtins.info("show").takesContext());
  }

  @Test
  void methodsChainThroughReflection() {
    Object fig =
        call(
            "scatter",
            new Object[] {List.of(1L, 2L, 3L), List.of(2L, 4L, 5L)},
            new String[] {"color"},
            "red");
    Object same = Members.invoke(fig, "line", List.of(0L, 2L));
    assertSame(fig, same);
    Members.invoke(fig, "line", Tensor.of(1.0, 1.0), "green", "guess");
    Members.invoke(fig, "title", "three points");
    Members.invoke(fig, "labels", "x", "y");
    Figure f = (Figure) fig;
    assertEquals(3, f.layers().size());
    assertEquals(Colors.parse("red"), f.layers().get(0).style().color());
    assertEquals("guess", f.layers().get(2).style().label());
    assertEquals("phi=[0, 2]", f.layers().get(1).style().label());
    assertTrue(f.toString().contains("• data   ── phi=[0, 2]   ╌╌ guess"));
  }

  @Test
  void legendIsAutomaticFromTwoSeries() {
    Figure one = new Figure().scatter(List.of(1L, 2L), List.of(1L, 2L));
    assertFalse(one.showLegend());
    assertTrue(one.copy().legend().showLegend());
    Figure two = one.copy().line(List.of(0L, 1L));
    assertTrue(two.showLegend());
    assertFalse(two.legend(false).showLegend());
    assertEquals(1, one.layers().size());
  }

  @Test
  void showDrawsAtTheDisplaySize() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Context ctx = new Context(new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err);
    ctx.setDisplay(new Context.Display(40, 10, false, false));
    Builtins.call(ctx, "show", new Object[] {Lecture.data()}, new String[0], new Object[0]);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(10, out.split("\n").length);
    assertTrue(out.contains("*"));
  }

  @Test
  void histogramCountsAsNumpy() {
    Figure h = new Figure().hist(Tensor.of(0.0, 1, 1, 2, 3, 4), 4L);
    BarsLayer s = (BarsLayer) h.layers().get(0);
    assertEquals(List.of(0.0, 1.0, 2.0, 3.0), box(s.left()));
    assertEquals(List.of(1.0, 2.0, 3.0, 4.0), box(s.right()));
    // the last bin is closed: 3 and 4 both fall in [3, 4]
    assertEquals(List.of(1.0, 2.0, 1.0, 2.0), box(s.top()));
  }

  @Test
  void surfaceCallsFnWithAVectorOfTwo() {
    Figure s =
        (Figure)
            Builtins.call(
                null,
                "surface",
                new Object[] {Lecture.LOSS, Tensor.of(0.0, 300, 600), Tensor.of(0.0, 10)},
                new String[0],
                new Object[0]);
    ImageLayer img = (ImageLayer) s.layers().get(0);
    assertEquals(3, img.w());
    assertEquals(2, img.h());
    // row j is r1[j] (origin lower), column i is r0[i]
    assertEquals(Lecture.LOSS.call(Tensor.of(300.0, 10)), img.v()[1 * 3 + 1]);
  }

  @Test
  void clearErrors() {
    Figure f = Lecture.data();
    assertEquals(
        "x and y must be the same size, found 2 and 3",
        assertThrows(
                IllegalArgumentException.class,
                () -> f.scatter(List.of(1L, 2L), List.of(1L, 2L, 3L)))
            .getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> f.line(List.of(1L, 2L), "reddish"))
            .getMessage()
            .startsWith("unknown color 'reddish': expected one of black, blue, brown,"));
    assertEquals(
        "line: phi must hold 2 values (intercept, slope), found 3",
        assertThrows(IllegalArgumentException.class, () -> f.line(List.of(1L, 2L, 3L)))
            .getMessage());
    assertEquals(
        "surface: r0 must be increasing, as linspace(a, b, n) is",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    PlotBuiltins.surface(
                        null, Lecture.LOSS, Tensor.of(1.0, 0), Tensor.of(0.0, 1), null))
            .getMessage());
    assertEquals(
        "path: expected iterates of shape (n, 2) or more columns, found (3,)",
        assertThrows(IllegalArgumentException.class, () -> f.path(Tensor.of(1.0, 2, 3)))
            .getMessage());
  }

  private static List<Double> box(double[] d) {
    return java.util.Arrays.stream(d).boxed().toList();
  }
}
