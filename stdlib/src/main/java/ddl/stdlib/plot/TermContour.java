package ddl.stdlib.plot;

/**
 * Contours in the terminal: lines as braille segments coloured by level (one symbol per level in
 * ASCII); filled contours as cells coloured by the band of the interpolated value at their halves.
 */
final class TermContour {
  private static final String LEVEL_SYMBOLS = "-~=+*";

  private TermContour() {}

  static void draw(ContourLayer l, TermPanel p) {
    Field f = l.field();
    if (l.filled()) {
      int bands = l.levels().length - 1;
      for (int row = 0; row < p.rows(); row++) {
        for (int col = 0; col < p.cols(); col++) {
          double x = p.cellX(col);
          int top = l.band(f.interpolate(x, p.cellY(row, 0, 2)));
          int bottom = l.band(f.interpolate(x, p.cellY(row, 1, 2)));
          int mid = l.band(f.interpolate(x, p.cellY(row, 0, 1)));
          p.cell(
              col,
              row,
              top < 0 ? null : l.levelColor(top),
              bottom < 0 ? null : l.levelColor(bottom),
              mid < 0 ? Double.NaN : (mid + 0.5) / bands);
        }
      }
      return;
    }
    double[] levels = l.levels();
    for (int k = 0; k < levels.length; k++) {
      TermPanel.TermStyle st =
          new TermPanel.TermStyle(l.levelColor(k), LEVEL_SYMBOLS.charAt(k % LEVEL_SYMBOLS.length()), 0, "");
      for (double[] s : f.segments(levels[k])) {
        p.segment(s[0], s[1], s[2], s[3], st);
      }
    }
  }
}
