package ddl.stdlib.plot;

/**
 * Lines and points in the terminal: segments between consecutive finite points, and a 2×2-dot
 * square per point where the layer has markers (on a line only where points are far enough apart
 * to be told from it).
 */
final class TermXY {
  private TermXY() {}

  static void draw(XYLayer l, TermPanel p) {
    TermPanel.TermStyle st = p.style(l);
    double[] x = l.x();
    double[] y = l.y();
    if (l.style().hasLine()) {
      for (int i = 1; i < x.length; i++) {
        p.segment(x[i - 1], y[i - 1], x[i], y[i], st);
      }
      if (x.length == 1) {
        p.canvas.dot(p.dotX(x[0]), p.dotY(y[0]), st.symbol(), st.color());
      }
    }
    boolean markers = !l.style().hasLine() || (l.style().marker() != 0 && x.length * 4 <= p.canvas.dotsX());
    if (markers) {
      for (int i = 0; i < x.length; i++) {
        p.point(x[i], y[i], st);
      }
    }
  }
}
