package ddl.stdlib.random;

import ddl.stdlib.Args;
import ddl.stdlib.DType;
import ddl.stdlib.Rng;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.linalg.Spectral;

/**
 * numpy's legacy {@code multivariate_normal}: standard normals x of shape (..., n), then
 * {@code x @ (sqrt(s)[:, None] * vh) + mean} with (u, s, vh) the SVD of cov from {@code linalg.svd}
 * ({@link Spectral#svd}: LAPACK's dgesdd, as numpy's).
 */
final class MultivariateNormal {
  private MultivariateNormal() {}

  static Tensor draw(Rng rng, Object meanArg, Object covArg, Object size) {
    Tensor mean = Args.tensor(meanArg, "mean").astype(DType.FLOAT64);
    Tensor cov = Args.tensor(covArg, "cov").astype(DType.FLOAT64);
    int[] s = Draw.size(size);
    if (mean.ndim() != 1) {
      throw new IllegalArgumentException("mean must be 1 dimensional");
    }
    if (cov.ndim() != 2 || cov.shape(0) != cov.shape(1)) {
      throw new IllegalArgumentException("cov must be 2 dimensional and square");
    }
    int n = mean.shape(0);
    if (n != cov.shape(0)) {
      throw new IllegalArgumentException("mean and cov must have same length");
    }
    int[] shape = new int[(s == null ? 0 : s.length) + 1];
    if (s != null) {
      System.arraycopy(s, 0, shape, 0, s.length);
    }
    shape[shape.length - 1] = n;
    int rows = 1;
    for (int i = 0; i < shape.length - 1; i++) {
      rows *= shape[i];
    }
    double[] x = new double[rows * n];
    synchronized (rng) {
      for (int i = 0; i < x.length; i++) {
        x[i] = rng.gauss();
      }
    }
    double[] sv = new double[n];
    double[] vt = new double[n * n];
    if (n > 0) {
      Tuple usv = (Tuple) Spectral.svd(cov, true, true, false);
      sv = ((Tensor) usv.get(1)).contiguous().toDoubleArray();
      vt = ((Tensor) usv.get(2)).contiguous().toDoubleArray();
    }
    // covariance check as numpy's check_valid='warn'
    double[] c = cov.contiguous().toDoubleArray();
    boolean psd = true;
    for (int i = 0; i < n && psd; i++) {
      for (int j = 0; j < n && psd; j++) {
        double r = 0;
        for (int k = 0; k < n; k++) {
          r += vt[k * n + i] * sv[k] * vt[k * n + j];
        }
        psd = Math.abs(r - c[i * n + j]) <= 1e-8 + 1e-8 * Math.abs(c[i * n + j]);
      }
    }
    if (!psd) {
      ddl.stdlib.Context.warnRunning(
          "RuntimeWarning: covariance is not symmetric positive-semidefinite.");
    }
    double[] m = new double[n * n]; // sqrt(s)[:, None] * vh
    for (int k = 0; k < n; k++) {
      double r = Math.sqrt(sv[k]);
      for (int j = 0; j < n; j++) {
        m[k * n + j] = r * vt[k * n + j];
      }
    }
    double[] mu = mean.contiguous().toDoubleArray();
    double[] out = new double[rows * n];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < n; j++) {
        double acc = 0;
        for (int k = 0; k < n; k++) {
          acc += x[i * n + k] * m[k * n + j];
        }
        out[i * n + j] = acc + mu[j];
      }
    }
    return Tensor.wrap(out, shape);
  }
}
