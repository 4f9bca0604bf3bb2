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
}
