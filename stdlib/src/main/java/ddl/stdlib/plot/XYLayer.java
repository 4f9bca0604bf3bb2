package ddl.stdlib.plot;

/**
 * Points (x[i], y[i]) joined by a line in order, drawn with markers, or both: {@code plot}, {@code
 * scatter}, {@code path}, {@code curve}. A non-finite value leaves a gap, as in matplotlib.
 */
record XYLayer(double[] x, double[] y, Style style) implements Layer {
  @Override
  public Extent extent(Scale sx, Scale sy) {
    return Extent.of(x, y, sx, sy);
  }

  @Override
  public Layer restyle(Style s) {
    return new XYLayer(x, y, s);
  }

  @Override
  public int order() {
    return style.hasLine() ? LINE : POINTS;
  }

  @Override
  public Mark mark() {
    return style.hasLine() ? Mark.LINE : Mark.POINT;
  }

  @Override
  public TerminalArtist terminal() {
    return p -> TermXY.draw(this, p);
  }

  @Override
  public PngArtist png() {
    return p -> PngXY.draw(this, p);
  }
}
