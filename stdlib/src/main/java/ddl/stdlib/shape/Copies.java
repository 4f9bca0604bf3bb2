package ddl.stdlib.shape;

import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;

/** numpy's shape functions that build new arrays: roll, tile, repeat, pad. */
public final class Copies {
  private Copies() {}

  /** {@code np.roll(a, shift, axis)}: elements shifted cyclically; null axes roll the flat array. */
  public static Tensor roll(Tensor a, int[] shifts, int[] axes) {
    if (axes == null) {
      return roll(a.reshape(a.size()), shifts, new int[] {0}).reshape(a.shape());
    }
    if (shifts.length != axes.length && shifts.length != 1 && axes.length != 1) {
      throw new IllegalArgumentException("'shift' and 'axis' should be scalars or 1D sequences");
    }
    int k = Math.max(shifts.length, axes.length);
    int[] total = new int[a.ndim()];
    for (int i = 0; i < k; i++) {
      int ax = Shape.normalizeAxis(axes[axes.length == 1 ? 0 : i], a.ndim());
      total[ax] += shifts[shifts.length == 1 ? 0 : i];
    }
    int[][] map = Gather.identities(a.shape());
    for (int d = 0; d < a.ndim(); d++) {
      int n = map[d].length;
      if (n > 0) {
        int s = Math.floorMod(total[d], n);
        for (int i = 0; i < n; i++) {
          map[d][i] = Math.floorMod(i - s, n);
        }
      }
    }
    return Gather.gather(a, map, null);
  }

  /** {@code np.tile(A, reps)}: the array repeated reps[d] times along each axis. */
  public static Tensor tile(Tensor a, int[] reps) {
    for (int r : reps) {
      if (r < 0) {
        throw new IllegalArgumentException("negative dimensions are not allowed");
      }
    }
    int nd = Math.max(a.ndim(), reps.length);
    int[] shape = new int[nd];
    int[] r = new int[nd];
    for (int d = 0; d < nd; d++) {
      int i = d - (nd - a.ndim());
      shape[d] = i >= 0 ? a.shape(i) : 1;
      int j = d - (nd - reps.length);
      r[d] = j >= 0 ? reps[j] : 1;
    }
    Tensor src = a.reshape(shape);
    int[][] map = new int[nd][];
    for (int d = 0; d < nd; d++) {
      map[d] = new int[shape[d] * r[d]];
      for (int i = 0; i < map[d].length; i++) {
        map[d][i] = i % shape[d];
      }
    }
    return Gather.gather(src, map, null);
  }

  /** {@code np.repeat(a, repeats, axis)}: each element repeated; a null axis flattens. */
  public static Tensor repeat(Tensor a, long[] repeats, Integer axis) {
    Tensor src = axis == null ? a.reshape(a.size()) : a;
    int ax = axis == null ? 0 : Shape.normalizeAxis(axis, a.ndim());
    int n = src.shape(ax);
    if (repeats.length != 1 && repeats.length != n) {
      throw new IllegalArgumentException("operands could not be broadcast together with shape ("
          + n + ",) (" + repeats.length + ",)");
    }
    long total = 0;
    for (int i = 0; i < n; i++) {
      long r = repeats[repeats.length == 1 ? 0 : i];
      if (r < 0) {
        throw new IllegalArgumentException("negative dimensions are not allowed");
      }
      total += r;
    }
    int[][] map = Gather.identities(src.shape());
    int[] m = new int[(int) total];
    for (int i = 0, k = 0; i < n; i++) {
      long r = repeats[repeats.length == 1 ? 0 : i];
      for (long j = 0; j < r; j++) {
        m[k++] = i;
      }
    }
    map[ax] = m;
    return Gather.gather(src, map, null);
  }

  /**
   * {@code np.pad(array, pad_width, mode, constant_values)} for the modes "constant" (the value),
   * "edge" (the edge element repeated) and "reflect" (mirrored about the edge, not repeating it).
   */
  public static Tensor pad(Tensor a, int[][] width, String mode, Object constant) {
    int nd = a.ndim();
    if (!mode.equals("constant") && !mode.equals("edge") && !mode.equals("reflect")) {
      throw new IllegalArgumentException("mode '" + mode + "' is not supported");
    }
    int[][] map = new int[nd][];
    for (int d = 0; d < nd; d++) {
      int n = a.shape(d);
      int before = width[d][0];
      int after = width[d][1];
      if (before < 0 || after < 0) {
        throw new IllegalArgumentException("index can't contain negative values");
      }
      if (n == 0 && !mode.equals("constant") && before + after > 0) {
        throw new IllegalArgumentException("can't extend empty axis " + d
            + " using modes other than 'constant' or 'empty'");
      }
      map[d] = new int[n + before + after];
      for (int i = 0; i < map[d].length; i++) {
        int j = i - before;
        if (j >= 0 && j < n) {
          map[d][i] = j;
        } else if (mode.equals("constant")) {
          map[d][i] = -1;
        } else if (mode.equals("edge")) {
          map[d][i] = j < 0 ? 0 : n - 1;
        } else {
          map[d][i] = reflect(j, n);
        }
      }
    }
    return Gather.gather(a, map, Gather.fillFor(a.dtype(), constant == null ? 0L : constant));
  }

  /** numpy's "reflect" of a position outside [0, n): mirrored at 0 and n - 1, again and again. */
  private static int reflect(int j, int n) {
    if (n == 1) {
      return 0;
    }
    int period = 2 * (n - 1);
    int m = Math.floorMod(j, period);
    return m < n ? m : period - m;
  }
}
