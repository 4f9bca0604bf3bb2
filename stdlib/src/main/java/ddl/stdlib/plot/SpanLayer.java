package ddl.stdlib.plot;

/** A band across the whole plot between two values: {@code axvspan(x0, x1)}, {@code axhspan}. */
record SpanLayer(boolean vertical, double from, double to, Style style) implements Layer {
  @Override
  public Extent extent(Scale sx, Scale sy) {
    double a = Math.min(from, to);
    double b = Math.max(from, to);
    return vertical
        ? new Extent(sx.apply(a), sx.apply(b), Double.NaN, Double.NaN)
        : new Extent(Double.NaN, Double.NaN, sy.apply(a), sy.apply(b));
  }

  @Override
  public Layer restyle(Style s) {
    return new SpanLayer(vertical, from, to, s);
  }

  @Override
  public int order() {
    return FILL;
  }

  @Override
  public Mark mark() {
    return Mark.FILL;
  }

  @Override
  public TerminalArtist terminal() {
    return p -> TermSpan.draw(this, p);
  }

  @Override
  public PngArtist png() {
    return p -> PngSpan.draw(this, p);
  }
}
