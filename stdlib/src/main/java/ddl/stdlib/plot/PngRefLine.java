package ddl.stdlib.plot;

/** A reference line as an XChart line from one end of the axis range to the other. */
final class PngRefLine {
  private PngRefLine() {}

  static void draw(RefLineLayer l, PngPanel p) {
    double[] x;
    double[] y;
    if (l.vertical()) {
      x = new double[] {l.value(), l.value()};
      y = new double[] {p.sy.invert(p.ay0), p.sy.invert(p.ay1)};
    } else {
      x = new double[] {p.sx.invert(p.ax0), p.sx.invert(p.ax1)};
      y = new double[] {l.value(), l.value()};
    }
    p.occupySegment(x[0], y[0], x[1], y[1]);
    PngStyles.line(p.series(l.style().label(), x, y), PngPanel.awt(l.style().color()), l.style(), 1.5f);
  }
}
