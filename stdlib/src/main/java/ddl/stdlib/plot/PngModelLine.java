package ddl.stdlib.plot;

/** The model line as an XChart line across the x axis (sampled along a log axis, where it bends). */
final class PngModelLine {
  private PngModelLine() {}

  static void draw(ModelLineLayer l, PngPanel p) {
    int n = p.sx == Scale.LOG ? 64 : 2;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = p.sx.invert(p.ax0 + (p.ax1 - p.ax0) * i / (n - 1));
      y[i] = l.at(x[i]);
    }
    p.occupySegment(x[0], y[0], x[n - 1], y[n - 1]);
    PngStyles.line(p.series(l.style().label(), x, y), PngPanel.awt(l.style().color()), l.style(), 2.5f);
  }
}
