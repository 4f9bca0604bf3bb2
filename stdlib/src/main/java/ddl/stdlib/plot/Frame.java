package ddl.stdlib.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The layout shared by every terminal figure: title, y label and legend on top, y tick labels and
 * axis on the left, x axis, tick labels and x label below, an optional reserve on the right (the
 * colour bar of a heat map), and the plot area in between. Everything fits the given size.
 */
final class Frame {
  /** One legend entry: a marker drawn in the series' colour, then the label. */
  record Entry(String marker, Colors.Rgb color, String label) {}

  final int left;
  final int top;
  final int cols;
  final int rows;
  final Ticks.Axis x;
  final Ticks.Axis y;
  private final int[] legendRows;
  private final int headerRow;

  private Frame(
      int left,
      int top,
      int cols,
      int rows,
      Ticks.Axis x,
      Ticks.Axis y,
      int headerRow,
      int[] legendRows) {
    this.left = left;
    this.top = top;
    this.cols = cols;
    this.rows = rows;
    this.x = x;
    this.y = y;
    this.headerRow = headerRow;
    this.legendRows = legendRows;
  }

  /**
   * Lays out and draws the frame of a figure on {@code grid}; the caller then fills the plot area.
   * The tick makers receive a tick count and are asked again with fewer when labels would collide.
   */
  static Frame draw(
      Grid grid,
      boolean unicode,
      String title,
      String xlabel,
      String ylabel,
      List<Entry> legend,
      int rightReserve,
      IntFunction<Ticks.Axis> xTicks,
      IntFunction<Ticks.Axis> yTicks) {
    int w = grid.width();
    int h = grid.height();
    List<List<Entry>> legendLines = wrap(legend, w - 2);
    String yl = ylabel == null ? "" : ylabel;
    boolean shareHeader =
        legendLines.size() == 1
            && (yl.isEmpty() || yl.length() + 3 + width(legendLines.get(0)) <= w);
    int header =
        (yl.isEmpty() ? 0 : 1) + legendLines.size() - (shareHeader && !yl.isEmpty() ? 1 : 0);
    boolean hasTitle = title != null && !title.isEmpty();
    boolean hasXlabel = xlabel != null && !xlabel.isEmpty();
    int fixed = (hasTitle ? 1 : 0) + header + 2 + (hasXlabel ? 1 : 0);
    // on a very small screen the plot keeps at least three rows: decorations go first
    while (h - fixed < 3 && fixed > 2) {
      if (hasXlabel) {
        hasXlabel = false;
      } else if (hasTitle) {
        hasTitle = false;
      } else {
        header = 0;
        legendLines = List.of();
        yl = "";
      }
      fixed = (hasTitle ? 1 : 0) + header + 2 + (hasXlabel ? 1 : 0);
    }
    int top = (hasTitle ? 1 : 0) + header;
    int rows = Math.max(1, h - fixed);
    Ticks.Axis ya = null;
    for (int n = Math.max(2, Math.min(8, rows / 4 + 1)); n >= 2; n--) {
      ya = yTicks.apply(n);
      if (distinctRows(ya, rows) || n == 2) {
        break;
      }
    }
    int labelWidth = 0;
    for (String s : ya.labels()) {
      labelWidth = Math.max(labelWidth, s.length());
    }
    int left = labelWidth + 1;
    int cols = Math.max(1, w - left - rightReserve);
    Ticks.Axis xa = null;
    for (int n = Math.max(2, Math.min(10, cols / 10 + 1)); n >= 2; n--) {
      xa = xTicks.apply(n);
      if (labelsFit(xa, left, cols) || n == 2) {
        break;
      }
    }
    int[] legendAt = new int[legendLines.size()];
    int row = hasTitle ? 1 : 0;
    int headerRow = -1;
    if (!yl.isEmpty()) {
      headerRow = row;
      if (!shareHeader) {
        row++;
      }
    }
    for (int i = 0; i < legendAt.length; i++) {
      legendAt[i] = row++;
    }
    Frame f = new Frame(left, top, cols, rows, xa, ya, headerRow, legendAt);
    f.decorate(grid, unicode, hasTitle ? title : null, hasXlabel ? xlabel : null, yl, legendLines);
    return f;
  }

  /** The same layout with another y axis: the right-hand axis of a second y scale. */
  Frame withY(Ticks.Axis other) {
    return new Frame(left, top, cols, rows, x, other, headerRow, legendRows);
  }

