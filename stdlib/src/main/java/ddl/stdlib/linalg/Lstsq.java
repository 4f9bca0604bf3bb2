package ddl.stdlib.linalg;

import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;

/** numpy's {@code linalg.lstsq(a, b, rcond=None)} by LAPACK's dgelsd: (x, residuals, rank, s). */
public final class Lstsq {
  private Lstsq() {}

  public static Tuple lstsq(Tensor a, Tensor b, Double rcond) {
    boolean vector = b.ndim() == 1;
    Tensor b2 = vector ? b.reshape(b.shape(0), 1) : b;
    Matrices.exactly2d(a);
    Matrices.exactly2d(b2);
    Matrices sa = Matrices.stacked(a);
    Matrices sb = Matrices.stacked(b2);
    int m = sa.rows;
    int n = sa.cols;
    int nrhs = sb.cols;
    if (sb.rows != m) {
      throw new LinAlgError("Incompatible dimensions");
    }
    double rc = rcond != null ? rcond : Math.ulp(1.0) * Math.max(m, n);
    int ldb = Math.max(1, Math.max(m, n));
    double[] rhs = new double[ldb * Math.max(1, nrhs)];
    double[] bf = sb.fortran(0);
    for (int j = 0; j < nrhs; j++) {
      System.arraycopy(bf, j * m, rhs, j * ldb, m);
    }
    int k = Math.min(m, n);
    double[] s = new double[Math.max(1, k)];
    int rank = 0;
    if (m > 0 && n > 0 && nrhs > 0) {
      rank = Lapack.gelsd(m, n, nrhs, sa.fortran(0), rhs, s, rc);
    } else if (m > 0 && n > 0) {
      // no right-hand side: numpy solves against one column of zeros for the rank and s
      double[] zero = new double[ldb];
      rank = Lapack.gelsd(m, n, 1, sa.fortran(0), zero, s, rc);
    }
    double[] x = new double[n * nrhs];
    if (m > 0) {
      Matrices.toC(rhs, ldb, n, nrhs, x, 0);
    }
    Tensor xs = vector ? Tensor.wrap(x, n) : Tensor.wrap(x, n, nrhs);
    Tensor resids;
    if (rank != n || m <= n) {
      resids = Tensor.wrap(new double[0], 0);
    } else {
      double[] r = new double[nrhs];
      for (int j = 0; j < nrhs; j++) {
        double acc = 0;
        for (int i = n; i < m; i++) {
          double v = rhs[j * ldb + i];
          acc += v * v;
        }
        r[j] = acc;
      }
      resids = Tensor.wrap(r, nrhs);
    }
    double[] sv = new double[k];
    System.arraycopy(s, 0, sv, 0, k);
    return Tuple.of(xs, resids, (long) rank, Tensor.wrap(sv, k));
  }
}
