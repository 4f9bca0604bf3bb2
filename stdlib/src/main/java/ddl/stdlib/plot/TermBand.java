package ddl.stdlib.plot;

/** A band in the terminal: the cells whose centre lies between its two curves, tinted. */
final class TermBand {
  private TermBand() {}

  static void draw(BandLayer l, TermPanel p) {
    Colors.Rgb c = p.style(l).color();
    for (int col = 0; col < p.cols(); col++) {
      double[] b = l.between(p.cellX(col));
      if (b == null) {
        continue;
      }
      for (int row = 0; row < p.rows(); row++) {
        double y = p.cellY(row, 0, 1);
        if (y >= b[0] && y <= b[1]) {
          p.tint(col, row, c);
        }
      }
    }
  }
}
