package ddl.stdlib.math;

/**
 * Loops of the cheap float64 ufuncs (rounding, square, reciprocal, sign, angle conversions) with
 * one index for input and output, so that C2 vectorises them (see {@link Kernels#doubles}); the
 * generic loop calls {@link UnaryOp#apply} per element through a switch, several times slower.
 */
final class UfuncKernels {
  private UfuncKernels() {}

  /** {@code o[j] = op(x[j])} for j in [lo, hi); false for an op without such a loop. */
  static boolean sameIndex(UnaryOp op, double[] x, double[] o, int lo, int hi) {
    switch (op) {
      case FLOOR:
        for (int j = lo; j < hi; j++) {
          o[j] = Math.floor(x[j]);
        }
        return true;
      case CEIL:
        for (int j = lo; j < hi; j++) {
          o[j] = Math.ceil(x[j]);
        }
        return true;
      case RINT:
        for (int j = lo; j < hi; j++) {
          o[j] = Math.rint(x[j]);
        }
        return true;
      case TRUNC:
        for (int j = lo; j < hi; j++) {
          double v = x[j];
          o[j] = v < 0 ? Math.ceil(v) : Math.floor(v);
        }
        return true;
      case SQUARE:
        for (int j = lo; j < hi; j++) {
          o[j] = x[j] * x[j];
        }
        return true;
      case RECIPROCAL:
        for (int j = lo; j < hi; j++) {
          o[j] = 1.0 / x[j];
        }
        return true;
      case DEG2RAD:
        for (int j = lo; j < hi; j++) {
          o[j] = x[j] * (Math.PI / 180.0);
        }
        return true;
      case RAD2DEG:
        for (int j = lo; j < hi; j++) {
          o[j] = x[j] * (180.0 / Math.PI);
        }
        return true;
      case SIGN:
        for (int j = lo; j < hi; j++) {
          double v = x[j];
          o[j] = v > 0 ? 1.0 : v < 0 ? -1.0 : v == 0 ? 0.0 : v;
        }
        return true;
      case LOG2:
        for (int j = lo; j < hi; j++) {
          o[j] = UnaryOp.log2(x[j]);
        }
        return true;
      default:
        return false;
    }
  }
}
