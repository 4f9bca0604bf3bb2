package ddl.stdlib.autodiff;

import ddl.stdlib.Builtins;
import ddl.stdlib.Members;
import ddl.stdlib.math.UnaryOp;

/** Sends a built-in applied to a traced value to the family of rules that differentiates it. */
final class Rules {
  private Rules() {}

  static Object apply(Var self, String function, Object[] args) {
    switch (function) {
      case "sum":
      case "mean":
      case "max":
      case "min":
        return Reduce.apply(self, function, args);
      case "exp":
        return Arithmetic.unary(self, UnaryOp.EXP);
      case "log":
        return Arithmetic.unary(self, UnaryOp.LOG);
      case "sqrt":
        return Arithmetic.unary(self, UnaryOp.SQRT);
      case "abs":
        return Arithmetic.unary(self, UnaryOp.ABS);
      case "sin":
        return Arithmetic.unary(self, UnaryOp.SIN);
      case "cos":
        return Arithmetic.unary(self, UnaryOp.COS);
      case "tanh":
        return Arithmetic.unary(self, UnaryOp.TANH);
      case "matmul":
        return Matmul.apply(self.tape, args[0], args[1]);
      case "reshape":
        return Shapes.reshape(self, (Object[]) args[1]);
      case "transpose":
        return Shapes.transpose(self, args[1]);
      case ".T":
        return Shapes.transpose(self, null);
      case "array":
        return Shapes.array(self.tape, args);
      case "getitem":
        return Index.get(self, java.util.Arrays.copyOfRange(args, 1, args.length));
      case "maximum":
        return Select.extremum(self.tape, true, args[0], args[1]);
      case "minimum":
        return Select.extremum(self.tape, false, args[0], args[1]);
      case "clip":
        return Select.clip(self.tape, args[0], args[1], args[2]);
      case "where":
        return Select.where(self.tape, args[0], args[1], args[2]);
      case ".shape":
      case ".ndim":
      case ".size":
      case ".dtype":
        // facts about the shape, not functions of the numbers
        return Members.attr(self.tensor(), function.substring(1));
      default:
        throw noRule(function.startsWith(".") ? function.substring(1) : function);
    }
  }

  /** The error for an operation that has no derivative rule: never a silent zero gradient. */
  static UnsupportedOperationException noRule(String operation) {
    return new UnsupportedOperationException("grad: no derivative rule for '" + operation + "'");
  }

  /**
   * The error of a built-in that does not know traced values (it asked for a tensor and found a
   * Var), restated as the missing rule of that built-in, found on the stack; other errors pass.
   */
  static RuntimeException translate(RuntimeException e) {
    String m = e.getMessage();
    if (!(e instanceof IllegalArgumentException) || m == null || !m.contains("Var")) {
      return e;
    }
    for (StackTraceElement f : e.getStackTrace()) {
      Builtins.Info info = Builtins.info(f.getMethodName());
      if (info != null && info.owner().equals(f.getClassName())) {
        RuntimeException r = noRule(info.name());
        r.initCause(e);
        return r;
      }
    }
    return e;
  }
}
