package ddl.stdlib.learn;

/**
 * Exact least squares by Householder QR of the design matrix A = [1, x] (Golub and Van Loan,
 * <i>Matrix Computations</i>, 4th ed., algorithms 5.1.1 and 5.3.2). QR works on A itself, so the
 * error grows with the condition number of A, not with its square as the normal equations' {@code
 * A^T A phi = A^T y} would: on NIST's Longley set that is the difference between about 12 correct
 * digits and about 7.
 */
final class LeastSquares {
  private LeastSquares() {}

  /** The phi minimising {@code ||A phi - y||}, intercept first. */
  static double[] solve(Design d) {
    int n = d.n;
    int p = d.k + 1;
    if (n < p) {
      throw new IllegalArgumentException(
          "lstsq: "
              + n
              + " points cannot determine "
              + p
              + " parameters (intercept and "
              + d.k
              + " slope"
              + (d.k == 1 ? "" : "s")
              + ")");
    }
    // column-major copy of A, so each Householder step walks contiguous memory
    double[][] a = new double[p][n];
    java.util.Arrays.fill(a[0], 1.0);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d.k; j++) {
        a[j + 1][i] = d.x[i * d.k + j];
      }
    }
    double[] b = d.y.clone();
    double[] diag = new double[p];
    double largest = 0;
    for (int j = 0; j < p; j++) {
      double[] col = a[j];
      double norm = norm(col, j, n);
      if (norm == 0) {
        throw rankDeficient();
      }
      // choose the sign that avoids cancellation in v = x + sign(x0) |x| e1
      double alpha = col[j] >= 0 ? -norm : norm;
      col[j] -= alpha;
      double vv = 0;
      for (int i = j; i < n; i++) {
        vv += col[i] * col[i];
      }
      for (int c = j + 1; c < p; c++) {
        reflect(col, a[c], j, n, vv);
      }
      reflect(col, b, j, n, vv);
      diag[j] = alpha;
      largest = Math.max(largest, Math.abs(alpha));
    }
    for (int j = 0; j < p; j++) {
      if (Math.abs(diag[j]) <= largest * n * 0x1p-52) {
        throw rankDeficient();
      }
    }
    // back substitution R phi = Q^T y; R's strict upper triangle is a[c][j] for c > j
    double[] phi = new double[p];
    for (int j = p - 1; j >= 0; j--) {
      double s = b[j];
      for (int c = j + 1; c < p; c++) {
        s -= a[c][j] * phi[c];
      }
      phi[j] = s / diag[j];
    }
    return phi;
  }

  /** Applies {@code I - 2 v v^T / (v^T v)} with v = col[j..n) to target[j..n). */
  private static void reflect(double[] v, double[] target, int j, int n, double vv) {
    double dot = 0;
    for (int i = j; i < n; i++) {
      dot += v[i] * target[i];
    }
    double f = 2 * dot / vv;
    for (int i = j; i < n; i++) {
      target[i] -= f * v[i];
    }
  }

  /** The 2-norm of col[j..n), scaled so that large or tiny values neither overflow nor vanish. */
  private static double norm(double[] col, int j, int n) {
    double scale = 0;
    for (int i = j; i < n; i++) {
      scale = Math.max(scale, Math.abs(col[i]));
    }
    if (scale == 0) {
      return 0;
    }
    double s = 0;
    for (int i = j; i < n; i++) {
      double t = col[i] / scale;
      s += t * t;
    }
    return scale * Math.sqrt(s);
  }

  private static IllegalArgumentException rankDeficient() {
    return new IllegalArgumentException(
        "lstsq: the columns of [1, x] are linearly dependent (a constant or repeated column),"
            + " so phi is not unique");
  }
}
