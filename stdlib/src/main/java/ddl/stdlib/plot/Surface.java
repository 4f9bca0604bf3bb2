package ddl.stdlib.plot;

import ddl.stdlib.Args;
import ddl.stdlib.Context;
import ddl.stdlib.Fn;
import ddl.stdlib.Tensor;

/**
 * A two-parameter function sampled on a grid: {@code z[i][j] = fn([p0[i], p1[j]])}, with p0 across
 * (the x axis) and p1 up (the y axis), as the lecture draws the loss over (phi0, phi1).
 */
record Surface(double[] p0, double[] p1, double[][] z) {
  /**
   * Samples {@code fn} on the grid, calling it with a float64 tensor of shape (2,).
   *
   * @param ctx checked between rows so that Ctrl-C stops a long evaluation; may be null
   * @throws IllegalArgumentException when a grid is not 1-D and increasing, or fn does not return a
   *     number
   */
  static Surface sample(Context ctx, Fn fn, Object r0, Object r1) {
    double[] a = grid(r0, "r0");
    double[] b = grid(r1, "r1");
    double[][] z = new double[a.length][b.length];
    for (int i = 0; i < a.length; i++) {
      if (ctx != null) {
        ctx.check();
      }
      for (int j = 0; j < b.length; j++) {
        Object v = fn.call(Tensor.of(a[i], b[j]));
        z[i][j] = Args.toDouble(v, "surface: fn([p0, p1])");
      }
    }
    return new Surface(a, b, z);
  }

  /** The smallest and largest finite values (0, 1 when there are none). */
  double[] range() {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] row : z) {
      for (double v : row) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    return lo > hi ? new double[] {0, 1} : new double[] {lo, hi};
  }

  /** The index of the grid point nearest to {@code v}. */
  static int nearest(double[] grid, double v) {
    int best = 0;
    for (int i = 1; i < grid.length; i++) {
      if (Math.abs(grid[i] - v) < Math.abs(grid[best] - v)) {
        best = i;
      }
    }
    return best;
  }

  private static double[] grid(Object r, String name) {
    Tensor t = Args.tensor(r, name);
    if (t.ndim() != 1 || t.size() < 2) {
      throw new IllegalArgumentException(
          "surface: "
              + name
              + " must be a 1-D grid of at least 2 values, found shape "
              + t.shapeString());
    }
    double[] d = t.toDoubleArray();
    for (int i = 1; i < d.length; i++) {
      if (!(d[i] > d[i - 1])) {
        throw new IllegalArgumentException(
            "surface: " + name + " must be increasing, as linspace(a, b, n) is");
      }
    }
    return d;
  }
}
