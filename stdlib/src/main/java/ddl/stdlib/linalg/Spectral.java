package ddl.stdlib.linalg;

import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.format.PyFloat;
import java.util.List;

/**
 * numpy's {@code linalg.eig eigvals eigh eigvalsh svd} with its drivers (dgeev, dsyevd, dgesdd).
 * ddl has no complex dtype: eig and eigvals give real results when every eigenvalue of the stack
 * is real (as numpy then does) and an error naming the complex ones otherwise.
 */
public final class Spectral {
  private Spectral() {}

  /** numpy's {@code linalg.eigh(a, UPLO)}: {@code EighResult(eigenvalues, eigenvectors)}. */
  public static Tuple eigh(Tensor a, String uplo) {
    return (Tuple) symmetric(a, uplo, true);
  }

  /** numpy's {@code linalg.eigvalsh(a, UPLO)}: the eigenvalues, ascending. */
  public static Tensor eigvalsh(Tensor a, String uplo) {
    return (Tensor) symmetric(a, uplo, false);
  }

  private static Object symmetric(Tensor a, String uplo, boolean vectors) {
    if (!uplo.equals("L") && !uplo.equals("U")) {
      throw new IllegalArgumentException("UPLO argument must be 'L' or 'U'");
    }
    Matrices s = Matrices.square(a);
    int n = s.rows;
    double[] w = new double[s.count * n];
    double[] v = new double[vectors ? s.count * n * n : 0];
    for (int k = 0; k < s.count; k++) {
      double[] f = s.fortran(k);
      double[] wk = new double[Math.max(1, n)];
      if (n > 0) {
        Lapack.syevd(vectors, uplo.charAt(0), n, f, wk);
      }
      System.arraycopy(wk, 0, w, k * n, n);
      if (vectors) {
        Matrices.toC(f, n, n, n, v, k * n * n);
      }
    }
    Tensor values = Tensor.wrap(w, s.shape(n));
    if (!vectors) {
      return values;
    }
    return Tuple.named("EighResult", List.of("eigenvalues", "eigenvectors"), values,
        Tensor.wrap(v, s.shape(n, n)));
  }

  /** numpy's {@code linalg.eig}: {@code EigResult(eigenvalues, eigenvectors)}, real only. */
  public static Tuple eig(Tensor a) {
    return (Tuple) general(a, true);
  }

  /** numpy's {@code linalg.eigvals}, real only. */
  public static Tensor eigvals(Tensor a) {
    return (Tensor) general(a, false);
  }

  private static Object general(Tensor a, boolean vectors) {
    Matrices s = Matrices.square(a);
    s.finite();
    int n = s.rows;
    double[] w = new double[s.count * n];
    double[] wi = new double[s.count * n];
    double[] v = new double[vectors ? s.count * n * n : 0];
    for (int k = 0; k < s.count; k++) {
      double[] f = s.fortran(k);
      double[] wr = new double[Math.max(1, n)];
      double[] wik = new double[Math.max(1, n)];
      double[] vr = vectors ? new double[Math.max(1, n * n)] : null;
      if (n > 0) {
        Lapack.geev(n, f, wr, wik, vr);
      }
      System.arraycopy(wr, 0, w, k * n, n);
      System.arraycopy(wik, 0, wi, k * n, n);
      if (vectors) {
        Matrices.toC(vr, n, n, n, v, k * n * n);
      }
    }
    for (int i = 0; i < wi.length; i++) {
      if (wi[i] != 0) {
        throw new IllegalArgumentException(complex(w, wi, i, vectors ? "eig" : "eigvals"));
      }
    }
    Tensor values = Tensor.wrap(w, s.shape(n));
    if (!vectors) {
      return values;
    }
    return Tuple.named("EigResult", List.of("eigenvalues", "eigenvectors"), values,
        Tensor.wrap(v, s.shape(n, n)));
  }

  private static String complex(double[] w, double[] wi, int i, String fn) {
    String pair = i + 1 < wi.length && wi[i + 1] == -wi[i]
        ? value(w[i], wi[i]) + ", " + value(w[i + 1], wi[i + 1])
        : value(w[i], wi[i]);
    return fn + ": complex eigenvalues (" + pair + ") are not supported: ddl has no complex"
        + " dtype";
  }

