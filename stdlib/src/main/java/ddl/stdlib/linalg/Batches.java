package ddl.stdlib.linalg;

import ddl.stdlib.Shape;

/** Broadcasting of two stacks' batch axes: which matrix of each operand an output matrix reads. */
final class Batches {
  final int[] shape;
  final int[] left;
  final int[] right;

  private Batches(int[] shape, int[] left, int[] right) {
    this.shape = shape;
    this.left = left;
    this.right = right;
  }

  /** Broadcasts batch shapes a and b; a mismatch is reported by {@code error}. */
  static Batches of(int[] a, int[] b, java.util.function.Supplier<RuntimeException> error) {
    int[] out;
    try {
      out = Shape.broadcast(a, b);
    } catch (IllegalArgumentException e) {
      throw error.get();
    }
    return new Batches(out, sources(a, out), sources(b, out));
  }

  /** For each matrix of the broadcast batch, the index of the matrix of {@code src} it reads. */
  private static int[] sources(int[] src, int[] out) {
    int n = Shape.size(out);
    int[] strides = Shape.broadcastStrides(src, Shape.cStrides(src), out);
    int[] r = new int[n];
    int[] idx = new int[out.length];
    for (int t = 0; t < n; t++) {
      int p = 0;
      for (int d = 0; d < out.length; d++) {
        p += idx[d] * strides[d];
      }
      r[t] = p;
      for (int d = out.length - 1; d >= 0; d--) {
        if (++idx[d] < out[d]) {
          break;
        }
        idx[d] = 0;
      }
    }
    return r;
  }
}
