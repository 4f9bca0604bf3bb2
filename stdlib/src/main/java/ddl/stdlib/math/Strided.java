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
    int ops = strides.length;
    for (int d : shape) {
      if (d == 0) {
        return;
      }
    }
    // merge adjacent dimensions that are contiguous for every operand
    int nd = shape.length;
    int[] dims = new int[Math.max(nd, 1)];
    int[][] st = new int[ops][Math.max(nd, 1)];
    int m = 0;
    if (nd == 0) {
      dims[0] = 1;
      m = 1;
    } else {
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
    }
    int inner = dims[m - 1];
    int[] steps = new int[ops];
    for (int k = 0; k < ops; k++) {
      steps[k] = st[k][m - 1];
    }
    int[] bases = offsets.clone();
    if (m == 1) {
      kernel.row(bases, steps, inner);
      return;
    }
    int outerDims = m - 1;
    int[] idx = new int[outerDims];
    int[] cur = offsets.clone();
    while (true) {
      System.arraycopy(cur, 0, bases, 0, ops);
      kernel.row(bases, steps, inner);
      int d = outerDims - 1;
      while (d >= 0) {
        idx[d]++;
        for (int k = 0; k < ops; k++) {
          cur[k] += st[k][d];
        }
        if (idx[d] < dims[d]) {
          break;
        }
        for (int k = 0; k < ops; k++) {
          cur[k] -= st[k][d] * dims[d];
        }
        idx[d] = 0;
        d--;
      }
      if (d < 0) {
        return;
      }
    }
  }
}
