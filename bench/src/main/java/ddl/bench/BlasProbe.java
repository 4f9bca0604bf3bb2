package ddl.bench;

import ddl.stdlib.Rng;
import ddl.stdlib.Tensor;
import ddl.stdlib.create.Creation;
import ddl.stdlib.nd4j.Nd4jBridge;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Prototype of a matmul without ND4J's copies: OpenBLAS's cblas_dgemm (the library ND4J itself
 * loads, through JavaCPP) called on the Java heap arrays, against Nd4jBridge.gemm as stdlib calls
 * it. Prints milliseconds, median of reps.
 *
 * <p>Usage: {@code java [flags] -cp ... ddl.bench.BlasProbe [n] [reps]}
 */
public final class BlasProbe {
  private BlasProbe() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Rng rng = new Rng(42);
    double[] x = Creation.rand(rng, n, n).doubleStorage();
    double[] y = Creation.rand(rng, n, n).doubleStorage();
    Nd4jBridge.warmUp();
    double[] direct = new double[reps];
    double[] bridge = new double[reps];
    double[] o1 = null;
    double[] o2 = null;
    for (int r = 0; r < reps; r++) {
      long t0 = System.nanoTime();
      o1 = new double[n * n];
      openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, openblas_nolapack.CblasNoTrans,
          openblas_nolapack.CblasNoTrans, n, n, n, 1.0, x, n, y, n, 0.0, o1, n);
      long t1 = System.nanoTime();
      o2 = new double[n * n];
      Nd4jBridge.gemm(x, 0, n, 1, y, 0, n, 1, o2, 0, n, n, n);
      long t2 = System.nanoTime();
      direct[r] = (t1 - t0) / 1e6;
      bridge[r] = (t2 - t1) / 1e6;
    }
    System.out.printf(java.util.Locale.ROOT,
        "{\"n\":%d,\"cblasOnHeapMs\":%.2f,\"nd4jBridgeMs\":%.2f,\"same\":%b,"
            + "\"cblasAll\":%s,\"bridgeAll\":%s}%n",
        n, MatmulProbe.median(direct), MatmulProbe.median(bridge), java.util.Arrays.equals(o1, o2),
        java.util.Arrays.toString(direct),
        java.util.Arrays.toString(bridge));
  }
}
