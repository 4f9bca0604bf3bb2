package ddl.stdlib.autodiff;

import ddl.stdlib.Overloaded;
import ddl.stdlib.math.Functions;

/**
 * The calls generated code makes for {@code maximum minimum clip where}, with the hand-over to
 * traced values that the other built-ins make ({@link Overloaded#find}), until those built-ins have
 * it.
 */
final class Traced {
  private Traced() {}

  static Object maximum(Object a, Object b) {
    Overloaded o = Overloaded.find(a, b);
    return o != null ? o.apply("maximum", new Object[] {a, b}) : Functions.maximum(a, b);
  }

  static Object minimum(Object a, Object b) {
    Overloaded o = Overloaded.find(a, b);
    return o != null ? o.apply("minimum", new Object[] {a, b}) : Functions.minimum(a, b);
  }

  static Object clip(Object a, Object lo, Object hi) {
    Overloaded o = Overloaded.find(a, lo, hi);
    return o != null ? o.apply("clip", new Object[] {a, lo, hi}) : Functions.clip(a, lo, hi);
  }

  static Object where(Object c, Object x, Object y) {
    Overloaded o = Overloaded.find(c, x, y);
    return o != null ? o.apply("where", new Object[] {c, x, y}) : Functions.where(c, x, y);
  }
}
