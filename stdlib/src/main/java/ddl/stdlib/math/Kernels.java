package ddl.stdlib.math;

/**
 * The innermost loops of the elementwise operations. The frequent float64 operations have loops of
 * their own, written so the JIT vectorises the contiguous case; the rest call the op's kernel.
 */
final class Kernels {
  private Kernels() {}

  /**
   * {@code o[j] = x[j] op y[j]}; returns whether an add, subtract, multiply or power put an inf or
   * nan into the result, so the caller can look for numpy's overflow and invalid-value warnings
   * (see {@link FloatWarnings}). The loops keep the largest magnitude as they go: one max per
   * element, while the values are in registers, costs less than a second pass over the result.
   */
  static boolean doubles(BinaryOp op, double[] x, int px, int sx, double[] y, int py, int sy,
      double[] o, int po, int n) {
    // C2 (JDK 17) vectorises a loop only when its arrays share one index: with offsets of their
    // own it cannot rule out an overlap and stays scalar, three to four times slower. Operands at
    // the output's offset (new results, in-place updates, the halves of a split) take those loops.
    double m;
    if (sx == 1 && sy == 1 && px == po && py == po
        && (m = sameIndex(op, x, y, o, po, po + n)) >= 0) {
      return nonFinite(m);
    }
    if (sx == 1 && sy == 0 && px == po && (m = sameIndex(op, x, y[py], o, po, po + n)) >= 0) {
      return nonFinite(m);
    }
    if (sx == 0 && sy == 1 && py == po && (m = sameIndex(op, x[px], y, o, po, po + n)) >= 0) {
      return nonFinite(m);
    }
    m = 0;
    if (sx == 1 && sy == 1) {
      switch (op) {
        case ADD:
          for (int j = 0; j < n; j++) {
            double v = x[px + j] + y[py + j];
            o[po + j] = v;
            m = Math.max(m, Math.abs(v));
          }
          return nonFinite(m);
        case SUB:
          for (int j = 0; j < n; j++) {
            double v = x[px + j] - y[py + j];
            o[po + j] = v;
            m = Math.max(m, Math.abs(v));
          }
          return nonFinite(m);
        case MUL:
          for (int j = 0; j < n; j++) {
            double v = x[px + j] * y[py + j];
            o[po + j] = v;
            m = Math.max(m, Math.abs(v));
          }
          return nonFinite(m);
        case DIV:
          for (int j = 0; j < n; j++) {
            o[po + j] = x[px + j] / y[py + j];
          }
          return false;
        default:
          break;
      }
    } else if (sx == 1 && sy == 0) {
      double c = y[py];
      switch (op) {
        case ADD:
          for (int j = 0; j < n; j++) {
            double v = x[px + j] + c;
            o[po + j] = v;
            m = Math.max(m, Math.abs(v));
          }
          return nonFinite(m);
        case SUB:
          for (int j = 0; j < n; j++) {
            double v = x[px + j] - c;
            o[po + j] = v;
            m = Math.max(m, Math.abs(v));
          }
          return nonFinite(m);
        case MUL:
          for (int j = 0; j < n; j++) {
            double v = x[px + j] * c;
            o[po + j] = v;
            m = Math.max(m, Math.abs(v));
          }
          return nonFinite(m);
        case DIV:
          for (int j = 0; j < n; j++) {
            o[po + j] = x[px + j] / c;
          }
          return false;
        case POW:
          if (c == 2) {
            for (int j = 0; j < n; j++) {
              double v = x[px + j];
              v *= v;
              o[po + j] = v;
              m = Math.max(m, v);
            }
            return nonFinite(m);
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
            double v = c + y[py + j];
            o[po + j] = v;
            m = Math.max(m, Math.abs(v));
          }
          return nonFinite(m);
        case SUB:
          for (int j = 0; j < n; j++) {
            double v = c - y[py + j];
            o[po + j] = v;
            m = Math.max(m, Math.abs(v));
          }
          return nonFinite(m);
        case MUL:
          for (int j = 0; j < n; j++) {
            double v = c * y[py + j];
            o[po + j] = v;
            m = Math.max(m, Math.abs(v));
          }
          return nonFinite(m);
        case DIV:
          for (int j = 0; j < n; j++) {
            o[po + j] = c / y[py + j];
          }
          return false;
        default:
          break;
      }
    }
    if (!FloatWarnings.watched(op)) {
      for (int j = 0; j < n; j++, px += sx, py += sy) {
        o[po + j] = op.apply(x[px], y[py]);
      }
      return false;
    }
    for (int j = 0; j < n; j++, px += sx, py += sy) {
      double v = op.apply(x[px], y[py]);
      o[po + j] = v;
      m = Math.max(m, Math.abs(v));
    }
    return nonFinite(m);
  }

  /** Whether a largest magnitude found by a loop above is inf or nan. */
  private static boolean nonFinite(double maxAbs) {
    return !(maxAbs <= Double.MAX_VALUE);
  }

