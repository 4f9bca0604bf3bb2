package ddl.stdlib.plot;

/**
 * One thing drawn in a figure: data points, a line through points, a model line, a gradient-descent
 * path or histogram bars, with its colour (null: the next of the cycle) and its legend label.
 *
 * @param x the x values; for bars the bin edges (one more than {@code y})
 * @param y the y values; for a model line, phi (intercept first)
 */
record Series(Kind kind, double[] x, double[] y, Colors.Rgb color, String label) {
  /** What a series draws. */
  enum Kind {
    /** A dot (a symbol in ASCII) per point: {@code scatter}. */
    POINTS,
    /** Straight segments through the points in order: {@code plot}, {@code curve}. */
    LINE,
    /** The model line phi0 + phi1·x across the figure's x range: {@code .line(phi)}. */
    MODEL,
    /** Segments through the iterates with a dot on each: {@code .path(fit)}. */
    PATH,
    /** Histogram bars between edges {@code x}, of heights {@code y}. */
    BARS;

    /** Drawn as a line (in the legend, and dashed to tell lines apart without colour). */
    boolean isLine() {
      return this == LINE || this == MODEL || this == PATH;
    }
  }

  Series withColor(Colors.Rgb c) {
    return new Series(kind, x, y, c, label);
  }

  Series withLabel(String l) {
    return new Series(kind, x, y, color, l);
  }

  /** The model line's value at {@code at}. */
  double model(double at) {
    return y[0] + (y.length > 1 ? y[1] * at : 0);
  }
}
