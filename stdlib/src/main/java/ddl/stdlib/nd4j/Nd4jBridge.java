package ddl.stdlib.nd4j;

import java.nio.DoubleBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The one place that talks to ND4J: float64 by default, matrix products through its BLAS, and the
 * name of the backend in use. On the CPU backend a product calls OpenBLAS's {@code cblas_dgemm}
 * (the library ND4J itself loads) on per-thread off-heap buffers: one bulk copy of each operand in
 * and of the result out, no INDArray (whose creation and copies cost up to half the product).
 */
public final class Nd4jBridge {
  private Nd4jBridge() {}

  /** Elements below which a copy stays on one thread (the hand-off costs a few microseconds). */
  private static final long COPY_GRAIN = 1L << 18;

  /** As the stdlib's elementwise loops: -Dddl.threads=1 keeps everything on the caller. */
  private static final boolean TWO_THREADS =
      Integer.getInteger("ddl.threads", 2) > 1
          && Runtime.getRuntime().availableProcessors() > 1
          && ForkJoinPool.getCommonPoolParallelism() > 0;

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
  public static void gemm(
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

  /**
   * Row-major {@code cblas_dgemm} on this thread's off-heap scratch: each operand is copied in once
   * (rows packed, so the leading dimension is the row length), the result copied out once.
   * JavaCPP's {@code double[]} overload instead copies every array into fresh native memory and
   * back out on each call (inputs included), which cost 25-40% of a 1000² product. Operands BLAS
   * cannot address (negative, zero or interleaved strides) are gathered element by element.
   */
  private static void cblas(
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
    long na = (long) n * k;
    long nb = (long) k * m;
    long nc = (long) n * m;
    Scratch s = Scratch.mine();
    synchronized (s) {
      boolean kept = s.reserve(na, nb, nc);
      try {
        DoubleBuffer da = s.a.asBuffer();
        DoubleBuffer db = s.b.asBuffer();
        // the copies are memory-bound: on two cores, y's is done on the pool while x's runs here
        ForkJoinTask<int[]> fb =
            TWO_THREADS && na + nb >= COPY_GRAIN
                ? ForkJoinPool.commonPool().submit(() -> pack(y, py, yr, yc, k, m, db))
                : null;
        int[] la = pack(x, px, xr, xc, n, k, da);
        int[] lb = fb != null ? fb.join() : pack(y, py, yr, yc, k, m, db);
        openblas_nolapack.cblas_dgemm(
            openblas_nolapack.CblasRowMajor,
            la[0],
            lb[0],
            n,
            m,
            k,
            1.0,
            s.a,
            la[1],
            s.b,
            lb[1],
            0.0,
            s.c,
            Math.max(1, m));
        int len = (int) nc;
        if (TWO_THREADS && nc >= COPY_GRAIN) {
          int mid = (len / 2) & ~7;
          ForkJoinTask<?> f =
              ForkJoinPool.commonPool()
                  .submit(() -> s.c.asBuffer().position(mid).get(o, po + mid, len - mid));
          s.c.asBuffer().get(o, po, mid);
          f.join();
        } else {
          s.c.asBuffer().get(o, po, len);
        }
      } finally {
        s.done(kept);
      }
    }
  }

  /**
   * Copies a rows×cols operand into {@code d} as BLAS will read it and returns {CblasNoTrans or
   * CblasTrans, leading dimension}. A row-major operand is packed by rows, a column-major one (a
   * transposed view) by columns: the same kernel path as reading it in place, so the product's bits
   * do not depend on whether the operand was a view.
   */
  private static int[] pack(
      double[] src, int p, int rs, int cs, int rows, int cols, DoubleBuffer d) {
    int[] l = layout(rs, cs, rows, cols);
    if (l == null) {
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          d.put(src[p + i * rs + j * cs]);
        }
      }
      return new int[] {openblas_nolapack.CblasNoTrans, Math.max(1, cols)};
    }
    boolean trans = l[0] == openblas_nolapack.CblasTrans;
    int lines = trans ? cols : rows; // rows of the stored matrix, as BLAS reads it
    int len = trans ? rows : cols;
    if (lines == 1 || l[1] == len) {
      d.put(src, p, lines * len);
    } else {
      for (int i = 0; i < lines; i++) {
        d.put(src, p + i * l[1], len);
      }
    }
    return new int[] {l[0], Math.max(1, len)};
  }

  /**
   * One thread's native operands and result, grown as needed. Up to {@link #KEEP} doubles stay
   * allocated between products (a 2000² product needs 12 Mi) and are freed after {@link #IDLE_NS}
   * without use; a larger product allocates for itself and frees on return.
   */
  private static final class Scratch {
    static final long KEEP = Long.getLong("ddl.blas.scratch", 3L << 22);
    static final long IDLE_NS = 5_000_000_000L;
    private static final ThreadLocal<Scratch> MINE = ThreadLocal.withInitial(Scratch::new);
    private static final Set<Scratch> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile Thread reaper;

    DoublePointer a;
    DoublePointer b;
    DoublePointer c;
    long lastUse;

    static Scratch mine() {
      return MINE.get();
    }

    /** Makes a, b and c hold at least na, nb, nc doubles; true when they are to be kept. */
    boolean reserve(long na, long nb, long nc) {
      long need = na + nb + nc;
      boolean keep = need <= KEEP;
      // kept buffers grow by half again (within KEEP in all), so a few growing sizes do not
      // reallocate every time; buffers left large by other shapes are dropped if the three
      // together would hold more than KEEP
      long spare = keep ? (KEEP - need) / 3 : 0;
      long ca = size(a, na, spare);
      long cb = size(b, nb, spare);
      long cc = size(c, nc, spare);
      if (ca + cb + cc > Math.max(KEEP, need)) {
        free();
        ca = na;
        cb = nb;
        cc = nc;
      }
      a = fit(a, ca);
      b = fit(b, cb);
      c = fit(c, cc);
      if (keep) {
        LIVE.add(this);
        startReaper();
      }
      return keep;
    }

    /** The capacity to use for a buffer that must hold {@code size}: its own if large enough. */
    private static long size(DoublePointer p, long size, long spare) {
      if (p != null && p.capacity() >= size) {
        return p.capacity();
      }
      return Math.max(1, size + Math.min(size / 2, spare));
    }

    private static DoublePointer fit(DoublePointer p, long cap) {
      if (p != null && p.capacity() >= cap) {
        return p.position(0);
      }
      if (p != null) {
        p.deallocate();
      }
      return new DoublePointer(Math.max(1, cap));
    }

    void done(boolean kept) {
      if (kept) {
        lastUse = System.nanoTime();
      } else {
        free();
      }
    }

    /** Releases the native memory now; the next product allocates again. */
    void free() {
      for (DoublePointer p : new DoublePointer[] {a, b, c}) {
        if (p != null) {
          p.deallocate();
        }
      }
      a = b = c = null;
      LIVE.remove(this);
    }

    /** A daemon thread that frees scratch left unused for IDLE_NS (the thread may be long gone). */
    private static void startReaper() {
      if (reaper != null) {
        return;
      }
      synchronized (Scratch.class) {
        if (reaper != null) {
          return;
        }
        Thread t = new Thread(Scratch::reap, "ddl-blas-scratch");
        t.setDaemon(true);
        reaper = t;
        t.start();
      }
    }

    private static void reap() {
      while (true) {
        try {
          Thread.sleep(IDLE_NS / 2_000_000);
        } catch (InterruptedException e) {
          return;
        }
        long now = System.nanoTime();
        for (Scratch s : LIVE) {
          synchronized (s) {
            if (now - s.lastUse > IDLE_NS) {
              s.free();
            }
          }
        }
      }
    }
  }

  /**
   * {CblasNoTrans or CblasTrans, leading dimension} for a rows×cols operand with these strides, or
   * null when BLAS cannot read it in place (negative, zero or interleaved strides).
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
