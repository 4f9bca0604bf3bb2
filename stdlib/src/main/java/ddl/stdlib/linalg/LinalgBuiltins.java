package ddl.stdlib.linalg;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.Opt;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;

/**
 * numpy's {@code linalg} module: {@code linalg.inv(A)} is {@code np.linalg.inv(A)}. Computed by
 * LAPACK (the OpenBLAS that ND4J brings) with the drivers numpy uses; stacks (..., M, M) where
 * numpy takes them.
 */
public final class LinalgBuiltins {
  private LinalgBuiltins() {}

  private static Tensor t(Object a) {
    return Args.tensor(a, "a");
  }

  private static String str(Object v, String param) {
    if (!(v instanceof String)) {
      throw new IllegalArgumentException(param + ": expected a string, found "
          + Args.describe(v));
    }
    return (String) v;
  }

  private static Double optDouble(Object v, String param) {
    return v == null ? null : Args.toDouble(v, param);
  }

  @Builtin(name = "linalg.inv", doc = "the inverse of a square matrix (or of each in a stack);"
      + " LinAlgError \"Singular matrix\" when there is none",
      example = "linalg.inv([[2, 0], [0, 4]])\n# => [[0.5  0.  ]\n#     [0.   0.25]]")
  public static Tensor inv(Object a) {
    return Decompose.inv(t(a));
  }

  @Builtin(name = "linalg.solve", doc = "x with a @ x = b, for square a; b is (M,) or a stack of"
      + " (M, K) matrices",
      example = "linalg.solve([[3, 1], [1, 2]], [9, 8])  # => [2. 3.]")
  public static Tensor solve(Object a, Object b) {
    return Decompose.solve(t(a), Args.tensor(b, "b"));
  }

  @Builtin(name = "linalg.det", doc = "the determinant (from the LU factors, as numpy: sign ·"
      + " exp(log|det|)); a float, or a tensor for a stack",
      example = "linalg.det([[1, 2], [3, 4]])  # => -2.0000000000000004")
  public static Object det(Object a) {
    return Decompose.det(t(a));
  }

  @Builtin(name = "linalg.slogdet", doc = "SlogdetResult(sign, logabsdet): the determinant's sign"
      + " and the log of its absolute value",
      example = "linalg.slogdet([[2, 0], [0, 3]]).logabsdet  # => 1.791759469228055")
  public static Tuple slogdet(Object a) {
    return Decompose.slogdet(t(a));
  }

  @Builtin(name = "linalg.cholesky", doc = "the lower (or with upper=true the upper) Cholesky"
      + " factor of a symmetric positive-definite matrix",
      example = "linalg.cholesky([[4, 2], [2, 5]])\n# => [[2. 0.]\n#     [1. 2.]]")
  public static Tensor cholesky(Object a, @Opt("false") Object upper) {
    return Decompose.cholesky(t(a), Args.toBool(upper, "upper"));
  }

  @Builtin(name = "linalg.qr", doc = "QRResult(Q, R) with mode \"reduced\" (Q is M×K) or"
      + " \"complete\" (M×M); R alone for \"r\"; (h, tau) for \"raw\"",
      example = "Q, R = linalg.qr([[3, 0], [4, 5]])")
  public static Object qr(Object a, @Opt("\"reduced\"") Object mode) {
    return Decompose.qr(t(a), str(mode, "mode"));
  }

  @Builtin(name = "linalg.eig", doc = "EigResult(eigenvalues, eigenvectors) of a square matrix,"
      + " vectors as columns; real results only (ddl has no complex dtype)",
      example = "linalg.eig([[2, 0], [0, 3]]).eigenvalues  # => [2. 3.]")
  public static Tuple eig(Object a) {
    return Spectral.eig(t(a));
  }

  @Builtin(name = "linalg.eigvals", doc = "the eigenvalues of a square matrix (real ones only)",
      example = "linalg.eigvals([[1, 2], [2, 1]])  # => [ 3. -1.]")
  public static Tensor eigvals(Object a) {
    return Spectral.eigvals(t(a));
  }

  @Builtin(name = "linalg.eigh", doc = "EighResult(eigenvalues, eigenvectors) of a symmetric"
      + " matrix, eigenvalues ascending; UPLO picks the triangle read",
      example = "w, v = linalg.eigh([[2, 1], [1, 2]])")
  public static Tuple eigh(Object a, @Opt("\"L\"") Object UPLO) {
    return Spectral.eigh(t(a), str(UPLO, "UPLO"));
  }

