package ddl.stdlib.math;

import ddl.stdlib.Context;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;

/**
 * numpy's RuntimeWarnings of float64 ufuncs ({@code overflow encountered in multiply}, {@code
 * invalid value encountered in log}, ...). numpy reads the CPU's floating-point flags after a loop;
 * Java has none, so the kernels scan their results for an inf or nan ({@link Kernels#sumFinite},
 * only while a warning can still be printed, see {@link #wanted}), and only when one turns up (rare)
 * is it compared with the operands here: an inf from finite operands is an overflow (a divide
 * by zero for log and for 0 to a negative power), a nan from operands without one is invalid.
 * Division warns in {@code Ops}, which sees the divisors.
 */
final class FloatWarnings {
  private FloatWarnings() {}

  private static final int DIVIDE = 1;
  private static final int OVERFLOW = 2;
  private static final int INVALID = 4;

  private static final String DIVIDE_TEXT = "RuntimeWarning: divide by zero encountered in ";
  private static final String OVERFLOW_TEXT = "RuntimeWarning: overflow encountered in ";
  private static final String INVALID_TEXT = "RuntimeWarning: invalid value encountered in ";

  /** The binary ops whose float64 results are looked at for non-finite values. */
  static boolean watched(BinaryOp op) {
    // not + and -: looking at every result costs as much as the addition itself (up to 3x its
    // time), and a computation that diverges overflows in a product or a power first
    return op == BinaryOp.MUL || op == BinaryOp.POW || op == BinaryOp.FLOAT_POWER
        || op == BinaryOp.FMOD || op == BinaryOp.HYPOT;
  }

  /**
   * Whether the float64 results of {@code a op b} are to be scanned for inf and nan: the op can
   * warn, a session's statement runs on this thread (the plain Java API prints no warnings), and
   * one of the op's warnings is still unprinted in that statement (numpy prints each once).
   * Called on the thread that runs the statement, before a loop is split between threads.
   */
  static boolean wanted(BinaryOp op, String ufunc) {
    return watched(op)
        && unprinted(isPower(op) ? DIVIDE | OVERFLOW | INVALID : OVERFLOW | INVALID, ufunc);
  }

  /** {@link #wanted} for {@code op(a)}. */
  static boolean wanted(UnaryOp op) {
    switch (op) {
      case LOG:
      case LOG2:
      case LOG10:
      case LOG1P:
        return unprinted(DIVIDE | INVALID, op.ufunc());
      case RECIPROCAL:
        return unprinted(DIVIDE | OVERFLOW, op.ufunc());
      case EXP:
      case SQRT:
      case SIN:
      case COS:
      case EXPM1:
      case EXP2:
      case SINH:
      case COSH:
      case ARCSIN:
      case ARCCOS:
      case SQUARE:
      case DEG2RAD:
      case RAD2DEG:
        return unprinted(OVERFLOW | INVALID, op.ufunc());
      default:
        return false;
    }
  }

  /** Whether a warning of these kinds for ufunc can still be printed in the running statement. */
  private static boolean unprinted(int kinds, String ufunc) {
    Context c = Context.running();
    if (c == null) {
      return false;
    }
    // the messages are built only once the statement has printed some warning
    return (kinds & DIVIDE) != 0 && !c.warned(DIVIDE_TEXT + ufunc)
        || (kinds & OVERFLOW) != 0 && !c.warned(OVERFLOW_TEXT + ufunc)
        || (kinds & INVALID) != 0 && !c.warned(INVALID_TEXT + ufunc);
  }

