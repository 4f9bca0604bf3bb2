package ddl.stdlib.plot;

/**
 * An image or heat map in the terminal: each character cell shows the values nearest to the
 * centres of its upper and lower halves (with colour, as a half block), or the shade of the value
 * nearest to its centre (without).
 */
final class TermImage {
  private TermImage() {}

  static void draw(ImageLayer l, TermPanel p) {
    for (int row = 0; row < p.rows(); row++) {
      for (int col = 0; col < p.cols(); col++) {
        double x = p.cellX(col);
        if (p.color) {
          p.cell(col, row, l.colorAt(x, p.cellY(row, 0, 2)), l.colorAt(x, p.cellY(row, 1, 2)), 0);
        } else {
          p.cell(col, row, null, null, shade(l, x, p.cellY(row, 0, 1)));
        }
      }
    }
  }

  private static double shade(ImageLayer l, double x, double y) {
    int j = (int) Math.floor((x - l.x0()) / (l.x1() - l.x0()) * l.w());
    int i = (int) Math.floor((y - l.y0()) / (l.y1() - l.y0()) * l.h());
    if (i < 0 || j < 0 || i >= l.h() || j >= l.w()) {
      return Double.NaN;
    }
    return l.shade(i, j);
  }
}
