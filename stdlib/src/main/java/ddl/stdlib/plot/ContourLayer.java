package ddl.stdlib.plot;

/**
 * Contour lines of a field at given levels ({@code contour}), or the bands between consecutive
 * levels filled ({@code contourf}), coloured through a colormap unless the style gives one colour.
 */
record ContourLayer(
    Field field, double[] levels, boolean filled, Colormap cmap, boolean showBar, Style style)
    implements Layer {

  /** The colour of line k, or of the band between levels k and k + 1. */
  Colors.Rgb levelColor(int k) {
    if (style.color() != null && !filled) {
      return style.color();
    }
    return cmap.level(k, filled ? levels.length - 1 : levels.length);
  }

  /** The band index of a value (-1 outside the levels or NaN). */
  int band(double z) {
    if (!(z >= levels[0]) || z > levels[levels.length - 1]) {
      return -1;
    }
    for (int k = 1; k < levels.length; k++) {
      if (z <= levels[k]) {
        return k - 1;
      }
    }
    return levels.length - 2;
  }

  @Override
  public Extent extent(Scale sx, Scale sy) {
    double[] xs = field.xs();
    double[] ys = field.ys();
    return Extent.box(xs[0], xs[xs.length - 1], ys[0], ys[ys.length - 1], sx, sy);
  }

  @Override
  public Layer restyle(Style s) {
    return new ContourLayer(field, levels, filled, cmap, showBar, s);
  }

  @Override
  public boolean cycles() {
    return false;
  }

  @Override
  public int order() {
    return filled ? RASTER : LINE;
  }

  @Override
  public boolean pinsAxes() {
    return true;
  }

  @Override
  public ColorBar colorBar() {
    return showBar ? new ColorBar(cmap, levels[0], levels[levels.length - 1], levels) : null;
  }

  @Override
  public Layer withColorBar() {
    return new ContourLayer(field, levels, filled, cmap, true, style);
  }

  @Override
  public TerminalArtist terminal() {
    return p -> TermContour.draw(this, p);
  }

  @Override
  public PngArtist png() {
    return p -> PngContour.draw(this, p);
  }
}
