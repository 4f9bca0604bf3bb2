package ddl.lang.translate;

import ddl.lang.Op;
import java.math.BigInteger;

/**
 * The Java of arithmetic on known numbers. Long arithmetic is checked (it throws
 * ArithmeticException where a Python int would outgrow a long) and carries its exact Object form,
 * so boxed results are Python's ints; typed code catches the exception and continues in its Object
 * version (see StmtTranslator). Integer constants are folded exactly at translation time.
 */
final class Arith {
  private Arith() {}

  private static final String OPS = ExprTranslator.OPS;
  private static final BigInteger MAX_EXPONENT = BigInteger.valueOf(10_000);

  /** An integer constant: a long literal while it fits, else a Python int of any size. */
  static Code constant(BigInteger v, String fittingJava) {
    if (v.bitLength() > 63) {
      return new Code(ExprTranslator.LANG + ".bigint(\"" + v + "\")", JType.OBJECT, null, v);
    }
    String java = fittingJava != null ? fittingJava
        : v.longValue() == Long.MIN_VALUE ? "Long.MIN_VALUE" : v + "L";
    return new Code(java, JType.LONG, null, v);
  }

  static Code negate(Code x) {
    if (x.constant() != null) {
      BigInteger v = x.constant().negate();
      return constant(v, x.type() == JType.LONG && v.bitLength() <= 63 ? "(-" + x.java() + ")" : null);
    }
    if (x.type() == JType.LONG) {
      return new Code("Math.negateExact(" + x.java() + ")", JType.LONG, OPS + ".neg(" + x.boxed() + ")", null);
    }
    if (x.type() == JType.DOUBLE) {
      return new Code("(-" + x.java() + ")", JType.DOUBLE, x.exact() == null ? null : OPS + ".neg(" + x.boxed() + ")", null);
    }
    return Code.object(OPS + ".neg(" + x.boxed() + ")");
  }

  /** {@code l op r} of two integer constants, computed now; null when not both, or it raises. */
  static Code fold(Op op, Code l, Code r) {
    BigInteger a = l.constant();
    BigInteger b = r.constant();
    if (a == null || b == null) {
      return null;
    }
    BigInteger v;
    boolean longs = l.type() == JType.LONG && r.type() == JType.LONG;
    String fitting = null;
    switch (op) {
      case ADD:
      case SUB:
      case MUL:
        v = op == Op.ADD ? a.add(b) : op == Op.SUB ? a.subtract(b) : a.multiply(b);
        fitting = longs ? "(" + l.java() + " " + op.symbol() + " " + r.java() + ")" : null;
        break;
      case FLOORDIV:
      case MOD:
        if (b.signum() == 0) {
          return null; // raises when it runs
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        boolean adjust = qr[1].signum() != 0 && qr[1].signum() != b.signum();
        v = op == Op.FLOORDIV ? (adjust ? qr[0].subtract(BigInteger.ONE) : qr[0])
            : (adjust ? qr[1].add(b) : qr[1]);
        fitting = longs ? OPS + "." + op.method() + "(" + l.java() + ", " + r.java() + ")" : null;
        break;
      case POW:
        if (b.signum() < 0 || b.compareTo(MAX_EXPONENT) > 0) {
          return null;
        }
        v = a.pow(b.intValue());
        break;
      default:
        return null;
    }
    return constant(v, fitting);
  }

  /**
   * {@code l op r} where both are known numbers: folded when both are integer constants, else
   * primitive arithmetic; null where it stays an Object call.
   */
  static Code numbers(Op op, Code l, Code r) {
    Code folded = fold(op, l, r);
    if (folded != null) {
      return folded;
    }
    return l.type().isNumeric() && r.type().isNumeric() ? binary(op, l, r) : null;
  }

  /** {@code l op r} for two numbers of known Java type; null where it stays an Object call. */
  static Code binary(Op op, Code l, Code r) {
    JType joined = JType.join(l.type(), r.type());
    boolean longs = joined == JType.LONG;
    boolean inexact = l.checked() || r.checked();
    String exact = OPS + "." + op.method() + "(" + l.boxed() + ", " + r.boxed() + ")";
    switch (op) {
      case ADD:
      case SUB:
      case MUL:
        if (longs) {
          String m = op == Op.ADD ? "addExact" : op == Op.SUB ? "subtractExact" : "multiplyExact";
          return new Code("Math." + m + "(" + l.java() + ", " + r.java() + ")", JType.LONG, exact, null);
        }
        return new Code("(" + l.java() + " " + op.symbol() + " " + r.java() + ")", joined, inexact ? exact : null, null);
      case DIV:
        String div = longs ? OPS + ".div(" + l.java() + ", " + r.java() + ")"
            : OPS + ".div((double) " + l.java() + ", (double) " + r.java() + ")";
        return new Code(div, JType.DOUBLE, inexact ? exact : null, null);
      case FLOORDIV:
      case MOD:
        // a long // is checked too: Long.MIN_VALUE // -1 does not fit
        boolean check = inexact || (longs && op == Op.FLOORDIV);
        return new Code(OPS + "." + op.method() + "(" + l.java() + ", " + r.java() + ")", joined, check ? exact : null, null);
      case POW:
        if (joined == JType.DOUBLE) {
          return new Code("Math.pow(" + l.java() + ", " + r.java() + ")", JType.DOUBLE, inexact ? exact : null, null);
        }
        if (r.constant() != null && r.constant().signum() >= 0) {
          // a non-negative constant exponent keeps an int an int; any other may give a float
          return new Code(OPS + ".powExact(" + l.java() + ", " + r.java() + ")", JType.LONG, exact, null);
        }
        return null;
      case LT:
      case LE:
      case GT:
      case GE:
      case EQ:
      case NE:
        return new Code("(" + l.java() + " " + op.symbol() + " " + r.java() + ")", JType.BOOLEAN, inexact ? exact : null, null);
      default:
        return null;
    }
  }
}
