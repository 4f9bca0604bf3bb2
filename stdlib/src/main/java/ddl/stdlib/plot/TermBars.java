package ddl.stdlib.plot;

/** Bars in the terminal, filled with dots, a one-dot gap between bars wide enough to spare it. */
final class TermBars {
  private TermBars() {}

  static void draw(BarsLayer l, TermPanel p) {
    TermPanel.TermStyle st = p.style(l);
    for (int i = 0; i < l.left().length; i++) {
      if (!Double.isFinite(l.top()[i]) || !Double.isFinite(l.bottom()[i])) {
        continue;
      }
      int d0 = p.dotX(l.left()[i]);
      int d1 = p.dotX(l.right()[i]);
      boolean touching = i + 1 < l.left().length && l.left()[i + 1] == l.right()[i];
      int end = d1 - d0 >= 4 && (touching || !l.pinned()) ? d1 - 2 : d1 - 1;
      double lo = Math.min(l.bottom()[i], l.top()[i]);
      double hi = Math.max(l.bottom()[i], l.top()[i]);
      double floor = p.sy.invert(Math.max(p.sy.apply(lo), p.frame.y.lo()));
      int base = p.dotY(Double.isNaN(floor) ? lo : floor);
      int top = hi > lo ? p.dotY(hi) : base + 1;
      for (int dx = d0; dx <= end; dx++) {
        for (int dy = top; dy <= base; dy++) {
          p.canvas.dot(dx, dy, st.symbol(), st.color());
        }
      }
    }
  }
}
