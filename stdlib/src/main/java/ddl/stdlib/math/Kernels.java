package ddl.stdlib.math;

/**
 * The innermost loops of the elementwise operations. The frequent float64 operations have loops of
 * their own, written so the JIT vectorises the contiguous case; the rest call the op's kernel.
 */
final class Kernels {
  private Kernels() {}

  static void doubles(BinaryOp op, double[] x, int px, int sx, double[] y, int py, int sy,
      double[] o, int po, int n) {
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
