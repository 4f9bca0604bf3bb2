package ddl.stdlib.plot;

/**
 * A dot canvas over a block of character cells: each cell holds 2×4 dots, printed as one Unicode
 * braille character (U+2800 + a bit per dot), or as the ASCII symbol of the series that drew there
 * last. Each cell also keeps the colour of the series that drew there last.
 */
final class Canvas {
  /** The braille bit of dot (x, y) in a cell: the dot numbering of the Unicode braille block. */
  private static final int[][] BITS = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};

  private final int cols;
  private final int rows;
  private final int[][] bits;
  private final char[][] symbols;
  private final Colors.Rgb[][] colors;

  Canvas(int cols, int rows) {
    this.cols = cols;
    this.rows = rows;
    bits = new int[rows][cols];
    symbols = new char[rows][cols];
    colors = new Colors.Rgb[rows][cols];
  }

  /** Dots across. */
  int dotsX() {
    return cols * 2;
  }

  /** Dots down. */
  int dotsY() {
    return rows * 4;
  }

  /** Sets dot (x, y), counted from the top left; dots outside the canvas are ignored. */
  void dot(int x, int y, char symbol, Colors.Rgb color) {
    if (x < 0 || y < 0 || x >= dotsX() || y >= dotsY()) {
      return;
    }
    int c = x / 2;
    int r = y / 4;
    bits[r][c] |= BITS[y % 4][x % 2];
    symbols[r][c] = symbol;
    colors[r][c] = color;
  }

  /**
   * A line of dots from (x0, y0) to (x1, y1) (Bresenham's algorithm); {@code dash} {@code n > 0}
   * leaves gaps of n dots after every 2n + 1 dots drawn, so that lines stay apart without colour.
   */
  void line(int x0, int y0, int x1, int y1, int dash, char symbol, Colors.Rgb color) {
    int dx = Math.abs(x1 - x0);
    int dy = -Math.abs(y1 - y0);
    int sx = x0 < x1 ? 1 : -1;
    int sy = y0 < y1 ? 1 : -1;
    int err = dx + dy;
    int period = dash > 0 ? 3 * dash + 1 : 1;
    for (int i = 0; ; i++) {
      if (dash == 0 || i % period <= 2 * dash) {
        dot(x0, y0, symbol, color);
      }
      if ((x0 == x1 && y0 == y1) || i > 4 * (dotsX() + dotsY())) {
        return;
      }
      int e2 = 2 * err;
      if (e2 >= dy) {
        err += dy;
        x0 += sx;
      }
      if (e2 <= dx) {
        err += dx;
        y0 += sy;
      }
    }
  }

  /** True where any dot of cell (col, row) is set. */
  boolean inked(int col, int row) {
    return bits[row][col] != 0;
  }

  /** Copies the inked cells onto the grid, with their top left cell at (left, top). */
  void drawTo(Grid grid, int left, int top, boolean unicode) {
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (bits[r][c] != 0) {
          char ch = unicode ? (char) (0x2800 + bits[r][c]) : symbols[r][c];
          grid.put(left + c, top + r, ch, colors[r][c]);
        }
      }
    }
  }
}