  @Builtin(name = "linalg.eigvalsh", doc = "the eigenvalues of a symmetric matrix, ascending",
      example = "linalg.eigvalsh([[2, 1], [1, 2]])  # => [1. 3.]")
  public static Tensor eigvalsh(Object a, @Opt("\"L\"") Object UPLO) {
    return Spectral.eigvalsh(t(a), str(UPLO, "UPLO"));
  }

  @Builtin(name = "linalg.svd", doc = "SVDResult(U, S, Vh) with a = U @ diag(S) @ Vh, S"
      + " descending; S alone with compute_uv=false",
      example = "linalg.svd([[3, 0], [0, 4]], compute_uv=false)  # => [4. 3.]")
  public static Object svd(Object a, @Opt("true") Object full_matrices,
      @Opt("true") Object compute_uv, @Opt("false") Object hermitian) {
    return Spectral.svd(t(a), Args.toBool(full_matrices, "full_matrices"),
        Args.toBool(compute_uv, "compute_uv"), Args.toBool(hermitian, "hermitian"));
  }

  @Builtin(name = "linalg.pinv", doc = "the Moore-Penrose pseudo-inverse, from the SVD: singular"
      + " values below rcond · max(S) (default 1e-15) count as zero",
      example = "linalg.pinv([[1, 0], [0, 0]])\n# => [[1. 0.]\n#     [0. 0.]]")
  public static Tensor pinv(Object a, @Opt("None") Object rcond, @Opt("false") Object hermitian,
      @Opt("None") Object rtol) {
    return Derived.pinv(t(a), optDouble(rcond, "rcond"), optDouble(rtol, "rtol"),
        Args.toBool(hermitian, "hermitian"));
  }

  @Builtin(name = "linalg.matrix_rank", doc = "the number of singular values above tol (default"
      + " max(S) · max(M, N) · eps)",
      example = "linalg.matrix_rank([[1, 2], [2, 4]])  # => 1")
  public static Object matrix_rank(Object A, @Opt("None") Object tol,
      @Opt("false") Object hermitian, @Opt("None") Object rtol) {
    return Derived.matrixRank(Args.tensor(A, "A"), optDouble(tol, "tol"),
        optDouble(rtol, "rtol"), Args.toBool(hermitian, "hermitian"));
  }

  @Builtin(name = "linalg.matrix_power", doc = "a square matrix to an integer power (negative:"
      + " of its inverse), by repeated squaring as numpy",
      example = "linalg.matrix_power([[1, 1], [0, 1]], 3)\n# => [[1 3]\n#     [0 1]]")
  public static Tensor matrix_power(Object a, Object n) {
    if (!(n instanceof Long || n instanceof Integer || n instanceof Boolean
        || n instanceof java.math.BigInteger)) {
      throw new IllegalArgumentException("exponent must be an integer");
    }
    return Derived.matrixPower(t(a), Args.toLong(n, "n"));
  }

  @Builtin(name = "linalg.norm", doc = "a vector or matrix norm: ord None (2-norm, Frobenius),"
      + " inf, -inf, 0, 1, -1, 2, -2, any p for vectors, \"fro\", \"nuc\"; over axis (an int or"
      + " two)",
      example = "linalg.norm([3, 4])  # => 5.0")
  public static Object norm(Object x, @Opt("None") Object ord, @Opt("None") Object axis,
      @Opt("false") Object keepdims) {
    Object o = ord;
    if (o instanceof Number && !(o instanceof Double)) {
      o = Args.toDouble(o, "ord");
    } else if (o != null && !(o instanceof Double) && !(o instanceof String)) {
      throw new IllegalArgumentException("Invalid norm order '" + o + "'");
    }
    int[] ax = axis == null ? null : Args.axes(axis);
    return Norm.norm(Args.tensor(x, "x"), o, ax, Args.toBool(keepdims, "keepdims"));
  }

  @Builtin(name = "linalg.lstsq", doc = "numpy's least squares: (x, residuals, rank, s) for a @ x"
      + " ≈ b by LAPACK's dgelsd; singular values below rcond · max(S) (default eps · max(M, N))"
      + " count as zero. ddl's lstsq(x, y) fits a line instead",
      example = "x, res, rank, s = linalg.lstsq([[1, 0], [1, 1], [1, 2]], [1, 3, 5])")
  public static Tuple lstsq(Object a, Object b, @Opt("None") Object rcond) {
    return Lstsq.lstsq(t(a), Args.tensor(b, "b"), optDouble(rcond, "rcond"));
  }
}