  /**
   * {@code o[j] = x[j] op y[j]} for j in [lo, hi): the largest magnitude of the results (0 for a
   * division, whose warnings the caller finds), or -1 for an op without such a loop.
   */
  private static double sameIndex(BinaryOp op, double[] x, double[] y, double[] o, int lo, int hi) {
    double m = 0;
    switch (op) {
      case ADD:
        for (int j = lo; j < hi; j++) {
          double v = x[j] + y[j];
          o[j] = v;
          m = Math.max(m, Math.abs(v));
        }
        return m;
      case SUB:
        for (int j = lo; j < hi; j++) {
          double v = x[j] - y[j];
          o[j] = v;
          m = Math.max(m, Math.abs(v));
        }
        return m;
      case MUL:
        for (int j = lo; j < hi; j++) {
          double v = x[j] * y[j];
          o[j] = v;
          m = Math.max(m, Math.abs(v));
        }
        return m;
      case DIV:
        for (int j = lo; j < hi; j++) {
          o[j] = x[j] / y[j];
        }
        return 0;
      default:
        return -1;
    }
  }

  /** {@code o[j] = x[j] op c} for j in [lo, hi), as the loop above. */
  private static double sameIndex(BinaryOp op, double[] x, double c, double[] o, int lo, int hi) {
    double m = 0;
    switch (op) {
      case ADD:
        for (int j = lo; j < hi; j++) {
          double v = x[j] + c;
          o[j] = v;
          m = Math.max(m, Math.abs(v));
        }
        return m;
      case SUB:
        for (int j = lo; j < hi; j++) {
          double v = x[j] - c;
          o[j] = v;
          m = Math.max(m, Math.abs(v));
        }
        return m;
      case MUL:
        for (int j = lo; j < hi; j++) {
          double v = x[j] * c;
          o[j] = v;
          m = Math.max(m, Math.abs(v));
        }
        return m;
      case DIV:
        for (int j = lo; j < hi; j++) {
          o[j] = x[j] / c;
        }
        return 0;
      case POW:
        if (c == 2) {
          for (int j = lo; j < hi; j++) {
            double v = x[j] * x[j];
            o[j] = v;
            m = Math.max(m, v);
          }
          return m;
        }
        return -1;
      default:
        return -1;
    }
  }

  /** {@code o[j] = c op y[j]} for j in [lo, hi), as the loops above. */
  private static double sameIndex(BinaryOp op, double c, double[] y, double[] o, int lo, int hi) {
    double m = 0;
    switch (op) {
      case ADD:
        for (int j = lo; j < hi; j++) {
          double v = c + y[j];
          o[j] = v;
          m = Math.max(m, Math.abs(v));
        }
        return m;
      case SUB:
        for (int j = lo; j < hi; j++) {
          double v = c - y[j];
          o[j] = v;
          m = Math.max(m, Math.abs(v));
        }
        return m;
      case MUL:
        for (int j = lo; j < hi; j++) {
          double v = c * y[j];
          o[j] = v;
          m = Math.max(m, Math.abs(v));
        }
        return m;
      case DIV:
        for (int j = lo; j < hi; j++) {
          o[j] = c / y[j];
        }
        return 0;
      default:
        return -1;
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

  /**
   * {@code o[j] = op(x[j])}; returns whether exp, log, sqrt, sin or cos put an inf or nan into the
   * result (found as in {@link #doubles}), for the caller to look for numpy's warnings.
   */
  static boolean unary(UnaryOp op, double[] x, int px, int sx, double[] o, int po, int n) {
    double m = 0;
    if (sx == 1 && px == po && (op == UnaryOp.NEG || op == UnaryOp.SQRT)) {
      // one index for both arrays, so the loop vectorises (see doubles)
      int hi = po + n;
      if (op == UnaryOp.NEG) {
        for (int j = po; j < hi; j++) {
          o[j] = -x[j];
        }
        return false;
      }
      for (int j = po; j < hi; j++) {
        double v = Math.sqrt(x[j]);
        o[j] = v;
        m = Math.max(m, v);
      }
      return nonFinite(m);
    }
    switch (op) {
      case NEG:
        for (int j = 0; j < n; j++, px += sx) {
          o[po + j] = -x[px];
        }
        return false;
      case EXP:
        for (int j = 0; j < n; j++, px += sx) {
          double v = Math.exp(x[px]);
          o[po + j] = v;
          m = Math.max(m, v);
        }
        return nonFinite(m);
      case SQRT:
        for (int j = 0; j < n; j++, px += sx) {
          double v = Math.sqrt(x[px]);
          o[po + j] = v;
          m = Math.max(m, v);
        }
        return nonFinite(m);
      case LOG:
      case SIN:
      case COS:
        for (int j = 0; j < n; j++, px += sx) {
          double v = op.apply(x[px]);
          o[po + j] = v;
          m = Math.max(m, Math.abs(v));
        }
        return nonFinite(m);
      default:
        for (int j = 0; j < n; j++, px += sx) {
          o[po + j] = op.apply(x[px]);
        }
        return false;
    }
  }
}
