package ddl.bench;

import ddl.stdlib.Rng;
import ddl.stdlib.Tensor;
import ddl.stdlib.create.Creation;
import ddl.stdlib.nd4j.Nd4jBridge;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Splits the time of a float64 n×n matmul on the BLAS path into its parts, as
 * {@code Nd4jBridge.gemm} does them: copying both operands into INDArrays, the gemm itself, and
 * copying the result back; then Tensor.matmul as a whole. Prints milliseconds, median of reps.
 *
 * <p>Usage: {@code java [flags] -cp ... ddl.bench.MatmulProbe [n] [reps]}
 */
public final class MatmulProbe {
  private MatmulProbe() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Rng rng = new Rng(42);
    Tensor a = Creation.rand(rng, n, n);
    Tensor b = Creation.rand(rng, n, n);
    Nd4jBridge.warmUp();
    double[] in = new double[reps];
    double[] gemm = new double[reps];
    double[] out = new double[reps];
    double[] whole = new double[reps];
    for (int r = 0; r < reps; r++) {
      long t0 = System.nanoTime();
      INDArray x = Nd4j.create(a.doubleStorage().clone(), new long[] {n, n}, DataType.DOUBLE);
      INDArray y = Nd4j.create(b.doubleStorage().clone(), new long[] {n, n}, DataType.DOUBLE);
      INDArray c = Nd4j.createUninitialized(DataType.DOUBLE, n, n);
      long t1 = System.nanoTime();
      Nd4j.gemm(x, y, c, false, false, 1.0, 0.0);
      long t2 = System.nanoTime();
      double[] res = c.data().asDouble();
      long t3 = System.nanoTime();
      x.close();
      y.close();
      c.close();
      long t4 = System.nanoTime();
      Tensor t = a.matmul(b);
      long t5 = System.nanoTime();
      in[r] = (t1 - t0) / 1e6;
      gemm[r] = (t2 - t1) / 1e6;
      out[r] = (t3 - t2) / 1e6;
      whole[r] = (t5 - t4) / 1e6;
      if (res[0] != t.getDouble(0)) {
        System.out.println("results differ: " + res[0] + " " + t.getDouble(0));
      }
    }
    System.out.printf(java.util.Locale.ROOT,
        "{\"n\":%d,\"copyInMs\":%.2f,\"gemmMs\":%.2f,\"copyOutMs\":%.2f,\"matmulMs\":%.2f,"
            + "\"gemmAllMs\":%s,\"matmulAllMs\":%s}%n",
        n, median(in), median(gemm), median(out), median(whole),
        java.util.Arrays.toString(gemm), java.util.Arrays.toString(whole));
  }

  static double median(double[] v) {
    double[] s = v.clone();
    java.util.Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
