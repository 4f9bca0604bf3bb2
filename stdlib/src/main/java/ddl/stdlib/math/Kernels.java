package ddl.stdlib.math;

/**
 * The innermost loops of the elementwise operations. The frequent float64 operations have loops of
 * their own, written so the JIT vectorises the contiguous case; the rest call the op's kernel.
 */
final class Kernels {
  private Kernels() {}

  static void doubles(BinaryOp op, double[] x, int px, int sx, double[] y, int py, int sy,
      double[] o, int po, int n) {
    // C2 (JDK 17) vectorises a loop only when its arrays share one index: with offsets of their
    // own it cannot rule out an overlap and stays scalar, three to four times slower. Operands at
    // the output's offset (new results, in-place updates, the halves of a split) take those loops.
    if (sx == 1 && sy == 1 && px == po && py == po && sameIndex(op, x, y, o, po, po + n)) {
      return;
    }
    if (sx == 1 && sy == 0 && px == po && sameIndex(op, x, y[py], o, po, po + n)) {
      return;
    }
    if (sx == 0 && sy == 1 && py == po && sameIndex(op, x[px], y, o, po, po + n)) {
      return;
    }
    if (sx == 1 && sy == 1) {
      switch (op) {
        case ADD:
          for (int j = 0; j < n; j++) {
            o[po + j] = x[px + j] + y[py + j];
          }
          return;
        case SUB:
          for (int j = 0; j < n; j++) {
            o[po + j] = x[px + j] - y[py + j];
          }
          return;
        case MUL:
          for (int j = 0; j < n; j++) {
            o[po + j] = x[px + j] * y[py + j];
          }
          return;
        case DIV:
          for (int j = 0; j < n; j++) {
            o[po + j] = x[px + j] / y[py + j];
          }
          return;
        default:
          break;
      }
    } else if (sx == 1 && sy == 0) {
      double c = y[py];
      switch (op) {
        case ADD:
          for (int j = 0; j < n; j++) {
            o[po + j] = x[px + j] + c;
          }
          return;
        case SUB:
          for (int j = 0; j < n; j++) {
            o[po + j] = x[px + j] - c;
          }
          return;
        case MUL:
          for (int j = 0; j < n; j++) {
            o[po + j] = x[px + j] * c;
          }
          return;
        case DIV:
          for (int j = 0; j < n; j++) {
            o[po + j] = x[px + j] / c;
          }
          return;
        case POW:
          if (c == 2) {
            for (int j = 0; j < n; j++) {
              double v = x[px + j];
              o[po + j] = v * v;
            }
            return;
          }
          break;
        default:
          break;
      }
    } else if (sx == 0 && sy == 1) {
      double c = x[px];
      switch (op) {
        case ADD:
          for (int j = 0; j < n; j++) {
            o[po + j] = c + y[py + j];
          }
          return;
        case SUB:
          for (int j = 0; j < n; j++) {
            o[po + j] = c - y[py + j];
          }
          return;
        case MUL:
          for (int j = 0; j < n; j++) {
            o[po + j] = c * y[py + j];
          }
          return;
        case DIV:
          for (int j = 0; j < n; j++) {
            o[po + j] = c / y[py + j];
          }
          return;
        default:
          break;
      }
    }
    for (int j = 0; j < n; j++, px += sx, py += sy) {
      o[po + j] = op.apply(x[px], y[py]);
    }
  }

  /** {@code o[j] = x[j] op y[j]} for j in [lo, hi); false for an op without such a loop. */
  private static boolean sameIndex(BinaryOp op, double[] x, double[] y, double[] o, int lo, int hi) {
    switch (op) {
      case ADD:
        for (int j = lo; j < hi; j++) {
          o[j] = x[j] + y[j];
        }
        return true;
      case SUB:
        for (int j = lo; j < hi; j++) {
          o[j] = x[j] - y[j];
        }
        return true;
      case MUL:
        for (int j = lo; j < hi; j++) {
          o[j] = x[j] * y[j];
        }
        return true;
      case DIV:
        for (int j = lo; j < hi; j++) {
          o[j] = x[j] / y[j];
        }
        return true;
      default:
        return false;
    }
  }

