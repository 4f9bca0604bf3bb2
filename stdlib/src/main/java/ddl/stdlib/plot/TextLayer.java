package ddl.stdlib.plot;

/** Text whose left end is at the data point (x, y): {@code text(x, y, s)}. */
record TextLayer(double x, double y, String text, Style style) implements Layer {
  @Override
  public Extent extent(Scale sx, Scale sy) {
    return Extent.of(new double[] {x}, new double[] {y}, sx, sy);
  }

  @Override
  public Layer restyle(Style s) {
    return new TextLayer(x, y, text, s);
  }

  @Override
  public boolean cycles() {
    return false;
  }

  @Override
  public int order() {
    return TEXT;
  }

  @Override
  public TerminalArtist terminal() {
    return p -> TermText.draw(this, p);
  }

  @Override
  public PngArtist png() {
    return p -> PngText.draw(this, p);
  }
}
