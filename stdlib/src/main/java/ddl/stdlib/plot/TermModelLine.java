package ddl.stdlib.plot;

/** The model line in the terminal: one segment from the left end of the x axis to the right. */
final class TermModelLine {
  private TermModelLine() {}

  static void draw(ModelLineLayer l, TermPanel p) {
    double lo = p.sx.invert(p.frame.x.lo());
    double hi = p.sx.invert(p.frame.x.hi());
    if (p.sx == Scale.LOG) {
      // a straight line in data is a curve on a log axis: follow it column by column
      for (int c = 0; c + 1 < p.cols(); c++) {
        p.segment(p.cellX(c), l.at(p.cellX(c)), p.cellX(c + 1), l.at(p.cellX(c + 1)), p.style(l));
      }
      return;
    }
    p.segment(lo, l.at(lo), hi, l.at(hi), p.style(l));
  }
}