  /** Draws this frame's y axis on the right of the plot area, its labels beside it. */
  void rightAxis(Grid g, boolean unicode) {
    int axis = left + cols;
    for (int r = 0; r < rows; r++) {
      g.put(axis, top + r, unicode ? '│' : '|', null);
    }
    for (int i = 0; i < y.values().length; i++) {
      int r = top + dotY(y.values()[i]) / 4;
      g.put(axis, r, unicode ? '├' : '+', null);
      g.text(axis + 1, r, y.labels()[i], null);
    }
    g.put(axis, top + rows, unicode ? '┘' : '+', null);
  }

  /** The plot-area column of a value on the x axis (dot precision: 2 per column). */
  int dotX(double v) {
    return (int) Math.round((v - x.lo()) / (x.hi() - x.lo()) * (cols * 2 - 1));
  }

  /** The plot-area dot row of a value on the y axis (4 per row, from the top). */
  int dotY(double v) {
    return (int) Math.round((y.hi() - v) / (y.hi() - y.lo()) * (rows * 4 - 1));
  }

  private void decorate(
      Grid g,
      boolean unicode,
      String title,
      String xlabel,
      String ylabel,
      List<List<Entry>> legend) {
    if (title != null) {
      g.text(center(title.length(), left, cols, g.width()), 0, title, null);
    }
    if (headerRow >= 0) {
      g.text(0, headerRow, ylabel, null);
    }
    for (int i = 0; i < legend.size(); i++) {
      int width = width(legend.get(i));
      int col = i == 0 && legendRows[0] == headerRow ? g.width() - width : left;
      for (Entry e : legend.get(i)) {
        g.text(col, legendRows[i], e.marker(), e.color());
        g.text(col + e.marker().length() + 1, legendRows[i], e.label(), null);
        col += entryWidth(e) + 3;
      }
    }
    int axis = left - 1;
    for (int r = 0; r < rows; r++) {
      g.put(axis, top + r, unicode ? '│' : '|', null);
    }
    for (int i = 0; i < y.values().length; i++) {
      int r = top + dotY(y.values()[i]) / 4;
      String s = y.labels()[i];
      g.text(axis - s.length(), r, s, null);
      g.put(axis, r, unicode ? '┤' : '+', null);
    }
    int base = top + rows;
    g.put(axis, base, unicode ? '└' : '+', null);
    for (int c = 0; c < cols; c++) {
      g.put(left + c, base, unicode ? '─' : '-', null);
    }
    int free = 0;
    for (int i = 0; i < x.values().length; i++) {
      int c = left + dotX(x.values()[i]) / 2;
      g.put(c, base, unicode ? '┬' : '+', null);
      String s = x.labels()[i];
      int start = Math.max(free, Math.min(g.width() - s.length(), c - (s.length() - 1) / 2));
      g.text(start, base + 1, s, null);
      free = start + s.length() + 1;
    }
    if (xlabel != null) {
      g.text(center(xlabel.length(), left, cols, g.width()), base + 2, xlabel, null);
    }
  }

  private static boolean distinctRows(Ticks.Axis a, int rows) {
    int last = -1;
    for (double v : a.values()) {
      int r = (int) Math.round((a.hi() - v) / (a.hi() - a.lo()) * (rows * 4 - 1)) / 4;
      if (r == last) {
        return false;
      }
      last = r;
    }
    return true;
  }

  private static boolean labelsFit(Ticks.Axis a, int left, int cols) {
    int free = 0;
    for (int i = 0; i < a.values().length; i++) {
      int c =
          left
              + (int) Math.round((a.values()[i] - a.lo()) / (a.hi() - a.lo()) * (cols * 2 - 1)) / 2;
      int start = c - (a.labels()[i].length() - 1) / 2;
      if (start < free) {
        return false;
      }
      free = start + a.labels()[i].length() + 1;
    }
    return true;
  }

  private static int center(int len, int left, int cols, int width) {
    int c = left + (cols - len) / 2;
    return Math.max(0, Math.min(width - len, c));
  }

  private static List<List<Entry>> wrap(List<Entry> entries, int width) {
    List<List<Entry>> lines = new ArrayList<>();
    List<Entry> line = new ArrayList<>();
    for (Entry e : entries) {
      if (!line.isEmpty() && width(line) + 3 + entryWidth(e) > width) {
        lines.add(line);
        line = new ArrayList<>();
      }
      line.add(e);
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  private static int width(List<Entry> line) {
    int w = 0;
    for (Entry e : line) {
      w += (w == 0 ? 0 : 3) + entryWidth(e);
    }
    return w;
  }

  private static int entryWidth(Entry e) {
    return e.marker().length() + 1 + e.label().length();
  }
}