  /** {@code o[j] = x[j] op c} for j in [lo, hi). */
  private static boolean sameIndex(BinaryOp op, double[] x, double c, double[] o, int lo, int hi) {
    switch (op) {
      case ADD:
        for (int j = lo; j < hi; j++) {
          o[j] = x[j] + c;
        }
        return true;
      case SUB:
        for (int j = lo; j < hi; j++) {
          o[j] = x[j] - c;
        }
        return true;
      case MUL:
        for (int j = lo; j < hi; j++) {
          o[j] = x[j] * c;
        }
        return true;
      case DIV:
        for (int j = lo; j < hi; j++) {
          o[j] = x[j] / c;
        }
        return true;
      case POW:
        if (c == 2) {
          for (int j = lo; j < hi; j++) {
            o[j] = x[j] * x[j];
          }
          return true;
        }
        return false;
      default:
        return false;
    }
  }

  /** {@code o[j] = c op y[j]} for j in [lo, hi). */
  private static boolean sameIndex(BinaryOp op, double c, double[] y, double[] o, int lo, int hi) {
    switch (op) {
      case ADD:
        for (int j = lo; j < hi; j++) {
          o[j] = c + y[j];
        }
        return true;
      case SUB:
        for (int j = lo; j < hi; j++) {
          o[j] = c - y[j];
        }
        return true;
      case MUL:
        for (int j = lo; j < hi; j++) {
          o[j] = c * y[j];
        }
        return true;
      case DIV:
        for (int j = lo; j < hi; j++) {
          o[j] = c / y[j];
        }
        return true;
      default:
        return false;
    }
  }

  static void longs(BinaryOp op, long[] x, int px, int sx, long[] y, int py, int sy,
      long[] o, int po, int n) {
    if (op == BinaryOp.ADD && sx == 1 && sy == 1) {
      for (int j = 0; j < n; j++) {
        o[po + j] = x[px + j] + y[py + j];
      }
      return;
    }
    for (int j = 0; j < n; j++, px += sx, py += sy) {
      o[po + j] = op.apply(x[px], y[py]);
    }
  }

  static void bools(BinaryOp op, boolean[] x, int px, int sx, boolean[] y, int py, int sy,
      boolean[] o, int po, int n) {
    switch (op) {
      case EQ:
        for (int j = 0; j < n; j++, px += sx, py += sy) {
          o[po + j] = x[px] == y[py];
        }
        return;
      case NE:
        for (int j = 0; j < n; j++, px += sx, py += sy) {
          o[po + j] = x[px] != y[py];
        }
        return;
      case LT:
      case LE:
      case GT:
      case GE:
        for (int j = 0; j < n; j++, px += sx, py += sy) {
          o[po + j] = op.test(x[px] ? 1 : 0, y[py] ? 1 : 0);
        }
        return;
      default:
        for (int j = 0; j < n; j++, px += sx, py += sy) {
          o[po + j] = op.apply(x[px], y[py]);
        }
    }
  }

  static void compare(BinaryOp op, double[] x, int px, int sx, double[] y, int py, int sy,
      boolean[] o, int po, int n) {
    for (int j = 0; j < n; j++, px += sx, py += sy) {
      o[po + j] = op.test(x[px], y[py]);
    }
  }

  static void compare(BinaryOp op, long[] x, int px, int sx, long[] y, int py, int sy,
      boolean[] o, int po, int n) {
    for (int j = 0; j < n; j++, px += sx, py += sy) {
      o[po + j] = op.test(x[px], y[py]);
    }
  }

