package ddl.stdlib.linalg;

import java.nio.DoubleBuffer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;

/**
 * One thread's native memory for LAPACK's operands, so that a matrix is transposed once into a
 * reused heap array and copied into native memory in bulk, rather than transposed into a new
 * (zeroed) array that JNI then copies in and out again. Up to {@link #KEEP} doubles stay allocated
 * between calls; larger operands get memory of their own, freed on return.
 */
final class NativeScratch implements AutoCloseable {
  private static final long KEEP = 1L << 21; // 16 MB: a 1000² matrix and its right-hand sides
  private static final ThreadLocal<NativeScratch> MINE = ThreadLocal.withInitial(NativeScratch::new);

  private DoublePointer a;
  private DoublePointer b;
  private IntPointer ipiv;
  private double[] heap = new double[0];
  private boolean busy;

  /** This thread's scratch, or a fresh one when it is in use (a nested call). */
  static NativeScratch take() {
    NativeScratch s = MINE.get();
    if (s.busy) {
      return new NativeScratch();
    }
    s.busy = true;
    return s;
  }

  DoublePointer a(long n) {
    a = fit(a, n);
    return a;
  }

  DoublePointer b(long n) {
    b = fit(b, n);
    return b;
  }

  IntPointer ipiv(int n) {
    if (ipiv == null || ipiv.capacity() < n) {
      if (ipiv != null) {
        ipiv.deallocate();
      }
      ipiv = new IntPointer(Math.max(1, n));
    }
    return ipiv;
  }

  /** A heap array of at least n doubles, reused (its contents are garbage). */
  double[] heap(int n) {
    if (heap.length < n) {
      heap = new double[n];
    }
    return heap;
  }

  private static DoublePointer fit(DoublePointer p, long n) {
    if (p != null && p.capacity() >= n) {
      return p.position(0);
    }
    if (p != null) {
      p.deallocate();
    }
    return new DoublePointer(Math.max(1, n));
  }

  /** The rows×cols C-order matrix at src[ps..] into p in Fortran order. */
  void putFortran(double[] src, int ps, int rows, int cols, DoublePointer p) {
    int len = rows * cols;
    double[] h = heap(len);
    Matrices.transpose(src, ps, rows, cols, h, 0, rows);
    p.asBuffer().put(h, 0, len);
  }

  /** The m×n column-major matrix in p (leading dimension ld) into out[base..] in C order. */
  void getC(DoublePointer p, int ld, int m, int n, double[] out, int base) {
    int len = ld * n;
    double[] h = heap(len);
    DoubleBuffer buf = p.asBuffer();
    buf.get(h, 0, len);
    Matrices.toC(h, ld, m, n, out, base);
  }

  @Override
  public void close() {
    busy = false;
    long held = (a == null ? 0 : a.capacity()) + (b == null ? 0 : b.capacity());
    if (held > KEEP || this != MINE.get()) {
      for (DoublePointer p : new DoublePointer[] {a, b}) {
        if (p != null) {
          p.deallocate();
        }
      }
      a = b = null;
      heap = new double[0];
    }
  }
}
