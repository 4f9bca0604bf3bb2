package ddl.stdlib.plot;

/**
 * One thing a figure shows (a line, points, bars, a band, a reference line or span, text, an image
 * or heat map, contours), described once, in data coordinates. Each renderer draws it with its own
 * artist: {@link #terminal()} for the terminal, {@link #png()} for PNG images. A new kind of plot is
 * a layer and one artist class per renderer; nothing else lists the kinds.
 */
interface Layer {
  /** Drawing orders: images under fills, fills under lines, lines under points, text on top. */
  int RASTER = 0;

  int FILL = 1;
  int LINE = 2;
  int POINTS = 3;
  int TEXT = 4;

  /** How the legend shows a layer. */
  enum Mark {
    LINE,
    POINT,
    FILL
  }

  /** What the layer covers, in axis coordinates: the figure's axes are fitted to the union. */
  Extent extent(Scale sx, Scale sy);

  /** The y extent over the x range [x0, x1] (axis coordinates): a model line depends on it. */
  default Extent extentOver(Scale sx, Scale sy, double x0, double x1) {
    return extent(sx, sy);
  }

  Style style();

  /** The same layer in another style (a new colour or label). */
  Layer restyle(Style s);

  /** Whether, added without a colour, it takes the next colour of the cycle. */
  default boolean cycles() {
    return true;
  }

  /** When it is drawn: {@link #RASTER} first, {@link #TEXT} last. */
  int order();

  default Mark mark() {
    return Mark.LINE;
  }

  /** True when the axes end where the layer does (images, histograms), not at round ticks. */
  default boolean pinsAxes() {
    return false;
  }

  /** True when the y axis ends where the layer does (images and contours; bars pin only x). */
  default boolean pinsY() {
    return pinsAxes();
  }

  /** The colour scale a colour bar shows for this layer, or null. */
  default ColorBar colorBar() {
    return null;
  }

  /** The layer with its colour bar shown (layers without a colour scale ignore it). */
  default Layer withColorBar() {
    return this;
  }

  TerminalArtist terminal();

  PngArtist png();

  /** Draws a layer in the terminal. */
  interface TerminalArtist {
    void draw(TermPanel panel);
  }

  /** Draws a layer into a PNG image. */
  interface PngArtist {
    void draw(PngPanel panel);
  }

  /** A colour bar: the colormap from lo to hi, with the boundaries of filled contours if any. */
  record ColorBar(Colormap cmap, double lo, double hi, double[] levels) {}
}
