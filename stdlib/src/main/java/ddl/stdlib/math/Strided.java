package ddl.stdlib.math;

/**
 * Drives loops over several strided operands of one (broadcast) shape: dimensions that are
 * contiguous in every operand are merged, and the kernel is called once per innermost row, so a
 * contiguous array is one call and one tight loop.
 */
public final class Strided {
  private Strided() {}

  /** A kernel over one innermost row: {@code bases[k]} is operand k's start, {@code steps[k]} its stride. */
  @FunctionalInterface
  public interface RowKernel {
    void row(int[] bases, int[] steps, int n);
  }

  /**
   * Calls {@code kernel} for every innermost row of {@code shape}; operand k starts at
   * {@code offsets[k]} with {@code strides[k]} (in elements, 0 along broadcast axes).
   */
  public static void forEachRow(int[] shape, int[][] strides, int[] offsets, RowKernel kernel) {
    Merged g = Merged.of(shape, strides);
    if (g != null) {
      g.rows(offsets, 0, g.outer(), kernel);
    }
  }

  /**
   * {@link #forEachRow} for kernels whose elements are independent (elementwise ops, copies): large
   * iterations are split over two threads, a single row in two halves, else the outermost axis.
   * Every element is computed by the same kernel, so the result is bit-identical to the serial one.
   */
  public static void forEachRowSplit(
      int[] shape, int[][] strides, int[] offsets, RowKernel kernel) {
    Merged g = Merged.of(shape, strides);
    if (g == null) {
      return;
    }
    int inner = g.dims[g.m - 1];
    if (g.m == 1) {
      int[] steps = g.steps();
      Parallel.split(
          inner,
          (lo, hi) -> {
            int[] b = offsets.clone();
            for (int k = 0; k < b.length; k++) {
              b[k] += lo * steps[k];
            }
            kernel.row(b, steps, hi - lo);
          });
      return;
    }
    int outer = g.outer();
    Parallel.split(outer, Math.max(1, g.size / outer), (lo, hi) -> g.rows(offsets, lo, hi, kernel));
  }

  /** A shape with the dimensions contiguous for every operand merged, and the operands' strides. */
  private static final class Merged {
    final int[] dims;
    final int[][] st;
    final int m;
    final int size;

    private Merged(int[] dims, int[][] st, int m, int size) {
      this.dims = dims;
      this.st = st;
      this.m = m;
      this.size = size;
    }

    static Merged of(int[] shape, int[][] strides) {
      int ops = strides.length;
      int size = 1;
      for (int d : shape) {
        if (d == 0) {
          return null;
        }
        size *= d;
      }
      int nd = shape.length;
      int[] dims = new int[Math.max(nd, 1)];
      int[][] st = new int[ops][Math.max(nd, 1)];
      int m = 0;
      for (int i = 0; i < nd; i++) {
        if (shape[i] == 1) {
          continue; // a unit axis never moves the index
        }
        if (m > 0) {
          boolean merge = true;
          for (int k = 0; k < ops; k++) {
            if (st[k][m - 1] != strides[k][i] * shape[i]) {
              merge = false;
              break;
            }
          }
          if (merge) {
            dims[m - 1] *= shape[i];
            for (int k = 0; k < ops; k++) {
              st[k][m - 1] = strides[k][i];
            }
            continue;
          }
        }
        dims[m] = shape[i];
        for (int k = 0; k < ops; k++) {
          st[k][m] = strides[k][i];
        }
        m++;
      }
      if (m == 0) {
        dims[0] = 1;
        m = 1;
      }
      return new Merged(dims, st, m, size);
    }

    /** The length of the outermost merged axis (1 when everything merged into one row). */
    int outer() {
      return m == 1 ? 1 : dims[0];
    }

    int[] steps() {
      int[] steps = new int[st.length];
      for (int k = 0; k < st.length; k++) {
        steps[k] = st[k][m - 1];
      }
      return steps;
    }

    /** The rows whose outermost index lies in [from, to) (all rows when m == 1). */
    void rows(int[] offsets, int from, int to, RowKernel kernel) {
      int ops = st.length;
      int inner = dims[m - 1];
      int[] steps = steps();
      int[] bases = offsets.clone();
      if (m == 1) {
        kernel.row(bases, steps, inner);
        return;
      }
      int outerDims = m - 1;
      int[] idx = new int[outerDims];
      int[] cur = offsets.clone();
      idx[0] = from;
      for (int k = 0; k < ops; k++) {
        cur[k] += from * st[k][0];
      }
      while (true) {
        System.arraycopy(cur, 0, bases, 0, ops);
        kernel.row(bases, steps, inner);
        int d = outerDims - 1;
        while (d >= 0) {
          idx[d]++;
          for (int k = 0; k < ops; k++) {
            cur[k] += st[k][d];
          }
          if (idx[d] < (d == 0 ? to : dims[d])) {
            break;
          }
          if (d == 0) {
            return;
          }
          for (int k = 0; k < ops; k++) {
            cur[k] -= st[k][d] * dims[d];
          }
          idx[d] = 0;
          d--;
        }
      }
    }
  }
}
