package ddl.stdlib.linalg;

import org.bytedeco.openblas.global.openblas;

/**
 * The LAPACK drivers numpy's {@code linalg} calls, from the OpenBLAS that ND4J brings, on one
 * column-major (Fortran-order) matrix at a time, as numpy's {@code umath_linalg} passes them.
 * LAPACKE's column-major entry points hand the arrays straight to the Fortran routine (after a
 * workspace query); its NaN check is switched off, since numpy calls the routines directly and a
 * NaN gives NaN results (or LAPACK's own error) rather than an argument error.
 */
final class Lapack {
  private static final int COL = openblas.LAPACK_COL_MAJOR;

  private static final class Init {
    static final boolean DONE = init();

    private static boolean init() {
      openblas.LAPACKE_set_nancheck(0);
      return true;
    }
  }

  private Lapack() {}

  private static void ready() {
    if (!Init.DONE) {
      throw new IllegalStateException("LAPACK not loaded");
    }
  }

  /**
   * Solves a x = b for the n×n C-order matrix at (src, ps), through native memory (see
   * {@link NativeScratch}): b is nrhs C-order columns at (bsrc, pb) read as an n×nrhs matrix, or
   * the identity when bsrc is null; the solution goes to out[po..] in C order. False when a is
   * singular.
   */
  static boolean gesv(double[] src, int ps, int n, double[] bsrc, int pb, int nrhs, double[] out,
      int po) {
    ready();
    try (NativeScratch s = NativeScratch.take()) {
      org.bytedeco.javacpp.DoublePointer a = s.a((long) n * n);
      org.bytedeco.javacpp.DoublePointer b = s.b((long) n * nrhs);
      s.putFortran(src, ps, n, n, a);
      if (bsrc == null) {
        double[] id = s.heap(n * n);
        java.util.Arrays.fill(id, 0, n * n, 0.0);
        for (int i = 0; i < n; i++) {
          id[i * n + i] = 1.0;
        }
        b.asBuffer().put(id, 0, n * n);
      } else {
        s.putFortran(bsrc, pb, n, nrhs, b);
      }
      int info = openblas.LAPACKE_dgesv(COL, n, nrhs, a, Math.max(1, n), s.ipiv(n), b,
          Math.max(1, n));
      check(info, "dgesv");
      if (info != 0) {
        return false;
      }
      s.getC(b, n, n, nrhs, out, po);
      return true;
    }
  }

  /** LU factorisation in place; returns the 1-based pivots, or null when U has a zero pivot. */
  static int[] getrf(int n, double[] a) {
    ready();
    int[] ipiv = new int[Math.max(1, n)];
    int info = openblas.LAPACKE_dgetrf(COL, n, n, a, Math.max(1, n), ipiv);
    check(info, "dgetrf");
    return info == 0 ? ipiv : null;
  }

  /** Symmetric eigen-decomposition in place: eigenvalues ascending into w, vectors into a. */
  static void syevd(boolean vectors, char uplo, int n, double[] a, double[] w) {
    ready();
    int info = openblas.LAPACKE_dsyevd(COL, (byte) (vectors ? 'V' : 'N'), (byte) uplo, n, a,
        Math.max(1, n), w);
    check(info, "dsyevd");
    if (info > 0) {
      throw new LinAlgError("Eigenvalues did not converge");
    }
  }

  /** General eigenvalues wr + i wi, and the right eigenvectors into vr when it is not null. */
  static void geev(int n, double[] a, double[] wr, double[] wi, double[] vr) {
    ready();
    int info = openblas.LAPACKE_dgeev(COL, (byte) 'N', (byte) (vr != null ? 'V' : 'N'), n, a,
        Math.max(1, n), wr, wi, new double[1], 1, vr != null ? vr : new double[1],
        vr != null ? Math.max(1, n) : 1);
    check(info, "dgeev");
    if (info > 0) {
      throw new LinAlgError("Eigenvalues did not converge");
    }
  }

  /**
   * Singular values into s (descending); jobz 'A' (u m×m, vt n×n), 'S' (u m×k, vt k×n) or 'N'
   * (u and vt unused). a is destroyed.
   */
  static void gesdd(char jobz, int m, int n, double[] a, double[] s, double[] u, double[] vt) {
    ready();
    int k = Math.min(m, n);
    int ldu = jobz == 'N' ? 1 : Math.max(1, m);
    int ldvt = jobz == 'A' ? Math.max(1, n) : jobz == 'S' ? Math.max(1, k) : 1;
    int info = openblas.LAPACKE_dgesdd(COL, (byte) jobz, m, n, a, Math.max(1, m), s,
        u != null ? u : new double[1], ldu, vt != null ? vt : new double[1], ldvt);
    check(info, "dgesdd");
    if (info > 0) {
      throw new LinAlgError("SVD did not converge");
    }
  }

  /** Householder QR in place: R in the upper triangle, the reflectors below, their scales in tau. */
  static void geqrf(int m, int n, double[] a, double[] tau) {
    ready();
    check(openblas.LAPACKE_dgeqrf(COL, m, n, a, Math.max(1, m), tau), "dgeqrf");
  }

  /** The first mc columns of Q from geqrf's k reflectors (held in q, m×mc). */
  static void orgqr(int m, int mc, int k, double[] q, double[] tau) {
    ready();
    check(openblas.LAPACKE_dorgqr(COL, m, mc, k, q, Math.max(1, m), tau), "dorgqr");
  }

  /** Cholesky factor in place (the other triangle left as it was); false when not definite. */
  static boolean potrf(char uplo, int n, double[] a) {
    ready();
    int info = openblas.LAPACKE_dpotrf(COL, (byte) uplo, n, a, Math.max(1, n));
    check(info, "dpotrf");
    return info == 0;
  }

  /**
   * Least squares by SVD (divide and conquer): b (ldb = max(m, n), nrhs columns) is overwritten
   * by the solution in its first n rows; returns the effective rank.
   */
  static int gelsd(int m, int n, int nrhs, double[] a, double[] b, double[] s, double rcond) {
    ready();
    int[] rank = new int[1];
    int info = openblas.LAPACKE_dgelsd(COL, m, n, nrhs, a, Math.max(1, m), b,
        Math.max(1, Math.max(m, n)), s, rcond, rank);
    check(info, "dgelsd");
    if (info > 0) {
      throw new LinAlgError("SVD did not converge in Linear Least Squares");
    }
    return rank[0];
  }

  /** A negative info is a wrong argument: a bug here, not the user's input. */
  private static void check(int info, String routine) {
    if (info < 0) {
      throw new IllegalStateException(routine + ": illegal value in argument " + (-info));
    }
  }
}
