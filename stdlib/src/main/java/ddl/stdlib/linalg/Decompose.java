package ddl.stdlib.linalg;

import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import java.util.Arrays;
import java.util.List;

/**
 * numpy's {@code linalg.inv solve det slogdet cholesky qr} on stacks of matrices, with the LAPACK
 * drivers numpy uses: dgesv, dgetrf, dpotrf, dgeqrf + dorgqr.
 */
public final class Decompose {
  private Decompose() {}

  /** numpy's {@code linalg.inv}: dgesv against the identity. */
  public static Tensor inv(Tensor a) {
    Matrices s = Matrices.square(a);
    int n = s.rows;
    double[] out = new double[s.count * n * n];
    for (int k = 0; k < s.count; k++) {
      if (n > 0 && !Lapack.gesv(s.storage(), s.base(k), n, null, 0, n, out, k * n * n)) {
        throw new LinAlgError("Singular matrix");
      }
    }
    return Tensor.wrap(out, s.shape(n, n));
  }

  /**
   * numpy's {@code linalg.solve}: b of shape (M,) is one right-hand side for every matrix of a;
   * otherwise b is a stack of (M, K) matrices broadcast against a's stack.
   */
  public static Tensor solve(Tensor a, Tensor b) {
    Matrices sa = Matrices.square(a);
    int n = sa.rows;
    boolean vector = b.ndim() == 1;
    if (!vector) {
      Matrices.atLeast2d(b);
    }
    int bRows = vector ? b.shape(0) : b.shape(b.ndim() - 2);
    if (bRows != n) {
      throw new IllegalArgumentException((vector ? "solve1" : "solve")
          + ": Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
          + (vector ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)") + " (size " + bRows
          + " is different from " + n + ")");
    }
    Matrices sb = Matrices.stacked(vector ? b.reshape(n, 1) : b);
    int nrhs = sb.cols;
    int[] bBatch = vector ? new int[0] : sb.batch;
    Batches bt = Batches.of(sa.batch, bBatch, () -> new IllegalArgumentException(
        "operands could not be broadcast together with remapped shapes [original->remapped]: "
            + remapped(a.shape()) + " " + remapped(b.shape()) + "  and requested shape "
            + Shape.compact(vector ? new int[] {n} : new int[] {n, nrhs})));
    int count = Shape.size(bt.shape);
    double[] out = new double[count * n * nrhs];
    for (int t = 0; t < count; t++) {
      if (n > 0 && !Lapack.gesv(sa.storage(), sa.base(bt.left[t]), n, sb.storage(),
          sb.base(vector ? 0 : bt.right[t]), nrhs, out, t * n * nrhs)) {
        throw new LinAlgError("Singular matrix");
      }
    }
    int[] shape = Arrays.copyOf(bt.shape, bt.shape.length + (vector ? 1 : 2));
    shape[bt.shape.length] = n;
    if (!vector) {
      shape[bt.shape.length + 1] = nrhs;
    }
    return Tensor.wrap(out, shape);
  }

  private static String remapped(int[] shape) {
    StringBuilder sb = new StringBuilder(Shape.compact(shape)).append("->(");
    for (int i = 0; i < shape.length - 2; i++) {
      sb.append(shape[i]).append(',');
    }
    return sb.append(shape.length >= 2 ? "newaxis,newaxis)" : "newaxis)").toString();
  }

  /** numpy's {@code linalg.slogdet}: {@code SlogdetResult(sign, logabsdet)}. */
  public static Tuple slogdet(Tensor a) {
    Matrices s = Matrices.square(a);
    double[] sign = new double[s.count];
    double[] logdet = new double[s.count];
    for (int k = 0; k < s.count; k++) {
      double[] r = slogdet(s.rows, s.fortran(k));
      sign[k] = r[0];
      logdet[k] = r[1];
    }
    List<String> fields = List.of("sign", "logabsdet");
    if (s.batch.length == 0) {
      return Tuple.named("SlogdetResult", fields, sign[0], logdet[0]);
    }
    return Tuple.named("SlogdetResult", fields, Tensor.wrap(sign, s.batch),
        Tensor.wrap(logdet, s.batch));
  }

  /** numpy's {@code linalg.det}: sign · exp(log|det|) from the LU factors, as numpy computes it. */
  public static Object det(Tensor a) {
    Matrices s = Matrices.square(a);
    double[] d = new double[s.count];
    for (int k = 0; k < s.count; k++) {
      double[] r = slogdet(s.rows, s.fortran(k));
      d[k] = r[0] * Math.exp(r[1]);
    }
    return s.batch.length == 0 ? (Object) d[0] : Tensor.wrap(d, s.batch);
  }

  /** {sign, log|det|} of one matrix: the pivots' parity and the diagonal of U (numpy's order). */
  private static double[] slogdet(int n, double[] f) {
    int[] piv = Lapack.getrf(n, f);
    if (piv == null) {
      return new double[] {0.0, Double.NEGATIVE_INFINITY};
    }
    int changes = 0;
    for (int i = 0; i < n; i++) {
      if (piv[i] != i + 1) {
        changes++;
      }
    }
    double sign = changes % 2 == 1 ? -1.0 : 1.0;
    double log = 0.0;
    for (int i = 0; i < n; i++) {
      double e = f[i * (n + 1)];
      if (e < 0) {
        sign = -sign;
        e = -e;
      }
      log += Math.log(e);
    }
    return new double[] {sign, log};
  }

  /** numpy's {@code linalg.cholesky(a, upper=False)}: dpotrf, the other triangle zeroed. */
  public static Tensor cholesky(Tensor a, boolean upper) {
    Matrices s = Matrices.square(a);
    int n = s.rows;
    double[] out = new double[s.count * n * n];
    for (int k = 0; k < s.count; k++) {
      double[] f = s.fortran(k);
      if (!Lapack.potrf(upper ? 'U' : 'L', n, f)) {
        throw new LinAlgError("Matrix is not positive definite");
      }
      for (int j = 0; j < n; j++) {
        for (int i = 0; i < n; i++) {
          if (upper ? i > j : i < j) {
            f[i + j * n] = 0;
          }
        }
      }
      Matrices.toC(f, n, n, n, out, k * n * n);
    }
    return Tensor.wrap(out, s.shape(n, n));
  }

  /**
   * numpy's {@code linalg.qr(a, mode)}: {@code QRResult(Q, R)} for "reduced" and "complete", R
   * alone for "r", the plain tuple (h, tau) of the reflectors for "raw".
   */
  public static Object qr(Tensor a, String mode) {
    if (!List.of("reduced", "complete", "r", "raw").contains(mode)) {
      throw new IllegalArgumentException("Unrecognized mode '" + mode + "'");
    }
    Matrices s = Matrices.stacked(a);
    int m = s.rows;
    int n = s.cols;
    int k = Math.min(m, n);
    int mc = mode.equals("complete") && m > n ? m : k;
    double[] qOut = new double[s.count * m * mc];
    double[] rOut = new double[s.count * (mode.equals("r") ? k : mc) * n];
    double[] hOut = new double[s.count * m * n];
    double[] tauOut = new double[s.count * k];
    for (int b = 0; b < s.count; b++) {
      double[] f = s.fortran(b);
      double[] tau = new double[Math.max(1, k)];
      if (m > 0 && n > 0) {
        Lapack.geqrf(m, n, f, tau);
      }
      if (mode.equals("raw")) {
        System.arraycopy(f, 0, hOut, b * m * n, m * n); // h is a.T: Fortran order read as C
        System.arraycopy(tau, 0, tauOut, b * k, k);
        continue;
      }
      int rr = mode.equals("r") ? k : mc;
      for (int i = 0; i < rr; i++) {
        for (int j = i; j < n; j++) {
          rOut[b * rr * n + i * n + j] = f[i + j * m];
        }
      }
      if (mode.equals("r")) {
        continue;
      }
      double[] q = new double[m * mc];
      System.arraycopy(f, 0, q, 0, m * Math.min(n, mc));
      if (m > 0 && mc > 0) {
        Lapack.orgqr(m, mc, k, q, tau);
      }
      Matrices.toC(q, m, m, mc, qOut, b * m * mc);
    }
    if (mode.equals("raw")) {
      return Tuple.of(Tensor.wrap(hOut, s.shape(n, m)), Tensor.wrap(tauOut, s.shape(k)));
    }
    if (mode.equals("r")) {
      return Tensor.wrap(rOut, s.shape(k, n));
    }
    return Tuple.named("QRResult", List.of("Q", "R"), Tensor.wrap(qOut, s.shape(m, mc)),
        Tensor.wrap(rOut, s.shape(mc, n)));
  }
}
