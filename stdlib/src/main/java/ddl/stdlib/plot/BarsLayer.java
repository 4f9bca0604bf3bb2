package ddl.stdlib.plot;

/**
 * Bars from {@code left[i]} to {@code right[i]} across and {@code bottom[i]} to {@code top[i]} up:
 * {@code hist} (bins side by side, {@code pinned}: the x axis ends at the outer edges) and {@code
 * bar}.
 */
record BarsLayer(double[] left, double[] right, double[] bottom, double[] top, boolean pinned, Style style)
    implements Layer {
  @Override
  public Extent extent(Scale sx, Scale sy) {
    Extent e = Extent.NONE;
    for (int i = 0; i < left.length; i++) {
      e = e.union(Extent.box(left[i], right[i], bottom[i], top[i], sx, sy));
    }
    return e;
  }

  @Override
  public Layer restyle(Style s) {
    return new BarsLayer(left, right, bottom, top, pinned, s);
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
  public boolean pinsAxes() {
    return pinned;
  }

  @Override
  public boolean pinsY() {
    return false;
  }

  @Override
  public TerminalArtist terminal() {
    return p -> TermBars.draw(this, p);
  }

  @Override
  public PngArtist png() {
    return p -> PngBars.draw(this, p);
  }
}
