package ddl.stdlib.builtins;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.DType;
import ddl.stdlib.Opt;
import ddl.stdlib.Overloaded;
import ddl.stdlib.Range;
import ddl.stdlib.Rest;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import java.util.Collection;

/** Shape and type built-ins: reshape, transpose, astype, len, copy. */
public final class ArrayBuiltins {
  private ArrayBuiltins() {}

  @Builtin(doc = "the same elements in a new shape; one dimension may be -1",
      example = "reshape(arange(6), 2, 3)")
  public static Object reshape(Object a, @Rest Object[] shape) {
    Overloaded o = Overloaded.find(a);
    if (o != null) {
      return o.apply("reshape", new Object[] {a, shape});
    }
    return Args.tensor(a, "a").reshape(Args.newShape(shape));
  }

  @Builtin(doc = "the axes permuted (reversed when axes is not given)",
      example = "transpose(zeros(2, 3, 4), (1, 0, 2)).shape  # => (3, 2, 4)")
  public static Object transpose(Object a, @Opt("None") Object axes) {
    Overloaded o = Overloaded.find(a);
    if (o != null) {
      return o.apply("transpose", new Object[] {a, axes});
    }
    Tensor t = Args.tensor(a, "a");
    return axes == null ? t.T() : t.transpose(Args.ints(axes, "axes"));
  }

  @Builtin(doc = "a copy converted to another dtype (\"float64\", \"int64\", \"bool\")",
      example = "astype([1.7, -1.7], \"int64\")  # => [ 1 -1]")
  public static Tensor astype(Object a, Object dtype) {
    return Args.tensor(a, "a").astype(Args.dtype(dtype));
  }

  @Builtin(doc = "a copy that shares nothing with the original", example = "a = [1, 2]; b = copy(a); b[0] = 5; a  # => [1 2]")
  public static Tensor copy(Object a) {
    return Args.tensor(a, "a").copy();
  }

  @Builtin(doc = "the elements as a 1-D tensor", example = "ravel([[1, 2], [3, 4]])  # => [1 2 3 4]")
  public static Tensor ravel(Object a) {
    return Args.tensor(a, "a").ravel();
  }

  @Builtin(doc = "the length of the first axis (or of a tuple, string or range)",
      example = "len(zeros(3, 4))  # => 3")
  public static long len(Object a) {
    if (a instanceof Tensor) {
      Tensor t = (Tensor) a;
      if (t.ndim() == 0) {
        throw new IllegalArgumentException("len() of unsized object");
      }
      return t.shape(0);
    }
    if (a instanceof ddl.stdlib.io.Table) {
      return ((ddl.stdlib.io.Table) a).rows();
    }
    if (a instanceof Collection) {
      return ((Collection<?>) a).size();
    }
    if (a instanceof String) {
      return ((String) a).length();
    }
    if (a instanceof Range) {
      return ((Range) a).length();
    }
    throw new IllegalArgumentException("object of type '" + ddl.stdlib.Values.typeName(a) + "' has no len()");
  }

  @Builtin(doc = "the shape of a tensor as a tuple", example = "shape(zeros(3, 4))  # => (3, 4)")
  public static Tuple shape(Object a) {
    return Tuple.ofShape(Args.tensor(a, "a").shape());
  }

  @Builtin(doc = "the single element of a one-element tensor as a number", example = "item(sum([[1]], 0))")
  public static Object item(Object a) {
    return Args.tensor(a, "a").item();
  }

  @Builtin(doc = "the dtype of a tensor or number", example = "dtype([1.5])  # => float64")
  public static DType dtype(Object a) {
    return Args.tensor(a, "a").dtype();
  }
}
