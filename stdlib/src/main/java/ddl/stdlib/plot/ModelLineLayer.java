package ddl.stdlib.plot;

/** The model line {@code phi0 + phi1·x} across the whole x axis: {@code .line(phi)}. */
record ModelLineLayer(double[] phi, Style style) implements Layer {
  double at(double x) {
    return phi[0] + (phi.length > 1 ? phi[1] * x : 0);
  }

  @Override
  public Extent extent(Scale sx, Scale sy) {
    return Extent.NONE;
  }

  @Override
  public Extent extentOver(Scale sx, Scale sy, double x0, double x1) {
    double a = sy.apply(at(sx.invert(x0)));
    double b = sy.apply(at(sx.invert(x1)));
    return new Extent(Double.NaN, Double.NaN, Extent.lo(a, b), Extent.hi(a, b));
  }

  @Override
  public Layer restyle(Style s) {
    return new ModelLineLayer(phi, s);
  }

  @Override
  public int order() {
    return LINE;
  }

  @Override
  public TerminalArtist terminal() {
    return p -> TermModelLine.draw(this, p);
  }

  @Override
  public PngArtist png() {
    return p -> PngModelLine.draw(this, p);
  }
}