  /**
   * Warns for {@code out = a op b} (float64, a and b broadcast to out's shape) whose kernel found a
   * non-finite value. {@code overwritten} says the operand of that index was out itself, already
   * overwritten: its old values are inferred from the other operand (see {@link #inPlace}).
   */
  static void binary(BinaryOp op, Tensor a, Tensor b, Tensor out, int overwritten, String ufunc) {
    int[] shape = out.shape();
    int[][] st = {
      Shape.broadcastStrides(a.shape(), a.strides(), shape),
      Shape.broadcastStrides(b.shape(), b.strides(), shape),
      out.strides()
    };
    int[] offs = {a.offset(), b.offset(), out.offset()};
    double[] x = a.doubleStorage();
    double[] y = b.doubleStorage();
    double[] o = out.doubleStorage();
    int[] found = {0};
    Strided.forEachRow(shape, st, offs, (p, s, n) -> {
      for (int j = 0, i = p[0], k = p[1], q = p[2]; j < n; j++, i += s[0], k += s[1], q += s[2]) {
        double r = o[q];
        if (Double.isFinite(r)) {
          continue;
        }
        if (overwritten == 0) {
          found[0] |= inPlace(op, y[k], r);
        } else if (overwritten == 1) {
          found[0] |= inPlace(op, x[i], r);
        } else {
          found[0] |= classify(op, x[i], y[k], r);
        }
      }
    });
    report(found[0], ufunc);
  }

  private static int classify(BinaryOp op, double x, double y, double r) {
    if (Double.isNaN(r)) {
      return Double.isNaN(x) || Double.isNaN(y) ? 0 : INVALID;
    }
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      return 0;
    }
    return isPower(op) && x == 0 ? DIVIDE : OVERFLOW;
  }

  private static boolean isPower(BinaryOp op) {
    return op == BinaryOp.POW || op == BinaryOp.FLOAT_POWER;
  }

  /**
   * The warning of {@code r = old op other} written over old: an inf comes from a finite old value
   * only if the other operand can push a finite value past the largest double (a magnitude of
   * 2^969 for + and -, above 1 for *); otherwise old was inf already. A nan is taken to come from a
   * nan, as an overwritten inf cannot be told from one.
   */
  private static int inPlace(BinaryOp op, double other, double r) {
    if (Double.isNaN(r) || !Double.isFinite(other) || op != BinaryOp.MUL) {
      return 0;
    }
    double reach = op == BinaryOp.MUL ? 1 : 0x1p969;
    return Math.abs(other) > reach ? OVERFLOW : 0;
  }

  /**
   * The ufunc numpy names in the warnings of {@code a op b}: it runs an array to the Python int
   * power 2 as square and -1 as reciprocal, and to the float 0.5 as sqrt.
   */
  static String ufunc(BinaryOp op, Object b) {
    if (op == BinaryOp.POW && (b instanceof Long || b instanceof Integer)) {
      long e = ((Number) b).longValue();
      return e == 2 ? "square" : e == -1 ? "reciprocal" : "power";
    }
    if (op == BinaryOp.POW && b instanceof Double && (Double) b == 0.5) {
      return "sqrt";
    }
    return op.ufunc();
  }

  /** Warns for {@code out = op(in)} (float64, one shape) whose kernel found a non-finite value. */
  static void unary(UnaryOp op, Tensor in, Tensor out) {
    int[][] st = {in.strides(), out.strides()};
    int[] offs = {in.offset(), out.offset()};
    double[] x = in.doubleStorage();
    double[] o = out.doubleStorage();
    int[] found = {0};
    Strided.forEachRow(in.shape(), st, offs, (p, s, n) -> {
      for (int j = 0, i = p[0], q = p[1]; j < n; j++, i += s[0], q += s[1]) {
        double v = x[i];
        double r = o[q];
        if (Double.isNaN(r) && !Double.isNaN(v)) {
          found[0] |= INVALID;
        } else if (Double.isInfinite(r) && Double.isFinite(v)) {
          found[0] |= op.poleAt(v) ? DIVIDE : OVERFLOW;
        }
      }
    });
    report(found[0], op.ufunc());
  }

  /** numpy's order: divide by zero, then overflow, then invalid value. */
  private static void report(int found, String ufunc) {
    if ((found & DIVIDE) != 0) {
      Context.warnRunning(DIVIDE_TEXT + ufunc);
    }
    if ((found & OVERFLOW) != 0) {
      Context.warnRunning(OVERFLOW_TEXT + ufunc);
    }
    if ((found & INVALID) != 0) {
      Context.warnRunning(INVALID_TEXT + ufunc);
    }
  }
}
