package ddl.stdlib.plot;

/** A line across the whole plot at one value: {@code axhline(y)} or {@code axvline(x)}. */
record RefLineLayer(boolean vertical, double value, Style style) implements Layer {
  @Override
  public Extent extent(Scale sx, Scale sy) {
    return vertical
        ? new Extent(sx.apply(value), sx.apply(value), Double.NaN, Double.NaN)
        : new Extent(Double.NaN, Double.NaN, sy.apply(value), sy.apply(value));
  }

  @Override
  public Layer restyle(Style s) {
    return new RefLineLayer(vertical, value, s);
  }

  @Override
  public int order() {
    return LINE;
  }

  @Override
  public TerminalArtist terminal() {
    return p -> TermRefLine.draw(this, p);
  }

  @Override
  public PngArtist png() {
    return p -> PngRefLine.draw(this, p);
  }
}
