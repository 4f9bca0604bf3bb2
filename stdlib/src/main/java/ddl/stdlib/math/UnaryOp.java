package ddl.stdlib.math;

import ddl.stdlib.DType;

/** numpy's unary ufuncs with their result types. */
public enum UnaryOp {
  NEG("negative"),
  ABS("absolute"),
  INVERT("invert"),
  EXP("exp"),
  LOG("log"),
  SQRT("sqrt"),
  SIN("sin"),
  COS("cos"),
  TANH("tanh");

  private final String ufunc;

  UnaryOp(String ufunc) {
    this.ufunc = ufunc;
  }

  public String ufunc() {
    return ufunc;
  }

  /** The result dtype: transcendental functions give float64; the others keep the dtype. */
  public DType resultType(DType in) {
    switch (this) {
      case NEG:
        if (in == DType.BOOL) {
          throw new IllegalArgumentException(
              "The numpy boolean negative, the `-` operator, is not supported, use the `~`"
                  + " operator or the logical_not function instead.");
        }
        return in;
      case ABS:
        return in;
      case INVERT:
        if (in == DType.FLOAT64) {
          throw new IllegalArgumentException(
              "ufunc 'invert' not supported for the input types, and the inputs could not be"
                  + " safely coerced to any supported types according to the casting rule ''safe''");
        }
        return in;
      default:
        return DType.FLOAT64;
    }
  }

  public double apply(double x) {
    switch (this) {
      case NEG:
        return -x;
      case ABS:
        return Math.abs(x);
      case EXP:
        return Math.exp(x);
      case LOG:
        return Math.log(x);
      case SQRT:
        return Math.sqrt(x);
      case SIN:
        return Math.sin(x);
      case COS:
        return Math.cos(x);
      case TANH:
        return Math.tanh(x);
      default:
        throw new IllegalStateException(name());
    }
  }

  public long apply(long x) {
    switch (this) {
      case NEG:
        return -x;
      case ABS:
        return Math.abs(x);
      case INVERT:
        return ~x;
      default:
        throw new IllegalStateException(name());
    }
  }
}
