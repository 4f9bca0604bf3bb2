import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Spike, not part of the build: cblas_dgemm of one OpenBLAS build (whichever bytedeco openblas
 * preset is on the class path) on n×n float64, on the Java heap arrays (what Nd4jBridge does) and
 * on off-heap pointers (no JNI array copies). Prints the median milliseconds. Run by
 * blas_spike.sh, which puts ND4J's OpenBLAS 0.3.19 (javacpp 1.5.7) and a newer one on the path.
 */
public class BlasVersions {
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    int reps = Integer.parseInt(args[1]);
    java.util.Random r = new java.util.Random(42);
    double[] x = new double[n * n];
    double[] y = new double[n * n];
    for (int i = 0; i < x.length; i++) {
      x[i] = r.nextDouble();
      y[i] = r.nextDouble();
    }
    DoublePointer px = new DoublePointer(x);
    DoublePointer py = new DoublePointer(y);
    DoublePointer po = new DoublePointer((long) n * n);
    double[] o = new double[n * n];
    double[] heap = new double[reps];
    double[] ptr = new double[reps];
    int rm = openblas_nolapack.CblasRowMajor;
    int nt = openblas_nolapack.CblasNoTrans;
    for (int k = 0; k < reps; k++) {
      long t0 = System.nanoTime();
      openblas_nolapack.cblas_dgemm(rm, nt, nt, n, n, n, 1.0, x, n, y, n, 0.0, o, n);
      long t1 = System.nanoTime();
      openblas_nolapack.cblas_dgemm(rm, nt, nt, n, n, n, 1.0, px, n, py, n, 0.0, po, n);
      long t2 = System.nanoTime();
      heap[k] = (t1 - t0) / 1e6;
      ptr[k] = (t2 - t1) / 1e6;
    }
    java.util.Arrays.sort(heap);
    java.util.Arrays.sort(ptr);
    System.out.printf(java.util.Locale.ROOT, "n=%d heap arrays %.1f ms, pointers %.1f ms%n",
        n, heap[reps / 2], ptr[reps / 2]);
  }
}
