package ddl.stdlib.nd4j;

import java.nio.DoubleBuffer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The one place that talks to ND4J: float64 by default, matrix products through its BLAS, and the
 * name of the backend in use. On the CPU backend a product calls OpenBLAS's {@code cblas_dgemm}
 * (the library ND4J itself loads) on the Java arrays: row strides become lda/ldb and transposed
 * views {@code CblasTrans}, so no operand is copied into an INDArray (those copies cost up to half
 * the product). Other strided data is gathered first, O(n·k + k·m) against the product's O(n·k·m).
 */
public final class Nd4jBridge {
  private Nd4jBridge() {}

  private static final class Init {
    static final boolean DONE = init();
    static final boolean CPU = !"cuda".equals(backend());

    private static boolean init() {
      Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
      return true;
    }
  }

  /** Loads ND4J's native backend now (it takes a fraction of a second) rather than on first use. */
  public static void warmUp() {
    if (Init.DONE) {
      Nd4j.create(DataType.DOUBLE, 1, 1);
    }
  }

  /** {@code cpu} or {@code cuda}: the ND4J backend this process runs. */
  public static String backend() {
    String name = Init.DONE ? Nd4j.getBackend().getClass().getSimpleName().toLowerCase() : "";
    return name.contains("cuda") || name.contains("jcublas") ? "cuda" : "cpu";
  }

  /** {@code o[po..] = x @ y} for an n×k x and a k×m y read with the given row/column strides. */
  public static void gemm(double[] x, int px, int xr, int xc, double[] y, int py, int yr, int yc,
      double[] o, int po, int n, int k, int m) {
    if (Init.CPU) {
      cblas(x, px, xr, xc, y, py, yr, yc, o, po, n, k, m);
      return;
    }
    INDArray a = Nd4j.create(gather(x, px, xr, xc, n, k), new long[] {n, k}, DataType.DOUBLE);
    INDArray b = Nd4j.create(gather(y, py, yr, yc, k, m), new long[] {k, m}, DataType.DOUBLE);
    INDArray c = Nd4j.createUninitialized(DataType.DOUBLE, n, m);
    Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
    double[] r = c.data().asDouble();
    System.arraycopy(r, 0, o, po, n * m);
    a.close();
    b.close();
    c.close();
  }

  /** Row-major {@code cblas_dgemm} on the heap arrays; an operand BLAS cannot address is gathered. */
  private static void cblas(double[] x, int px, int xr, int xc, double[] y, int py, int yr, int yc,
      double[] o, int po, int n, int k, int m) {
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
      // JavaCPP passes a heap buffer's array at its position: the operands' offsets, no copy here
      openblas_nolapack.cblas_dgemm(order, la[0], lb[0], n, m, k, 1.0,
          DoubleBuffer.wrap(x, px, x.length - px), la[1],
          DoubleBuffer.wrap(y, py, y.length - py), lb[1], 0.0,
          DoubleBuffer.wrap(o, po, o.length - po), Math.max(1, m));
    }
  }

  /**
   * {CblasNoTrans or CblasTrans, leading dimension} for a rows×cols operand with these strides,
   * or null when BLAS cannot read it in place (negative, zero or interleaved strides).
   */
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
    if (cs == 1 && rs == cols) {
      System.arraycopy(src, p, d, 0, rows * cols);
      return d;
    }
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        d[i * cols + j] = src[p + i * rs + j * cs];
      }
    }
    return d;
  }
}
