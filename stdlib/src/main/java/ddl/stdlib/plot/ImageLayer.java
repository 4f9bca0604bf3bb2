package ddl.stdlib.plot;

/**
 * An array drawn as a grid of coloured cells: {@code imshow}, {@code heatmap}, {@code surface}.
 * Values are {@code h × w} numbers mapped through a colormap between vmin and vmax, or {@code h × w
 * × 3} (or 4) colours in [0, 1]. Column j spans [x0 + j·dx, x0 + (j+1)·dx] with dx = (x1 − x0)/w;
 * row i likewise from y0 towards y1, so that row 0 is at the top when y0 is the axis' top.
 */
record ImageLayer(
    double[] v,
    int h,
    int w,
    int channels,
    double x0,
    double x1,
    double y0,
    double y1,
    Colormap cmap,
    double vmin,
    double vmax,
    boolean showBar,
    Style style)
    implements Layer {

  /** The colour at data point (x, y), or null outside the image or where the value is NaN. */
  Colors.Rgb colorAt(double x, double y) {
    int j = (int) Math.floor((x - x0) / (x1 - x0) * w);
    int i = (int) Math.floor((y - y0) / (y1 - y0) * h);
    if (i < 0 || j < 0 || i >= h || j >= w) {
      return null;
    }
    return color(i, j);
  }

  /** The colour of cell (row i, column j). */
  Colors.Rgb color(int i, int j) {
    int k = (i * w + j) * channels;
    if (channels == 1) {
      double t = level(v[k]);
      return Double.isNaN(t) ? null : cmap.at(t);
    }
    return new Colors.Rgb(channel(v[k]), channel(v[k + 1]), channel(v[k + 2]));
  }

  /** The level in [0, 1] of a value, NaN for NaN (+-inf clamp to the ends). */
  double level(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    return vmax == vmin ? 0.5 : Math.max(0, Math.min(1, (z - vmin) / (vmax - vmin)));
  }

  /** The grey level in [0, 1] of cell (i, j) (its luminance for colours), NaN for none. */
  double shade(int i, int j) {
    int k = (i * w + j) * channels;
    if (channels == 1) {
      return level(v[k]);
    }
    return (0.299 * channel(v[k]) + 0.587 * channel(v[k + 1]) + 0.114 * channel(v[k + 2])) / 255;
  }

  private static int channel(double c) {
    return (int) Math.round(255 * Math.max(0, Math.min(1, Double.isNaN(c) ? 0 : c)));
  }

  @Override
  public Extent extent(Scale sx, Scale sy) {
    return Extent.box(x0, x1, y0, y1, sx, sy);
  }

  @Override
  public Layer restyle(Style s) {
    return new ImageLayer(v, h, w, channels, x0, x1, y0, y1, cmap, vmin, vmax, showBar, s);
  }

  @Override
  public boolean cycles() {
    return false;
  }

  @Override
  public int order() {
    return RASTER;
  }

  @Override
  public boolean pinsAxes() {
    return true;
  }

  @Override
  public ColorBar colorBar() {
    return showBar && channels == 1 ? new ColorBar(cmap, vmin, vmax, null) : null;
  }

  @Override
  public Layer withColorBar() {
    return new ImageLayer(v, h, w, channels, x0, x1, y0, y1, cmap, vmin, vmax, true, style);
  }

  @Override
  public TerminalArtist terminal() {
    return p -> TermImage.draw(this, p);
  }

  @Override
  public PngArtist png() {
    return p -> PngImage.draw(this, p);
  }
}
