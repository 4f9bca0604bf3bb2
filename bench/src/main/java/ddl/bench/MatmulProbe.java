package ddl.bench;

import ddl.stdlib.Rng;
import ddl.stdlib.Tensor;
import ddl.stdlib.create.Creation;
import ddl.stdlib.nd4j.Nd4jBridge;
import java.util.Arrays;
import java.util.Locale;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Splits the time of a float64 n×n matmul on the BLAS path into its parts, as {@code
 * Nd4jBridge.gemm} does them: copying both operands into off-heap buffers, cblas_dgemm on them,
 * copying the result back; then Tensor.matmul as a whole (which also allocates and zeroes the
 * result array). Prints milliseconds, median of reps.
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
    long nn = (long) n * n;
    DoublePointer pa = new DoublePointer(nn);
    DoublePointer pb = new DoublePointer(nn);
    DoublePointer pc = new DoublePointer(nn);
    double[] res = new double[n * n];
    double[] in = new double[reps];
    double[] pin = new double[reps];
    double[] gemm = new double[reps];
    double[] out = new double[reps];
    double[] whole = new double[reps];
    for (int r = 0; r < reps; r++) {
      long t0 = System.nanoTime();
      pa.asBuffer().put(a.doubleStorage(), 0, n * n);
      pb.asBuffer().put(b.doubleStorage(), 0, n * n);
      long t1 = System.nanoTime();
      java.util.concurrent.ForkJoinTask<?> f =
          java.util.concurrent.ForkJoinPool.commonPool()
              .submit(() -> pb.asBuffer().put(b.doubleStorage(), 0, n * n));
      pa.asBuffer().put(a.doubleStorage(), 0, n * n);
      f.join();
      long t1p = System.nanoTime();
      pin[r] = (t1p - t1) / 1e6;
      t1 = t1p;
      openblas_nolapack.cblas_dgemm(
          openblas_nolapack.CblasRowMajor,
          openblas_nolapack.CblasNoTrans,
          openblas_nolapack.CblasNoTrans,
          n,
          n,
          n,
          1.0,
          pa,
          n,
          pb,
          n,
          0.0,
          pc,
          n);
      long t2 = System.nanoTime();
      pc.asBuffer().get(res, 0, n * n);
      long t3 = System.nanoTime();
      Tensor t = a.matmul(b);
      long t4 = System.nanoTime();
      in[r] = (t1 - t0) / 1e6;
      gemm[r] = (t2 - t1) / 1e6;
      out[r] = (t3 - t2) / 1e6;
      whole[r] = (t4 - t3) / 1e6;
      if (!Arrays.equals(res, t.doubleStorage())) {
        System.out.println("results differ");
      }
    }
    pa.deallocate();
    pb.deallocate();
    pc.deallocate();
    System.out.printf(
        Locale.ROOT,
        "{\"n\":%d,\"copyInMs\":%.2f,\"copyIn2ThreadsMs\":%.2f,\"gemmMs\":%.2f,\"copyOutMs\":%.2f,\"matmulMs\":%.2f,"
            + "\"gemmAllMs\":%s,\"matmulAllMs\":%s}%n",
        n,
        median(in),
        median(pin),
        median(gemm),
        median(out),
        median(whole),
        Arrays.toString(gemm),
        Arrays.toString(whole));
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
