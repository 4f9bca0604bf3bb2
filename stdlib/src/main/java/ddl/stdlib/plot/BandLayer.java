package ddl.stdlib.plot;

/** The region between two curves over the same x: {@code fill_between(x, lo, hi)}. */
record BandLayer(double[] x, double[] lo, double[] hi, Style style) implements Layer {
  @Override
  public Extent extent(Scale sx, Scale sy) {
    return Extent.of(x, lo, sx, sy).union(Extent.of(x, hi, sx, sy));
  }

  @Override
  public Layer restyle(Style s) {
    return new BandLayer(x, lo, hi, s);
  }

  @Override
  public int order() {
    return FILL;
  }

  @Override
  public Mark mark() {
    return Mark.FILL;
  }

  /** The band's bounds at {@code at}, interpolated linearly, or null outside its x range. */
  double[] between(double at) {
    for (int i = 1; i < x.length; i++) {
      double a = Math.min(x[i - 1], x[i]);
      double b = Math.max(x[i - 1], x[i]);
      if (at >= a && at <= b) {
        double t = x[i] == x[i - 1] ? 0 : (at - x[i - 1]) / (x[i] - x[i - 1]);
        double l = lo[i - 1] + t * (lo[i] - lo[i - 1]);
        double h = hi[i - 1] + t * (hi[i] - hi[i - 1]);
        return new double[] {Math.min(l, h), Math.max(l, h)};
      }
    }
    return null;
  }

  @Override
  public TerminalArtist terminal() {
    return p -> TermBand.draw(this, p);
  }

  @Override
  public PngArtist png() {
    return p -> PngBand.draw(this, p);
  }
}
