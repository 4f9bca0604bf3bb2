package ddl.stdlib.autodiff;

import ddl.stdlib.Args;
import ddl.stdlib.DType;
import ddl.stdlib.Fn;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks automatic gradients against central finite differences, (f(x + h) - f(x - h)) / 2h with h
 * = 1e-6 * max(1, |x|), whose error is O(h^2) plus rounding O(eps / h) (Nocedal and Wright,
 * "Numerical Optimization", §8.1).
 */
final class GradCheck {
  private GradCheck() {}

  /** The worst error, the argument and the index (as a tuple text) where it occurs (-1: none). */
  record Result(double error, int argument, String index) {}

  static Result run(Fn fn, Object[] args) {
    Object[] work = args.clone();
    List<Integer> wrt = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a instanceof Boolean
          || !(a instanceof Number || a instanceof Tensor || a instanceof List)) {
        continue;
      }
      // float64 copies: the perturbations never touch the caller's data
      work[i] =
          a instanceof Number
              ? (Object) ((Number) a).doubleValue()
              : Args.tensor(a, "argument " + i).astype(DType.FLOAT64);
      wrt.add(i);
    }
    int[] positions = wrt.stream().mapToInt(Integer::intValue).toArray();
    Object[] analytic = Autodiff.valueAndGrad(fn, work, positions);
    Result worst = new Result(0.0, -1, "");
    for (int k = 0; k < positions.length; k++) {
      int p = positions[k];
      if (work[p] instanceof Double) {
        double x = (Double) work[p];
        double h = 1e-6 * Math.max(1, Math.abs(x));
        work[p] = x + h;
        double up = value(fn, work);
        work[p] = x - h;
        double down = value(fn, work);
        work[p] = x;
        worst = worse(worst, (Double) analytic[k + 1], (up - down) / (2 * h), p, "()");
        continue;
      }
      Tensor t = (Tensor) work[p];
      double[] d = t.doubleStorage();
      Tensor a = (Tensor) analytic[k + 1];
      for (int e = 0; e < d.length; e++) {
        double x = d[e];
        double h = 1e-6 * Math.max(1, Math.abs(x));
        d[e] = x + h;
        double up = value(fn, work);
        d[e] = x - h;
        double down = value(fn, work);
        d[e] = x;
        worst = worse(worst, a.getDouble(e), (up - down) / (2 * h), p, index(t.shape(), e));
      }
    }
    return worst;
  }

  private static Result worse(Result r, double a, double n, int arg, String index) {
    double err = Math.abs(a - n) / Math.max(1, Math.max(Math.abs(a), Math.abs(n)));
    if (Double.isNaN(err) || err > r.error() || r.argument() < 0) {
      return Double.isNaN(r.error()) ? r : new Result(err, arg, index);
    }
    return r;
  }

  private static double value(Fn fn, Object[] args) {
    Object r = fn.call(args);
    return r instanceof Tensor ? ((Tensor) r).getDouble(0) : Args.toDouble(r, "result");
  }

  private static String index(int[] shape, int flat) {
    Object[] idx = new Object[shape.length];
    for (int d = shape.length - 1; d >= 0; d--) {
      idx[d] = (long) (flat % shape[d]);
      flat /= shape[d];
    }
    return Tuple.of(idx).toString();
  }
}
