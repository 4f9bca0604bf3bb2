package ddl.stdlib.math;

import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.nd4j.Nd4jBridge;

/**
 * numpy's {@code matmul}: 1-D operands are promoted to a row (left) or column (right) and the
 * added axis removed from the result; stacks of matrices broadcast. float64 products with at least
 * {@link #blasThreshold()} multiply-adds go to ND4J's BLAS; smaller ones, and int64, run in Java,
 * where a call into ND4J would cost more than the product.
 */
public final class Linalg {
  private static volatile long blasThreshold =
      Long.getLong("ddl.blas.threshold", 64L * 64 * 64);

  private Linalg() {}

  /** The number of multiply-adds from which float64 matmul calls BLAS. */
  public static long blasThreshold() {
    return blasThreshold;
  }

  /** Sets the BLAS threshold (0: always BLAS; Long.MAX_VALUE: never) — for tests and tuning. */
  public static void setBlasThreshold(long flops) {
    blasThreshold = flops;
  }

  public static Tensor matmul(Tensor a, Tensor b) {
    return matmul(a, b, null);
  }

  /**
   * {@code a @ b} written into {@code target} when it has the result's dtype and shape, is
   * contiguous and may be overwritten (the dsl's {@code c = a @ b}, see Ops.matmulTo): the product
   * then costs no new array. Returns target, or a new tensor when target does not fit (also when
   * it overlaps an operand and the product is not one BLAS call, which reads its operands whole
   * before writing).
   */
  public static Tensor matmulInto(Tensor a, Tensor b, Tensor target) {
    return matmul(a, b, target);
  }

