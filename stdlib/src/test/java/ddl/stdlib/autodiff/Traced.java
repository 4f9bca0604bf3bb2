package ddl.stdlib.autodiff;

import ddl.stdlib.Args;
import ddl.stdlib.Overloaded;
import ddl.stdlib.index.Indexing;
import ddl.stdlib.math.Functions;

/**
 * The calls generated code makes for indexing and for {@code maximum clip where}, with the
 * hand-over to traced values that the built-ins make ({@link Overloaded#find}).
 */
final class Traced {
  private Traced() {}

  static Object getitem(Object target, Object... items) {
    Overloaded o = Overloaded.find(target);
    if (o != null) {
      Object[] args = new Object[items.length + 1];
      args[0] = target;
      System.arraycopy(items, 0, args, 1, items.length);
      return o.apply("getitem", args);
    }
    return Indexing.get(Args.tensor(target, "a"), items);
  }

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
