package ddl.bench;

import ddl.stdlib.Rng;
import ddl.stdlib.Tensor;
import ddl.stdlib.create.Creation;
import ddl.stdlib.nd4j.Nd4jBridge;
import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.Locale;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * {@code Nd4jBridge.gemm} (OpenBLAS's cblas_dgemm on per-thread off-heap buffers) against the same
 * cblas_dgemm on the Java heap arrays (JavaCPP's {@code double[]} overload, which copies every
 * array into native memory and back on each call): first bit-identity on contiguous, transposed,
 * sliced, offset, stepped and reversed operands, then the time of an n×n product, median of reps.
 * Also prints OpenBLAS's thread count (a third argument sets it).
 *
 * <p>Usage: {@code java [flags] -cp ... ddl.bench.BlasProbe [n] [reps] [threads]}
 */
public final class BlasProbe {
  private BlasProbe() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Nd4jBridge.warmUp();
    if (args.length > 2) {
      org.bytedeco.openblas.presets.openblas_nolapack.blas_set_num_threads(
          Integer.parseInt(args[2]));
    }
    System.out.printf(
        Locale.ROOT,
        "{\"threads\":%d,\"vendor\":%d}%n",
        org.bytedeco.openblas.presets.openblas_nolapack.blas_get_num_threads(),
        org.bytedeco.openblas.presets.openblas_nolapack.blas_get_vendor());
    checkLayouts();
    Rng rng = new Rng(42);
    double[] x = Creation.rand(rng, n, n).doubleStorage();
    double[] y = Creation.rand(rng, n, n).doubleStorage();
    double[] heap = new double[reps];
    double[] bridge = new double[reps];
    double[] o1 = null;
    double[] o2 = null;
    for (int r = 0; r < reps; r++) {
      long t0 = System.nanoTime();
      o1 = new double[n * n];
      heapGemm(x, 0, n, 1, y, 0, n, 1, o1, 0, n, n, n);
      long t1 = System.nanoTime();
      o2 = new double[n * n];
      Nd4jBridge.gemm(x, 0, n, 1, y, 0, n, 1, o2, 0, n, n, n);
      long t2 = System.nanoTime();
      heap[r] = (t1 - t0) / 1e6;
      bridge[r] = (t2 - t1) / 1e6;
    }
    System.out.printf(
        Locale.ROOT,
        "{\"n\":%d,\"cblasOnHeapMs\":%.2f,\"nd4jBridgeMs\":%.2f,\"same\":%b,"
            + "\"heapAll\":%s,\"bridgeAll\":%s}%n",
        n,
        MatmulProbe.median(heap),
        MatmulProbe.median(bridge),
        Arrays.equals(o1, o2),
        Arrays.toString(heap),
        Arrays.toString(bridge));
  }

  /** Products of views, small and large (copied on two threads), against the heap reference. */
  private static void checkLayouts() {
    boolean all = checkLayouts(50, 70, 90) & checkLayouts(500, 700, 900);
    long saved = ddl.stdlib.math.Linalg.blasThreshold();
    ddl.stdlib.math.Linalg.setBlasThreshold(0);
    Tensor t = Creation.rand(new Rng(3), 64, 64);
    Tensor p = t.matmul(t.T());
    ddl.stdlib.math.Linalg.setBlasThreshold(saved);
    System.out.printf(
        Locale.ROOT, "{\"layoutsBitIdentical\":%b,\"matmulOk\":%b}%n", all, p.shape()[0] == 64);
  }

  private static boolean checkLayouts(int n, int k, int m) {
    int w = Math.max(n, Math.max(k, m)) + 8;
    Rng rng = new Rng(7);
    double[] a = Creation.rand(rng, 2 * w * w).doubleStorage();
    double[] b = Creation.rand(rng, 2 * w * w).doubleStorage();
    // {offset, row stride, column stride} of x (n×k) and y (k×m)
    int[][] cases = {
      {0, k, 1, 0, m, 1}, // contiguous
      {0, 1, n, 0, 1, k}, // both transposed
      {5, w, 1, 7, w, 1}, // sliced rows of a wider matrix, offset
      {3, 1, w, 0, m, 1}, // transposed slice
      {0, 2 * k, 2, 0, 2 * m, 2}, // stepped columns: gathered
      {(n - 1) * k + k - 1, -k, -1, 0, m, 1}, // reversed: gathered
      {0, 0, 1, 0, m, 1}, // broadcast row (zero stride): gathered
    };
    boolean all = true;
    for (int[] c : cases) {
      double[] o1 = new double[n * m + 3];
      double[] o2 = new double[n * m + 3];
      heapGemm(a, c[0], c[1], c[2], b, c[3], c[4], c[5], o1, 3, n, k, m);
      Nd4jBridge.gemm(a, c[0], c[1], c[2], b, c[3], c[4], c[5], o2, 3, n, k, m);
      boolean same = Arrays.equals(o1, o2);
      all &= same;
      if (!same) {
        System.out.println("differs: " + n + "x" + k + "x" + m + " " + Arrays.toString(c));
      }
    }
    return all;
  }

  /** The former Nd4jBridge path: cblas_dgemm on the heap arrays, offsets through heap buffers. */
  static void heapGemm(
      double[] x,
      int px,
      int xr,
      int xc,
      double[] y,
      int py,
      int yr,
      int yc,
      double[] o,
      int po,
      int n,
      int k,
      int m) {
    int[] la = layout(xr, xc, n, k);
    if (la == null) {
      x = gather(x, px, xr, xc, n, k);
      px = 0;
      la = new int[] {openblas_nolapack.CblasNoTrans, Math.max(1, k)};
    }
    int[] lb = layout(yr, yc, k, m);
    if (lb == null) {
      y = gather(y, py, yr, yc, k, m);
      py = 0;
      lb = new int[] {openblas_nolapack.CblasNoTrans, Math.max(1, m)};
    }
    int order = openblas_nolapack.CblasRowMajor;
    if (px == 0 && py == 0 && po == 0) {
      openblas_nolapack.cblas_dgemm(
          order, la[0], lb[0], n, m, k, 1.0, x, la[1], y, lb[1], 0.0, o, Math.max(1, m));
    } else {
      openblas_nolapack.cblas_dgemm(
          order,
          la[0],
          lb[0],
          n,
          m,
          k,
          1.0,
          DoubleBuffer.wrap(x, px, x.length - px),
          la[1],
          DoubleBuffer.wrap(y, py, y.length - py),
          lb[1],
          0.0,
          DoubleBuffer.wrap(o, po, o.length - po),
          Math.max(1, m));
    }
  }

  private static int[] layout(int rs, int cs, int rows, int cols) {
    if ((cs == 1 || cols == 1) && (rows == 1 || rs >= Math.max(1, cols))) {
      return new int[] {openblas_nolapack.CblasNoTrans, rows == 1 ? Math.max(1, cols) : rs};
    }
    if ((rs == 1 || rows == 1) && (cols == 1 || cs >= Math.max(1, rows))) {
      return new int[] {openblas_nolapack.CblasTrans, cols == 1 ? Math.max(1, rows) : cs};
    }
    return null;
  }

  private static double[] gather(double[] src, int p, int rs, int cs, int rows, int cols) {
    double[] d = new double[rows * cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        d[i * cols + j] = src[p + i * rs + j * cs];
      }
    }
    return d;
  }
}
