package ddl.stdlib.linalg;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;
import ddl.stdlib.Opt;
import ddl.stdlib.Rest;
import ddl.stdlib.Tensor;

/** numpy's products: {@code dot vdot inner outer kron trace einsum}. */
public final class ProductBuiltins {
  private ProductBuiltins() {}

  @Builtin(doc = "numpy's dot: the inner product of vectors, the matrix product of matrices, and"
      + " for N-d a sum over a's last axis and b's second-to-last",
      example = "dot([1, 2, 3], [4, 5, 6])  # => 32")
  public static Object dot(Object a, Object b) {
    return Products.dot(Args.tensor(a, "a"), Args.tensor(b, "b"));
  }

  @Builtin(doc = "the dot product of both arrays flattened",
      example = "vdot([[1, 2], [3, 4]], [[1, 1], [1, 1]])  # => 10")
  public static Object vdot(Object a, Object b) {
    return Products.vdot(Args.tensor(a, "a"), Args.tensor(b, "b"));
  }

  @Builtin(doc = "sums of products over the last axes of a and b",
      example = "inner([[1, 2], [3, 4]], [1, 1])  # => [3 7]")
  public static Object inner(Object a, Object b) {
    return Products.inner(Args.tensor(a, "a"), Args.tensor(b, "b"));
  }

  @Builtin(doc = "the outer product a[i] * b[j] of both arrays flattened",
      example = "outer([1, 2], [1, 10, 100])\n# => [[  1  10 100]\n#     [  2  20 200]]")
  public static Tensor outer(Object a, Object b) {
    return Products.outer(Args.tensor(a, "a"), Args.tensor(b, "b"));
  }

  @Builtin(doc = "the Kronecker product: blocks a[i, j] * b",
      example = "kron([1, 2], [1, 10])  # => [ 1 10  2 20]")
  public static Tensor kron(Object a, Object b) {
    return Products.kron(Args.tensor(a, "a"), Args.tensor(b, "b"));
  }

  @Builtin(doc = "the sum along a diagonal (offset above the main one) of axes axis1, axis2",
      example = "trace([[1, 2], [3, 4]])  # => 5")
  public static Object trace(Object a, @Opt("0") Object offset, @Opt("0") Object axis1,
      @Opt("1") Object axis2) {
    return Products.trace(Args.tensor(a, "a"), Args.toInt(offset, "offset"),
        Args.toInt(axis1, "axis1"), Args.toInt(axis2, "axis2"));
  }

  @Builtin(doc = "Einstein summation: \"ij,jk->ik\" is a matrix product, \"ii\" a trace, \"ij->ji\""
      + " a transpose; without \"->\" the output is the labels that appear once, sorted; \"...\""
      + " broadcasts. Products of two operands run as matrix products (BLAS when large);"
      + " optimize is accepted and does not change the result",
      example = "einsum(\"ij,jk->ik\", [[1, 2], [3, 4]], [[1, 0], [0, 1]])\n"
          + "# => [[1 2]\n#     [3 4]]")
  public static Object einsum(Object subscripts, @Rest Object[] operands,
      @Opt("false") Object optimize) {
    if (!(subscripts instanceof String)) {
      throw new IllegalArgumentException("einsum: the subscripts form only (a string such as"
          + " \"ij,jk->ik\" first), found " + Args.describe(subscripts));
    }
    Tensor[] ts = new Tensor[operands.length];
    for (int i = 0; i < ts.length; i++) {
      ts[i] = Args.tensor(operands[i], "operand " + i);
    }
    return Einsum.einsum((String) subscripts, ts);
  }
}
