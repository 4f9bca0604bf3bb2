package ddl.stdlib.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanvasTest {
  private static String draw(Canvas c, boolean unicode) {
    Grid g = new Grid(c.dotsX() / 2, c.dotsY() / 4);
    c.drawTo(g, 0, 0, unicode);
    return g.print(false);
  }

  @Test
  void brailleDotNumbering() {
    Canvas c = new Canvas(1, 1);
    c.dot(0, 0, '*', null);
    assertEquals("\u2801", draw(c, true));
    c.dot(1, 3, '*', null);
    assertEquals("\u2881", draw(c, true));
  }

  @Test
  void diagonalLine() {
    Canvas c = new Canvas(2, 1);
    c.line(0, 0, 3, 3, 0, '.', null);
    assertEquals("⠑⢄", draw(c, true));
    assertEquals("..", draw(c, false));
  }

  @Test
  void dashedLineLeavesGaps() {
    Canvas c = new Canvas(4, 1);
    c.line(0, 0, 7, 0, 1, '.', null);
    // three dots on, one off
    assertEquals("⠉⠁⠉⠁", draw(c, true));
  }

  @Test
  void colourRunsAreResetAtTheEndOfALine() {
    Grid g = new Grid(3, 1);
    g.put(0, 0, 'a', Colors.parse("red"));
    g.put(1, 0, 'b', Colors.parse("red"));
    assertEquals("\u001b[38;5;160mab\u001b[0m", g.print(true));
    assertEquals("ab", g.print(false));
  }
}
