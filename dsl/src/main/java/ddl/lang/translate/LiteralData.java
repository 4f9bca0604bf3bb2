package ddl.lang.translate;

import ddl.lang.Op;
import ddl.lang.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The value of an array literal made only of number and bool literals, computed while translating,
 * so that a literal of thousands of numbers becomes data rather than a Java expression (javac
 * limits a method to 64 KB of code, and translating and compiling such code is slow).
 */
final class LiteralData {
  private LiteralData() {}

  /**
   * The tensor {@code a} evaluates to, or null when it holds anything but literals, has at most
   * {@code minLeaves} of them, or is not a valid array (its error is then raised where it runs).
   */
  static Object of(Expr.Array a, int minLeaves) {
    int[] leaves = {0};
    if (!constant(a, leaves) || leaves[0] <= minLeaves) {
      return null;
    }
    try {
      return value(a);
    } catch (RuntimeException notAnArray) {
      return null;
    }
  }

  private static boolean constant(Expr e, int[] leaves) {
    if (e instanceof Expr.Array arr) {
      for (Expr item : arr.elements()) {
        if (!constant(item, leaves)) {
          return false;
        }
      }
      return true;
    }
    leaves[0]++;
    return e instanceof Expr.Num || e instanceof Expr.Bool
        || (e instanceof Expr.Unary u && (u.op() == Op.NEG || u.op() == Op.POS)
            && u.operand() instanceof Expr.Num);
  }

  /** The value as the generated code would compute it: {@code Lang.array} of the items. */
  private static Object value(Expr e) {
    if (e instanceof Expr.Array arr) {
      List<Object> items = new ArrayList<>(arr.elements().size());
      for (Expr item : arr.elements()) {
        items.add(value(item));
      }
      return ddl.stdlib.Lang.array(items.toArray());
    }
    if (e instanceof Expr.Bool b) {
      return b.value();
    }
    if (e instanceof Expr.Unary u) {
      Object v = value(u.operand());
      if (u.op() == Op.POS) {
        return v;
      }
      return v instanceof Long l ? (Object) (-l) : (Object) (-(Double) v);
    }
    Expr.Num n = (Expr.Num) e;
    String text = n.text().replace("_", "");
    return n.isInt() ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
  }
}
