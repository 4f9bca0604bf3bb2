package ddl.stdlib.plot;

/** A horizontal or vertical reference line in the terminal, across the whole plot area. */
final class TermRefLine {
  private TermRefLine() {}

  static void draw(RefLineLayer l, TermPanel p) {
    Frame f = p.frame;
    if (l.vertical()) {
      double u = p.sx.apply(l.value());
      p.segmentAxis(u, f.y.lo(), u, f.y.hi(), p.style(l));
    } else {
      double v = p.sy.apply(l.value());
      p.segmentAxis(f.x.lo(), v, f.x.hi(), v, p.style(l));
    }
  }
}