  /** Python's repr of a complex number: 1j, (0.5-2j). */
  private static String value(double re, double im) {
    String imag = number(im) + "j";
    if (re == 0 && Math.copySign(1.0, re) > 0) {
      return imag;
    }
    return "(" + number(re) + (im < 0 || Double.isNaN(im) ? "" : "+") + imag + ")";
  }

  private static String number(double v) {
    String s = PyFloat.repr(v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /**
   * numpy's {@code linalg.svd(a, full_matrices, compute_uv, hermitian)}: {@code SVDResult(U, S,
   * Vh)}, or S alone without compute_uv.
   */
  public static Object svd(Tensor a, boolean full, boolean uv, boolean hermitian) {
    if (hermitian) {
      return hermitianSvd(a, uv);
    }
    Matrices s = Matrices.stacked(a);
    int m = s.rows;
    int n = s.cols;
    int k = Math.min(m, n);
    char jobz = !uv ? 'N' : full ? 'A' : 'S';
    int uc = full ? m : k;
    int vr = full ? n : k;
    double[] sv = new double[s.count * k];
    double[] us = new double[uv ? s.count * m * uc : 0];
    double[] vs = new double[uv ? s.count * vr * n : 0];
    for (int b = 0; b < s.count; b++) {
      double[] f = s.fortran(b);
      double[] sk = new double[Math.max(1, k)];
      double[] u = uv ? new double[Math.max(1, m * uc)] : null;
      double[] vt = uv ? new double[Math.max(1, vr * n)] : null;
      if (m > 0 && n > 0) {
        Lapack.gesdd(jobz, m, n, f, sk, u, vt);
      } else if (uv) {
        identity(u, m, uc);
        identity(vt, vr, n);
      }
      System.arraycopy(sk, 0, sv, b * k, k);
      if (uv) {
        Matrices.toC(u, Math.max(1, m), m, uc, us, b * m * uc);
        Matrices.toC(vt, Math.max(1, vr), vr, n, vs, b * vr * n);
      }
    }
    Tensor values = Tensor.wrap(sv, s.shape(k));
    if (!uv) {
      return values;
    }
    return Tuple.named("SVDResult", List.of("U", "S", "Vh"), Tensor.wrap(us, s.shape(m, uc)),
        values, Tensor.wrap(vs, s.shape(vr, n)));
  }

  /** An empty matrix's factors: numpy gives identities (LAPACK is not called). */
  private static void identity(double[] f, int rows, int cols) {
    for (int i = 0; i < Math.min(rows, cols); i++) {
      f[i + i * rows] = 1;
    }
  }

  /** numpy's hermitian=True: from eigh, singular values |w| descending, signs moved into Vh. */
  private static Object hermitianSvd(Tensor a, boolean uv) {
    Matrices s = Matrices.square(a);
    int n = s.rows;
    double[] sv = new double[s.count * n];
    double[] us = new double[s.count * n * n];
    double[] vs = new double[s.count * n * n];
    for (int b = 0; b < s.count; b++) {
      double[] f = s.fortran(b);
      double[] w = new double[Math.max(1, n)];
      if (n > 0) {
        Lapack.syevd(uv, 'L', n, f, w);
      }
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      // numpy: argsort(|w|)[::-1] with a stable sort, so equal magnitudes come out reversed
      java.util.Arrays.sort(order, (x, y) -> Double.compare(Math.abs(w[x]), Math.abs(w[y])));
      for (int c = 0; c < n; c++) {
        int src = order[n - 1 - c];
        sv[b * n + c] = Math.abs(w[src]);
        double sgn = Math.copySign(1.0, w[src]);
        for (int i = 0; i < n; i++) {
          double e = f[i + src * n];
          us[b * n * n + i * n + c] = e;
          vs[b * n * n + c * n + i] = e * sgn;
        }
      }
    }
    Tensor values = Tensor.wrap(sv, s.shape(n));
    if (!uv) {
      return values;
    }
    return Tuple.named("SVDResult", List.of("U", "S", "Vh"), Tensor.wrap(us, s.shape(n, n)),
        values, Tensor.wrap(vs, s.shape(n, n)));
  }
}
