package ddl.stdlib;

import ddl.stdlib.math.BinaryOp;

/** Python's arithmetic on Java scalars: ints stay Long, {@code /} gives Double, bools count as ints. */
final class Scalars {
  private Scalars() {}

  static Object binary(BinaryOp op, Object a, Object b) {
    if (a instanceof Boolean && b instanceof Boolean) {
      boolean x = (Boolean) a;
      boolean y = (Boolean) b;
      switch (op) {
        case AND:
          return x & y;
        case OR:
          return x | y;
        case XOR:
          return x ^ y;
        case EQ:
          return x == y;
        case NE:
          return x != y;
        default:
          break;
      }
    }
    boolean ints = !(a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float);
    if (ints) {
      long x = asLong(a);
      long y = asLong(b);
      switch (op) {
        case ADD:
          return x + y;
        case SUB:
          return x - y;
        case MUL:
          return x * y;
        case DIV:
          return Ops.div((double) x, (double) y);
        case FLOORDIV:
          return Ops.floordiv(x, y);
        case MOD:
          return Ops.mod(x, y);
        case POW:
          return y >= 0 ? (Object) BinaryOp.power(x, y) : (Object) Math.pow(x, y);
        case LT:
          return x < y;
        case LE:
          return x <= y;
        case GT:
          return x > y;
        case GE:
          return x >= y;
        case EQ:
          return x == y;
        case NE:
          return x != y;
        case AND:
          return x & y;
        case OR:
          return x | y;
        case XOR:
          return x ^ y;
        case MAXIMUM:
          return Math.max(x, y);
        case MINIMUM:
          return Math.min(x, y);
        default:
          break;
      }
    }
    double x = ((Number) asNumber(a)).doubleValue();
    double y = ((Number) asNumber(b)).doubleValue();
    switch (op) {
      case ADD:
        return x + y;
      case SUB:
        return x - y;
      case MUL:
        return x * y;
      case DIV:
        return Ops.div(x, y);
      case FLOORDIV:
        return Ops.floordiv(x, y);
      case MOD:
        return Ops.mod(x, y);
      case POW:
        return Math.pow(x, y);
      case LT:
        return x < y;
      case LE:
        return x <= y;
      case GT:
        return x > y;
      case GE:
        return x >= y;
      case EQ:
        return x == y;
      case NE:
        return x != y;
      case MAXIMUM:
        return BinaryOp.MAXIMUM.apply(x, y);
      case MINIMUM:
        return BinaryOp.MINIMUM.apply(x, y);
      default:
        throw new IllegalArgumentException(
            "unsupported operand type(s) for "
                + op.symbol()
                + ": '"
                + Values.typeName(a)
                + "' and '"
                + Values.typeName(b)
                + "'");
    }
  }

  static long asLong(Object v) {
    return v instanceof Boolean ? ((Boolean) v ? 1 : 0) : ((Number) v).longValue();
  }

  static Object asNumber(Object v) {
    return v instanceof Boolean ? (Object) ((Boolean) v ? 1L : 0L) : v;
  }
}
