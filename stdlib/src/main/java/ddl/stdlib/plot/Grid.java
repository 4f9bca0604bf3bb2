package ddl.stdlib.plot;

/**
 * A screen of {@code width × height} character cells, each with an optional foreground and
 * background colour; printed with ANSI escapes or as plain text. Figures are laid out on one, so
 * that what is printed never exceeds the size it was given.
 */
final class Grid {
  private final int width;
  private final int height;
  private final char[][] chars;
  private final Colors.Rgb[][] fg;
  private final Colors.Rgb[][] bg;

  Grid(int width, int height) {
    this.width = width;
    this.height = height;
    chars = new char[height][width];
    fg = new Colors.Rgb[height][width];
    bg = new Colors.Rgb[height][width];
    for (char[] row : chars) {
      java.util.Arrays.fill(row, ' ');
    }
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  /** Sets one cell; cells outside the grid are ignored, so callers need not clip. */
  void put(int col, int row, char c, Colors.Rgb color) {
    if (col >= 0 && col < width && row >= 0 && row < height) {
      chars[row][col] = c;
      fg[row][col] = color;
    }
  }

  void background(int col, int row, Colors.Rgb color) {
    if (col >= 0 && col < width && row >= 0 && row < height) {
      bg[row][col] = color;
    }
  }

  /** Two colours the terminal shows alike (the same palette entry), so that one escape covers both. */
  private static boolean same(Colors.Rgb a, Colors.Rgb b) {
    return a == b || (a != null && b != null && a.ansi256() == b.ansi256());
  }

  /** Copies another grid onto this one with its top left cell at (col, row). */
  void place(Grid sub, int col, int row) {
    for (int r = 0; r < sub.height; r++) {
      for (int c = 0; c < sub.width; c++) {
        if (col + c < width && row + r < height && col + c >= 0 && row + r >= 0) {
          chars[row + r][col + c] = sub.chars[r][c];
          fg[row + r][col + c] = sub.fg[r][c];
          bg[row + r][col + c] = sub.bg[r][c];
        }
      }
    }
  }

  char at(int col, int row) {
    return chars[row][col];
  }

  /** Writes text from {@code col}, cut at the right edge. */
  void text(int col, int row, String s, Colors.Rgb color) {
    for (int i = 0; i < s.length(); i++) {
      put(col + i, row, s.charAt(i), color);
    }
  }

  /**
   * The lines of the screen joined by newlines, without trailing blanks; with {@code color}, ANSI
   * 256-colour escapes around each run of one colour, reset at the end of every line.
   */
  String print(boolean color) {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < height; r++) {
      int end = width;
      while (end > 0 && chars[r][end - 1] == ' ' && (!color || bg[r][end - 1] == null)) {
        end--;
      }
      Colors.Rgb curFg = null;
      Colors.Rgb curBg = null;
      for (int c = 0; c < end; c++) {
        if (color && (!same(fg[r][c], curFg) || !same(bg[r][c], curBg))) {
          if ((curFg != null && fg[r][c] == null) || (curBg != null && bg[r][c] == null)) {
            sb.append("\u001b[0m");
            curFg = null;
            curBg = null;
          }
          if (fg[r][c] != null && !same(fg[r][c], curFg)) {
            sb.append(fg[r][c].fg());
          }
          if (bg[r][c] != null && !same(bg[r][c], curBg)) {
            sb.append(bg[r][c].bg());
          }
          curFg = fg[r][c];
          curBg = bg[r][c];
        }
        sb.append(chars[r][c]);
      }
      if (curFg != null || curBg != null) {
        sb.append("\u001b[0m");
      }
      if (r < height - 1) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
