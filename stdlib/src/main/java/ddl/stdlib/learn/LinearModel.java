package ddl.stdlib.learn;

import java.util.stream.IntStream;

/**
 * The lecture's linear model {@code phi0 + x @ phi[1:]} on flat arrays, and the one pass over the
 * data that gradient descent needs per step: the total square loss and its exact gradient {@code
 * dL/dphi0 = 2 sum r}, {@code dL/dphi_j = 2 sum r x_j} with {@code r = f(x) - y}.
 *
 * <p>Large data is split into fixed blocks summed in parallel and then added in block order, so the
 * result does not depend on the number of threads.
 */
final class LinearModel {
  /** Rows per block: small enough to spread 1e6 rows over the cores, large enough to amortise. */
  static final int BLOCK = 1 << 15;

  private LinearModel() {}

  /** {@code phi0 + x @ phi[1:]} for x of n rows and {@code phi.length - 1} columns. */
  static double[] predict(double[] x, int n, double[] phi) {
    int k = phi.length - 1;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double p = phi[0];
      for (int j = 0; j < k; j++) {
        p += x[i * k + j] * phi[j + 1];
      }
      out[i] = p;
    }
    return out;
  }

  /** The total square loss at {@code phi}, with its gradient written into {@code grad}. */
  static double lossAndGrad(Design d, double[] phi, double[] grad) {
    int p = phi.length;
    int blocks = (d.n + BLOCK - 1) / BLOCK;
    if (blocks == 1) {
      double[] acc = new double[p + 1];
      block(d, phi, 0, d.n, acc);
      return finish(acc, grad);
    }
    double[][] part = new double[blocks][p + 1];
    IntStream.range(0, blocks)
        .parallel()
        .forEach(b -> block(d, phi, b * BLOCK, Math.min(d.n, (b + 1) * BLOCK), part[b]));
    double[] acc = new double[p + 1];
    for (double[] a : part) {
      for (int j = 0; j <= p; j++) {
        acc[j] += a[j];
      }
    }
    return finish(acc, grad);
  }

  private static double finish(double[] acc, double[] grad) {
    int p = grad.length;
    for (int j = 0; j < p; j++) {
      grad[j] = 2 * acc[j];
    }
    return acc[p];
  }

  /** Adds sum r, sum r x_j (j = 1..k) and sum r^2 over rows [from, to) into acc. */
  private static void block(Design d, double[] phi, int from, int to, double[] acc) {
    double[] x = d.x;
    double[] y = d.y;
    if (d.k == 1) {
      // the line: the common case, kept free of the inner loop
      double p0 = phi[0];
      double p1 = phi[1];
      double s = 0;
      double sx = 0;
      double ss = 0;
      for (int i = from; i < to; i++) {
        double xi = x[i];
        double r = p0 + p1 * xi - y[i];
        s += r;
        sx += r * xi;
        ss += r * r;
      }
      acc[0] += s;
      acc[1] += sx;
      acc[2] += ss;
      return;
    }
    int k = d.k;
    double ss = 0;
    for (int i = from; i < to; i++) {
      int row = i * k;
      double r = phi[0] - y[i];
      for (int j = 0; j < k; j++) {
        r += x[row + j] * phi[j + 1];
      }
      acc[0] += r;
      for (int j = 0; j < k; j++) {
        acc[j + 1] += r * x[row + j];
      }
      ss += r * r;
    }
    acc[k + 1] += ss;
  }

  /**
   * The largest eigenvalue of the Hessian {@code 2 A^T A} of the total square loss, A = [1, x]:
   * gradient descent is stable for lr below 2 over it. Power iteration on the small (k+1)^2 matrix,
   * which is symmetric positive semi-definite.
   */
  static double curvature(Design d) {
    int p = d.k + 1;
    double[] h = new double[p * p];
    double[] row = new double[p];
    row[0] = 1;
    for (int i = 0; i < d.n; i++) {
      System.arraycopy(d.x, i * d.k, row, 1, d.k);
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < p; b++) {
          h[a * p + b] += 2 * row[a] * row[b];
        }
      }
    }
    double[] v = new double[p];
    java.util.Arrays.fill(v, 1 / Math.sqrt(p));
    double lambda = 0;
    for (int it = 0; it < 500; it++) {
      double[] w = new double[p];
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < p; b++) {
          w[a] += h[a * p + b] * v[b];
        }
      }
      double norm = 0;
      for (double e : w) {
        norm += e * e;
      }
      norm = Math.sqrt(norm);
      if (norm == 0) {
        return 0;
      }
      for (int a = 0; a < p; a++) {
        v[a] = w[a] / norm;
      }
      if (Math.abs(norm - lambda) <= 1e-12 * norm) {
        return norm;
      }
      lambda = norm;
    }
    return lambda;
  }
}
