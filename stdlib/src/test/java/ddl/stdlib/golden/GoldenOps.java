package ddl.stdlib.golden;

import com.fasterxml.jackson.databind.JsonNode;
import ddl.stdlib.DType;
import ddl.stdlib.Tensor;
import ddl.stdlib.create.Creation;
import ddl.stdlib.math.BinaryOp;
import ddl.stdlib.math.Elementwise;
import ddl.stdlib.math.Reductions;

/** Runs one golden case's operation through the stdlib Java API. */
final class GoldenOps {
  private GoldenOps() {}

  /** The result: a Tensor, or a Java scalar where numpy returns one. */
  static Object run(GoldenCase c, java.util.function.UnaryOperator<Tensor> storage) {
    JsonNode args = c.args();
    JsonNode kw = c.kwargs();
    Object a0 = args.size() > 0 ? prepare(GoldenCase.arg(args.get(0)), storage) : null;
    Object a1 = args.size() > 1 ? prepare(GoldenCase.arg(args.get(1)), storage) : null;
    switch (c.op()) {
      case "zeros":
        return Creation.zeros(dtype(kw, DType.FLOAT64), GoldenCase.ints(args.get(0)));
      case "ones":
        return Creation.ones(dtype(kw, DType.FLOAT64), GoldenCase.ints(args.get(0)));
      case "full":
        return Creation.full(GoldenCase.ints(args.get(0)), a1, null);
      case "arange":
        if (args.size() == 1) {
          return Creation.arange(a0);
        }
        if (args.size() == 2) {
          return Creation.arange(a0, a1);
        }
        return Creation.arange(a0, a1, GoldenCase.arg(args.get(2)));
      case "linspace":
        return Creation.linspace(((Number) a0).doubleValue(), ((Number) a1).doubleValue(),
            ((Number) GoldenCase.arg(args.get(2))).intValue(),
            !kw.has("endpoint") || kw.get("endpoint").asBoolean());
      case "eye": {
        int n = ((Number) a0).intValue();
        int m = a1 == null ? n : ((Number) a1).intValue();
        return Creation.eye(n, m, kw.has("k") ? kw.get("k").asInt() : 0);
      }
      case "array":
        return args.get(0).isObject() ? Tensor.scalar(a0) : Creation.array(GoldenCase.nested(args.get(0)));
      case "add":
        return Elementwise.binary(BinaryOp.ADD, a0, a1);
      case "subtract":
        return Elementwise.binary(BinaryOp.SUB, a0, a1);
      case "multiply":
        return Elementwise.binary(BinaryOp.MUL, a0, a1);
      case "divide":
        return Elementwise.binary(BinaryOp.DIV, a0, a1);
      case "power":
        return Elementwise.binary(BinaryOp.POW, a0, a1);
      case "less":
        return Elementwise.binary(BinaryOp.LT, a0, a1);
      case "less_equal":
        return Elementwise.binary(BinaryOp.LE, a0, a1);
      case "greater":
        return Elementwise.binary(BinaryOp.GT, a0, a1);
      case "greater_equal":
        return Elementwise.binary(BinaryOp.GE, a0, a1);
      case "equal":
        return Elementwise.binary(BinaryOp.EQ, a0, a1);
      case "not_equal":
        return Elementwise.binary(BinaryOp.NE, a0, a1);
      case "exp":
        return ((Tensor) a0).exp();
      case "log":
        return ((Tensor) a0).log();
      case "sqrt":
        return ((Tensor) a0).sqrt();
      case "abs":
        return ((Tensor) a0).abs();
      case "sum":
      case "mean":
      case "max":
      case "min":
      case "argmax":
      case "argmin":
        return reduce(c.op(), (Tensor) a0, kw);
      case "matmul":
        return matmul(a0, a1);
      case "transpose":
        return kw.has("axes")
            ? ((Tensor) a0).transpose(GoldenCase.ints(kw.get("axes")))
            : ((Tensor) a0).T();
      case "reshape":
        return ((Tensor) a0).reshape(GoldenCase.ints(args.get(1)));
      default:
        throw new UnsupportedOperationException("golden op " + c.op());
    }
  }

  private static Object matmul(Object a, Object b) {
    // np.matmul(2.0, b): a Python scalar is a 0-d operand
    Tensor x = a instanceof Tensor ? (Tensor) a : Tensor.scalar(a);
    Tensor y = b instanceof Tensor ? (Tensor) b : Tensor.scalar(b);
    Tensor r = x.matmul(y);
    return x.ndim() == 1 && y.ndim() == 1 ? r.item() : r;
  }

  private static Object reduce(String op, Tensor a, JsonNode kw) {
    boolean keep = kw.has("keepdims") && kw.get("keepdims").asBoolean();
    JsonNode axisNode = kw.get("axis");
    int[] axes = axisNode == null || axisNode.isNull()
        ? null
        : axisNode.isArray() ? GoldenCase.ints(axisNode) : new int[] {axisNode.asInt()};
    if (axes == null && !keep) {
      switch (op) {
        case "sum":
          return Reductions.sum(a);
        case "mean":
          return Reductions.mean(a);
        case "max":
          return Reductions.max(a);
        case "min":
          return Reductions.min(a);
        case "argmax":
          return Reductions.argmax(a);
        default:
          return Reductions.argmin(a);
      }
    }
    switch (op) {
      case "sum":
        return Reductions.sum(a, axes, keep);
      case "mean":
        return Reductions.mean(a, axes, keep);
      case "max":
        return Reductions.max(a, axes, keep);
      case "min":
        return Reductions.min(a, axes, keep);
      case "argmax":
        return axes == null ? Reductions.argExtremeAll(a, keep, true) : Reductions.argmax(a, axes[0], keep);
      default:
        return axes == null ? Reductions.argExtremeAll(a, keep, false) : Reductions.argmin(a, axes[0], keep);
    }
  }

  private static DType dtype(JsonNode kw, DType dflt) {
    return kw.has("dtype") ? DType.of(kw.get("dtype").asText()) : dflt;
  }

  private static Object prepare(Object arg, java.util.function.UnaryOperator<Tensor> storage) {
    return arg instanceof Tensor ? storage.apply((Tensor) arg) : arg;
  }
}