  private static Tensor matmul(Tensor a, Tensor b, Tensor target) {
    if (a.ndim() == 0 || b.ndim() == 0) {
      int which = a.ndim() == 0 ? 0 : 1;
      throw new IllegalArgumentException(
          "matmul: Input operand "
              + which
              + " does not have enough dimensions (has 0, gufunc core with signature"
              + " (n?,k),(k,m?)->(n?,m?) requires 1)");
    }
    boolean aVec = a.ndim() == 1;
    boolean bVec = b.ndim() == 1;
    Tensor x = aVec ? a.reshape(1, a.shape(0)) : a;
    Tensor y = bVec ? b.reshape(b.shape(0), 1) : b;
    int[] xs = x.shape();
    int[] ys = y.shape();
    int n = xs[xs.length - 2];
    int k = xs[xs.length - 1];
    int k2 = ys[ys.length - 2];
    int m = ys[ys.length - 1];
    if (k != k2) {
      throw new IllegalArgumentException(
          "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature"
              + " (n?,k),(k,m?)->(n?,m?) (size "
              + k2
              + " is different from "
              + k
              + ")");
    }
    int[] xb = java.util.Arrays.copyOf(xs, xs.length - 2);
    int[] yb = java.util.Arrays.copyOf(ys, ys.length - 2);
    int[] batch;
    try {
      batch = Shape.broadcast(xb, yb);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "operands could not be broadcast together with remapped shapes [original->remapped]: "
              + remapped(a.shape(), xs.length)
              + " "
              + remapped(b.shape(), ys.length)
              + "  and requested shape "
              + Shape.compact(new int[] {n, m}));
    }
    DType dt = DType.promote(a.dtype(), b.dtype());
    Tensor cx = x.dtype() == dt ? x : x.astype(dt);
    Tensor cy = y.dtype() == dt ? y : y.astype(dt);
    int[] outShape = concat(batch, n, m);
    int batches = Shape.size(batch);
    boolean blas = dt == DType.FLOAT64 && (long) n * k * m >= blasThreshold && (long) n * k * m > 0;
    Tensor out;
    if (target != null
        && !aVec
        && !bVec
        && target.dtype() == dt
        && Shape.equal(target.shape(), outShape)
        && target.isContiguous()
        && target.offset() == 0
        && ((blas && batches == 1) || (!target.sharesStorage(cx) && !target.sharesStorage(cy)))) {
      out = target;
      if (!blas) {
        Elementwise.fill(out, 0L); // the Java product accumulates into its output
      }
    } else {
      out = Tensor.empty(dt, outShape);
    }
    int[] bxStrides = Shape.broadcastStrides(xb, java.util.Arrays.copyOf(cx.strides(), xb.length), batch);
    int[] byStrides = Shape.broadcastStrides(yb, java.util.Arrays.copyOf(cy.strides(), yb.length), batch);
    int[] xst = cx.strides();
    int[] yst = cy.strides();
    int xr = xst[xst.length - 2], xc = xst[xst.length - 1];
    int yr = yst[yst.length - 2], yc = yst[yst.length - 1];
    int[] idx = new int[batch.length];
    for (int t = 0; t < batches; t++) {
      int px = cx.offset();
      int py = cy.offset();
      for (int d = 0; d < batch.length; d++) {
        px += idx[d] * bxStrides[d];
        py += idx[d] * byStrides[d];
      }
      int po = t * n * m;
      switch (dt) {
        case FLOAT64:
          if (blas) {
            Nd4jBridge.gemm(cx.doubleStorage(), px, xr, xc, cy.doubleStorage(), py, yr, yc,
                out.doubleStorage(), po, n, k, m);
          } else {
            gemm(cx.doubleStorage(), px, xr, xc, cy.doubleStorage(), py, yr, yc,
                out.doubleStorage(), po, n, k, m);
          }
          break;
        case INT64:
          gemm(cx.longStorage(), px, xr, xc, cy.longStorage(), py, yr, yc,
              out.longStorage(), po, n, k, m);
          break;
        default:
          gemm(cx.boolStorage(), px, xr, xc, cy.boolStorage(), py, yr, yc,
              out.boolStorage(), po, n, k, m);
      }
      for (int d = batch.length - 1; d >= 0; d--) {
        if (++idx[d] < batch[d]) {
          break;
        }
        idx[d] = 0;
      }
    }
    // drop the axes added for 1-D operands
    int[] fs = outShape;
    if (aVec && bVec) {
      fs = java.util.Arrays.copyOf(batch, batch.length);
    } else if (aVec) {
      fs = concat1(batch, m);
    } else if (bVec) {
      fs = concat1(batch, n);
    }
    return fs == outShape ? out : out.reshape(fs);
  }

  /** numpy's "(2,3,4)->(2,newaxis,newaxis)": the batch axes kept, the core axes moved out. */
  private static String remapped(int[] orig, int nd) {
    StringBuilder sb = new StringBuilder(Shape.compact(orig)).append("->(");
    for (int i = 0; i < nd - 2; i++) {
      sb.append(orig[i]).append(',');
    }
    return sb.append("newaxis,newaxis)").toString();
  }

  private static int[] concat(int[] batch, int n, int m) {
    int[] s = java.util.Arrays.copyOf(batch, batch.length + 2);
    s[batch.length] = n;
    s[batch.length + 1] = m;
    return s;
  }

  private static int[] concat1(int[] batch, int n) {
    int[] s = java.util.Arrays.copyOf(batch, batch.length + 1);
    s[batch.length] = n;
    return s;
  }

  /** A plain i-k-j product: the inner loop runs along rows of y and out, so it vectorises. */
  static void gemm(double[] x, int px, int xr, int xc, double[] y, int py, int yr, int yc,
      double[] o, int po, int n, int k, int m) {
    for (int i = 0; i < n; i++) {
      int orow = po + i * m;
      for (int p = 0; p < k; p++) {
        double v = x[px + i * xr + p * xc];
        int yrow = py + p * yr;
        if (yc == 1) {
          for (int j = 0; j < m; j++) {
            o[orow + j] += v * y[yrow + j];
          }
        } else {
          for (int j = 0; j < m; j++) {
            o[orow + j] += v * y[yrow + j * yc];
          }
        }
      }
    }
  }

  static void gemm(long[] x, int px, int xr, int xc, long[] y, int py, int yr, int yc,
      long[] o, int po, int n, int k, int m) {
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < k; p++) {
        long v = x[px + i * xr + p * xc];
        for (int j = 0; j < m; j++) {
          o[po + i * m + j] += v * y[py + p * yr + j * yc];
        }
      }
    }
  }

  static void gemm(boolean[] x, int px, int xr, int xc, boolean[] y, int py, int yr, int yc,
      boolean[] o, int po, int n, int k, int m) {
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < k; p++) {
        if (x[px + i * xr + p * xc]) {
          for (int j = 0; j < m; j++) {
            o[po + i * m + j] |= y[py + p * yr + j * yc];
          }
        }
      }
    }
  }
}