  static void unary(UnaryOp op, double[] x, int px, int sx, double[] o, int po, int n) {
    if (sx == 1 && px == po && (op == UnaryOp.NEG || op == UnaryOp.SQRT)) {
      // one index for both arrays, so the loop vectorises (see doubles)
      int hi = po + n;
      if (op == UnaryOp.NEG) {
        for (int j = po; j < hi; j++) {
          o[j] = -x[j];
        }
      } else {
        for (int j = po; j < hi; j++) {
          o[j] = Math.sqrt(x[j]);
        }
      }
      return;
    }
    if (sx == 1 && px == po && UfuncKernels.sameIndex(op, x, o, po, po + n)) {
      return;
    }
    switch (op) {
      case NEG:
        for (int j = 0; j < n; j++, px += sx) {
          o[po + j] = -x[px];
        }
        return;
      case EXP:
        for (int j = 0; j < n; j++, px += sx) {
          o[po + j] = Math.exp(x[px]);
        }
        return;
      case SQRT:
        for (int j = 0; j < n; j++, px += sx) {
          o[po + j] = Math.sqrt(x[px]);
        }
        return;
      default:
        for (int j = 0; j < n; j++, px += sx) {
          o[po + j] = op.apply(x[px]);
        }
    }
  }

  /**
   * Elements per block of the checked kernels: computed, then scanned while still in the L1
   * cache (16 KB), so the scan reads no memory the loop did not just write.
   */
  private static final int BLOCK = 2048;

  /**
   * {@link #doubles}, then a scan of each block it wrote ({@link #sumFinite}); returns whether a
   * block may hold an inf or nan, for the caller to look for numpy's warnings ({@link
   * FloatWarnings}). The loops themselves stay as in {@link #doubles}: a check inside them keeps
   * C2 from vectorising them.
   */
  static boolean doublesChecked(BinaryOp op, double[] x, int px, int sx, double[] y, int py,
      int sy, double[] o, int po, int n) {
    boolean finite = true;
    for (int done = 0; done < n; done += BLOCK) {
      int m = Math.min(BLOCK, n - done);
      doubles(op, x, px + done * sx, sx, y, py + done * sy, sy, o, po + done, m);
      finite &= sumFinite(o, po + done, po + done + m);
    }
    return !finite;
  }

  /** {@link #unary}, then a scan of each block it wrote, as {@link #doublesChecked}. */
  static boolean unaryChecked(UnaryOp op, double[] x, int px, int sx, double[] o, int po, int n) {
    boolean finite = true;
    for (int done = 0; done < n; done += BLOCK) {
      int m = Math.min(BLOCK, n - done);
      unary(op, x, px + done * sx, sx, o, po + done, m);
      finite &= sumFinite(o, po + done, po + done + m);
    }
    return !finite;
  }

  /**
   * Whether the sum of {@code o[lo, hi)} is finite. An inf or nan makes it inf or nan, so true
   * means every element is finite; false means one is not, or, rarely, finite elements near the
   * largest double summed past it, which {@link FloatWarnings} tells apart by looking at each.
   * Eight independent sums, as C2 (JDK 17) vectorises none of the reductions that would do (an OR
   * of the exponent bits, a max of magnitudes: {@code doubleToRawLongBits} stays scalar and a
   * vector reduction is folded to a scalar on every iteration), and one chain of adds waits on
   * each add's latency; eight keep both of the core's adders busy.
   */
  static boolean sumFinite(double[] o, int lo, int hi) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double s5 = 0;
    double s6 = 0;
    double s7 = 0;
    int j = lo;
    for (; j + 8 <= hi; j += 8) {
      s0 += o[j];
      s1 += o[j + 1];
      s2 += o[j + 2];
      s3 += o[j + 3];
      s4 += o[j + 4];
      s5 += o[j + 5];
      s6 += o[j + 6];
      s7 += o[j + 7];
    }
    for (; j < hi; j++) {
      s0 += o[j];
    }
    return Double.isFinite(((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)));
  }
}
