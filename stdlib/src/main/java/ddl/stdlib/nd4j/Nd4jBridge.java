package ddl.stdlib.nd4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The one place that talks to ND4J: float64 by default, matrix products through its BLAS, and the
 * name of the backend in use. Strided Java data is copied into a contiguous INDArray; the copy
 * costs O(n·k + k·m) against the product's O(n·k·m).
 */
public final class Nd4jBridge {
  private Nd4jBridge() {}

  private static final class Init {
    static final boolean DONE = init();

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
    boolean ok = Init.DONE;
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
