package ddl.stdlib.plot;

import ddl.stdlib.Args;
import ddl.stdlib.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Values on a rectangular grid as matplotlib's contour takes them: {@code z[i][j]} at {@code
 * (xs[j], ys[i])}, row-major in {@code z}; xs and ys increase.
 */
record Field(double[] xs, double[] ys, double[] z) {
  /**
   * The field of {@code contour(X, Y, Z)}: X and Y 1-D (of Z's column and row counts) or 2-D as
   * {@code meshgrid} makes them; X and Y null for {@code contour(Z)} (indices as coordinates).
   *
   * @throws IllegalArgumentException when the shapes do not match, in matplotlib's words
   */
  static Field of(Object x, Object y, Object zv, String fn) {
    Tensor z = Args.tensor(zv, "Z");
    if (z.ndim() != 2) {
      throw new IllegalArgumentException(
          fn + ": Input z must be 2D, not " + z.ndim() + "D (shape " + z.shapeString() + ")");
    }
    int h = z.shape(0);
    int w = z.shape(1);
    if (h < 2 || w < 2) {
      throw new IllegalArgumentException(
          fn + ": Input z must be at least a (2, 2) shaped array, but has shape " + z.shapeString());
    }
    double[] xs = axis(x, w, true, fn);
    double[] ys = axis(y, h, false, fn);
    return new Field(xs, ys, z.toDoubleArray());
  }

  private static double[] axis(Object v, int n, boolean isX, String fn) {
    if (v == null) {
      double[] d = new double[n];
      for (int i = 0; i < n; i++) {
        d[i] = i;
      }
      return d;
    }
    Tensor t = Args.tensor(v, isX ? "X" : "Y");
    double[] d;
    if (t.ndim() == 2) {
      int rows = t.shape(0);
      int cols = t.shape(1);
      double[] all = t.toDoubleArray();
      int len = isX ? cols : rows;
      if (len != n) {
        throw mismatch(isX, len, n, fn);
      }
      d = new double[len];
      for (int i = 0; i < len; i++) {
        d[i] = isX ? all[i] : all[i * cols];
      }
    } else if (t.ndim() == 1) {
      d = t.toDoubleArray();
      if (d.length != n) {
        throw mismatch(isX, d.length, n, fn);
      }
    } else {
      throw new IllegalArgumentException(
          fn + ": Inputs x and y must be 1D or 2D, not " + t.ndim() + "D");
    }
    for (int i = 1; i < d.length; i++) {
      if (!(d[i] > d[i - 1])) {
        throw new IllegalArgumentException(
            fn + ": " + (isX ? "X" : "Y") + " must increase, as linspace(a, b, n) does");
      }
    }
    return d;
  }

  private static IllegalArgumentException mismatch(boolean isX, int len, int n, String fn) {
    return new IllegalArgumentException(
        fn
            + ": Length of "
            + (isX ? "x" : "y")
            + " ("
            + len
            + ") must match number of "
            + (isX ? "columns" : "rows")
            + " in z ("
            + n
            + ")");
  }

  double at(int i, int j) {
    return z[i * xs.length + j];
  }

  /** The finite min and max (0, 1 when there are none). */
  double[] range() {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return lo > hi ? new double[] {0, 1} : new double[] {lo, hi};
  }

  /** The bilinear interpolation at (x, y), NaN outside the grid. */
  double interpolate(double x, double y) {
    int j = cell(xs, x);
    int i = cell(ys, y);
    if (i < 0 || j < 0) {
      return Double.NaN;
    }
    double tx = (x - xs[j]) / (xs[j + 1] - xs[j]);
    double ty = (y - ys[i]) / (ys[i + 1] - ys[i]);
    double a = at(i, j) + tx * (at(i, j + 1) - at(i, j));
    double b = at(i + 1, j) + tx * (at(i + 1, j + 1) - at(i + 1, j));
    return a + ty * (b - a);
  }

  /** The index k with g[k] <= v <= g[k + 1], or -1 outside. */
  private static int cell(double[] g, double v) {
    if (!(v >= g[0] && v <= g[g.length - 1])) {
      return -1;
    }
    int lo = 0;
    int hi = g.length - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (g[mid] <= v) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The segments where the field crosses {@code level}, by marching squares (saddles resolved by
   * the cell's mean), each as {x0, y0, x1, y1}. Cells with a non-finite corner are skipped.
   */
  List<double[]> segments(double level) {
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i + 1 < ys.length; i++) {
      for (int j = 0; j + 1 < xs.length; j++) {
        // corners counter-clockwise from the bottom left
        double[] v = {at(i, j), at(i, j + 1), at(i + 1, j + 1), at(i + 1, j)};
        double[] cx = {xs[j], xs[j + 1], xs[j + 1], xs[j]};
        double[] cy = {ys[i], ys[i], ys[i + 1], ys[i + 1]};
        if (!(Double.isFinite(v[0]) && Double.isFinite(v[1]) && Double.isFinite(v[2])
            && Double.isFinite(v[3]))) {
          continue;
        }
        List<double[]> cross = new ArrayList<>(4);
        for (int e = 0; e < 4; e++) {
          int f = (e + 1) % 4;
          if ((v[e] >= level) != (v[f] >= level)) {
            double t = (level - v[e]) / (v[f] - v[e]);
            cross.add(new double[] {cx[e] + t * (cx[f] - cx[e]), cy[e] + t * (cy[f] - cy[e])});
          }
        }
        if (cross.size() == 2) {
          out.add(seg(cross.get(0), cross.get(1)));
        } else if (cross.size() == 4) {
          boolean centreAbove = (v[0] + v[1] + v[2] + v[3]) / 4 >= level;
          if (centreAbove == (v[0] >= level)) {
            out.add(seg(cross.get(0), cross.get(1)));
            out.add(seg(cross.get(2), cross.get(3)));
          } else {
            out.add(seg(cross.get(3), cross.get(0)));
            out.add(seg(cross.get(1), cross.get(2)));
          }
        }
      }
    }
    return out;
  }

  private static double[] seg(double[] p, double[] q) {
    return new double[] {p[0], p[1], q[0], q[1]};
  }

  /**
   * matplotlib's levels for {@code levels=n}: about n + 1 round values covering [min, max] (its
   * MaxNLocator); contour lines keep those strictly inside the range, filled contours all.
   */
  double[] levels(int n, boolean filled) {
    double[] r = range();
    if (r[0] == r[1]) {
      return filled ? new double[] {r[0] - 0.5, r[0] + 0.5} : new double[] {r[0]};
    }
    double step = Ticks.nice((r[1] - r[0]) / Math.max(1, n + 1), false);
    double first = Math.floor(r[0] / step + 1e-9) * step;
    List<Double> out = new ArrayList<>();
    for (int k = 0; first + k * step <= r[1] + step * (1 - 1e-9); k++) {
      double l = first + k * step;
      if (Math.abs(l) < step * 1e-9) {
        l = 0;
      }
      if (filled || (l > r[0] && l < r[1])) {
        out.add(l);
      }
    }
    if (filled && out.get(out.size() - 1) < r[1]) {
      out.add(out.get(out.size() - 1) + step);
    }
    if (out.isEmpty()) {
      out.add((r[0] + r[1]) / 2);
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
