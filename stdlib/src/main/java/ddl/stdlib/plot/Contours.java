package ddl.stdlib.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Contour lines of a surface by marching squares: for each level, the segments where the bilinear
 * interpolation of the grid crosses it (Lorensen and Cline's cell cases in two dimensions; saddles
 * are resolved by the cell's mean value).
 */
final class Contours {
  /** The segments of one level as flat coordinates, a NaN pair after each segment. */
  record Level(double value, List<Double> x, List<Double> y) {}

  private Contours() {}

  /**
   * {@code n} levels between the smallest and largest value, spaced by the square of their rank so
   * that, on the quadratic bowl of a square loss, the contour ellipses come out evenly spaced.
   */
  static List<Level> of(Surface s, int n) {
    double[] r = s.range();
    List<Level> out = new ArrayList<>();
    for (int k = 1; k <= n; k++) {
      double t = (double) k / (n + 1);
      double level = r[0] + (r[1] - r[0]) * t * t;
      out.add(trace(s, level));
    }
    return out;
  }

  static Level trace(Surface s, double level) {
    double[] a = s.p0();
    double[] b = s.p1();
    double[][] z = s.z();
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int i = 0; i + 1 < a.length; i++) {
      for (int j = 0; j + 1 < b.length; j++) {
        // corners counter-clockwise from the bottom left: (i,j) (i+1,j) (i+1,j+1) (i,j+1)
        double[] v = {z[i][j], z[i + 1][j], z[i + 1][j + 1], z[i][j + 1]};
        double[] cx = {a[i], a[i + 1], a[i + 1], a[i]};
        double[] cy = {b[j], b[j], b[j + 1], b[j + 1]};
        boolean finite = true;
        for (double d : v) {
          finite &= Double.isFinite(d);
        }
        if (!finite) {
          continue;
        }
        List<double[]> cross = new ArrayList<>();
        for (int e = 0; e < 4; e++) {
          int f = (e + 1) % 4;
          if ((v[e] >= level) != (v[f] >= level)) {
            double t = (level - v[e]) / (v[f] - v[e]);
            cross.add(new double[] {cx[e] + t * (cx[f] - cx[e]), cy[e] + t * (cy[f] - cy[e])});
          }
        }
        if (cross.size() == 2) {
          add(xs, ys, cross.get(0), cross.get(1));
        } else if (cross.size() == 4) {
          boolean centreAbove = (v[0] + v[1] + v[2] + v[3]) / 4 >= level;
          boolean firstAbove = v[0] >= level;
          // crossings lie on edges 0-1, 1-2, 2-3, 3-0: pair them so the centre's side is joined
          if (centreAbove == firstAbove) {
            add(xs, ys, cross.get(0), cross.get(1));
            add(xs, ys, cross.get(2), cross.get(3));
          } else {
            add(xs, ys, cross.get(3), cross.get(0));
            add(xs, ys, cross.get(1), cross.get(2));
          }
        }
      }
    }
    return new Level(level, xs, ys);
  }

  private static void add(List<Double> xs, List<Double> ys, double[] p, double[] q) {
    xs.add(p[0]);
    ys.add(p[1]);
    xs.add(q[0]);
    ys.add(q[1]);
    xs.add(q[0]);
    ys.add(null);
  }
}
