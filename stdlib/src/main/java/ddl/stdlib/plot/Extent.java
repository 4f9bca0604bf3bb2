package ddl.stdlib.plot;

/**
 * The bounds of what a layer draws, in axis coordinates (after {@link Scale#apply}); NaN where a
 * layer does not constrain an axis (a horizontal line says nothing about x).
 */
record Extent(double x0, double x1, double y0, double y1) {
  static final Extent NONE = new Extent(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  /** The bounds of the finite points (x[i], y[i]) after scaling. */
  static Extent of(double[] x, double[] y, Scale sx, Scale sy) {
    double a = Double.POSITIVE_INFINITY;
    double b = Double.NEGATIVE_INFINITY;
    double c = Double.POSITIVE_INFINITY;
    double d = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < x.length; i++) {
      double u = sx.apply(x[i]);
      double v = sy.apply(y[i]);
      if (Double.isFinite(u) && Double.isFinite(v)) {
        a = Math.min(a, u);
        b = Math.max(b, u);
        c = Math.min(c, v);
        d = Math.max(d, v);
      }
    }
    return a > b ? NONE : new Extent(a, b, c, d);
  }

  /** A box given in data values, scaled. */
  static Extent box(double x0, double x1, double y0, double y1, Scale sx, Scale sy) {
    return new Extent(
        lo(sx.apply(x0), sx.apply(x1)),
        hi(sx.apply(x0), sx.apply(x1)),
        lo(sy.apply(y0), sy.apply(y1)),
        hi(sy.apply(y0), sy.apply(y1)));
  }

  Extent union(Extent o) {
    return new Extent(lo(x0, o.x0), hi(x1, o.x1), lo(y0, o.y0), hi(y1, o.y1));
  }

  /** The lower of two bounds, ignoring NaN. */
  static double lo(double a, double b) {
    return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
  }

  static double hi(double a, double b) {
    return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
  }
}
