package ddl.stdlib.plot;

/** Text in the terminal, starting in the cell of its data point, over lines and points. */
final class TermText {
  private TermText() {}

  static void draw(TextLayer l, TermPanel p) {
    int col = p.col(l.x());
    int row = p.row(l.y());
    if (row < 0 || row >= p.rows() || col >= p.cols()) {
      return;
    }
    Colors.Rgb c = l.style().color();
    String s = l.text();
    int start = Math.max(0, Math.min(col, p.cols() - s.length()));
    p.later(
        () -> {
          for (int i = 0; i < s.length() && start + i < p.cols(); i++) {
            p.grid.put(p.frame.left + start + i, p.frame.top + row, s.charAt(i), c);
          }
        });
  }
}
