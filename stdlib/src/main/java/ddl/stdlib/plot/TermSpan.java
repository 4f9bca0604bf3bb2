package ddl.stdlib.plot;

/** A vertical or horizontal span in the terminal: the columns or rows it covers, tinted. */
final class TermSpan {
  private TermSpan() {}

  static void draw(SpanLayer l, TermPanel p) {
    Colors.Rgb c = p.style(l).color();
    double a = Math.min(l.from(), l.to());
    double b = Math.max(l.from(), l.to());
    int n = l.vertical() ? p.cols() : p.rows();
    for (int k = 0; k < n; k++) {
      double v = l.vertical() ? p.cellX(k) : p.cellY(k, 0, 1);
      if (v >= a && v <= b) {
        for (int m = 0; m < (l.vertical() ? p.rows() : p.cols()); m++) {
          p.tint(l.vertical() ? k : m, l.vertical() ? m : k, c);
        }
      }
    }
  }
}
