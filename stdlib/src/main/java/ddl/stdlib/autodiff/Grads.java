package ddl.stdlib.autodiff;

import ddl.stdlib.DType;
import ddl.stdlib.Ops;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.builtins.ArrayBuiltins;
import ddl.stdlib.builtins.MathBuiltins;
import ddl.stdlib.math.Reductions;
import ddl.stdlib.math.Strided;

/**
 * Operations on gradients shared by the derivative rules. A gradient is a Tensor or, under a nested
 * grad, a value of the enclosing tape; Tensors take fast paths that avoid temporaries, the rest go
 * through {@link Ops} and the built-ins so that the enclosing tape records them.
 *
 * <p>A gradient that is one number broadcast over a shape (that of a sum's input) stays a view with
 * zero strides: nothing is materialised until an operation needs the elements.
 */
final class Grads {
  private Grads() {}

  static int[] shapeOf(Object v) {
    if (v instanceof Tensor) {
      return ((Tensor) v).shape();
    }
    if (v instanceof Var) {
      return ((Var) v).shape();
    }
    return new int[0];
  }

  /** A float64 tensor of {@code shape} whose elements are all {@code c}: a view of one number. */
  static Tensor full(double c, int[] shape) {
    return Tensor.wrap(new double[] {c}).view(shape.clone(), new int[shape.length], 0);
  }

  /** The single value of a gradient that is one number everywhere, else null. */
  static Double uniform(Object g) {
    if (g instanceof Number) {
      return ((Number) g).doubleValue();
    }
    if (!(g instanceof Tensor) || ((Tensor) g).dtype() != DType.FLOAT64) {
      return null;
    }
    Tensor t = (Tensor) g;
    if (t.size() == 1) {
      return t.getDouble(0);
    }
    for (int s : t.strides()) {
      if (s != 0) {
        return null;
      }
    }
    return t.size() == 0 ? null : t.doubleStorage()[t.offset()];
  }

  /** A Java scalar result of a kernel as a 0-d tensor: traced values are always tensors. */
  static Object tensorOf(Object r) {
    return r instanceof Number || r instanceof Boolean ? Tensor.scalar(r) : r;
  }

  /**
   * {@code g} summed over the axes along which an operand of {@code shape} was broadcast, so that
   * the gradient has the operand's shape (as PyTorch's {@code sum_to_size} and JAX's {@code
   * _unbroadcast}).
   */
  static Object sumTo(Object g, int[] shape) {
    int[] gs = shapeOf(g);
    if (Shape.equal(gs, shape)) {
      return g;
    }
    int lead = gs.length - shape.length;
    int[] axes = new int[gs.length];
    int n = 0;
    for (int d = 0; d < gs.length; d++) {
      if (d < lead || (shape[d - lead] == 1 && gs[d] != 1)) {
        axes[n++] = d;
      }
    }
    axes = java.util.Arrays.copyOf(axes, n);
    Double c = uniform(g);
    if (c != null) {
      return full(c * (Shape.size(gs) / Math.max(1, Shape.size(shape))), shape);
    }
    if (g instanceof Tensor) {
      return Reductions.sum((Tensor) g, axes, true).reshape(shape);
    }
    Object s = MathBuiltins.sum(g, Tuple.ofShape(axes), true);
    return reshape(s, shape);
  }

  /** {@code g} (of a shape broadcastable to {@code shape}) broadcast to {@code shape}. */
  static Object expand(Object g, int[] shape) {
    if (g instanceof Tensor) {
      Tensor t = (Tensor) g;
      if (Shape.equal(t.shape(), shape)) {
        return t;
      }
      int[] st = Shape.broadcastStrides(t.shape(), t.strides(), shape);
      return t.view(shape.clone(), st, t.offset());
    }
    return Ops.add(g, full(0.0, shape));
  }

  static Object reshape(Object g, int[] shape) {
    if (g instanceof Tensor) {
      return ((Tensor) g).reshape(shape);
    }
    return ArrayBuiltins.reshape(g, new Object[] {Tuple.ofShape(shape)});
  }

  /**
   * {@code sumTo(g * b, shape)}: the gradient of the operand of shape {@code shape} in a product
   * with {@code b}. For a scalar operand of float64 tensors this is one fused loop, a dot product,
   * with no temporary array.
   */
  static Object mulSumTo(Object g, Object b, int[] shape) {
    int[] gs = shapeOf(g);
    if (Shape.size(shape) == 1
        && g instanceof Tensor
        && b instanceof Tensor
        && ((Tensor) g).dtype() == DType.FLOAT64
        && ((Tensor) b).dtype() == DType.FLOAT64
        && Shape.equal(Shape.broadcast(gs, shapeOf(b)), gs)) {
      Tensor tg = (Tensor) g;
      Tensor tb = (Tensor) b;
      Double c = uniform(g);
      double s;
      if (c != null && Shape.equal(tb.shape(), gs)) {
        s = c * ((Number) Reductions.sum(tb)).doubleValue();
      } else {
        s = dot(tg, tb, gs);
      }
      return Tensor.wrap(new double[] {s}, shape);
    }
    return sumTo(Ops.mul(g, b), shape);
  }

  /** The sum of {@code a * b} over {@code shape} (both broadcast to it). */
  private static double dot(Tensor a, Tensor b, int[] shape) {
    double[] x = a.doubleStorage();
    double[] y = b.doubleStorage();
    int[][] st = {
      Shape.broadcastStrides(a.shape(), a.strides(), shape),
      Shape.broadcastStrides(b.shape(), b.strides(), shape)
    };
    double[] acc = new double[1];
    Strided.forEachRow(
        shape,
        st,
        new int[] {a.offset(), b.offset()},
        (p, s, n) -> {
          // four partial sums: vectorisable, and rounding closer to numpy's pairwise sum
          double s0 = 0;
          double s1 = 0;
          double s2 = 0;
          double s3 = 0;
          int i = p[0];
          int j = p[1];
          int si = s[0];
          int sj = s[1];
          int k = 0;
          if (si == 1 && sj == 1) {
            for (; k + 3 < n; k += 4) {
              s0 += x[i + k] * y[j + k];
              s1 += x[i + k + 1] * y[j + k + 1];
              s2 += x[i + k + 2] * y[j + k + 2];
              s3 += x[i + k + 3] * y[j + k + 3];
            }
            i += k;
            j += k;
          }
          for (; k < n; k++, i += si, j += sj) {
            s0 += x[i] * y[j];
          }
          acc[0] += (s0 + s1) + (s2 + s3);
        });
    return acc[0];
  }
}
