package ddl.lang.translate;

import ddl.lang.Op;
import ddl.lang.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * One loop for a statement's elementwise arithmetic. A tree of {@code + - *} and unary minus with
 * two operators or more, over operands that may be tensors, becomes a lambda called in place: its
 * operands (the leaves, evaluated left to right as Python does) go in as an array. When they are
 * float64 tensors of one shape, all contiguous, and numbers, one loop computes every element with
 * the tree's own operations in its own order, so the values are numpy's bit for bit, and no
 * temporary is made (as numexpr and JAX's jit fuse); the result goes into the tensor the assigned
 * variable alone holds when it fits and is not an operand. The loop is for small and middling
 * tensors, where a call per operator costs more than the arithmetic; from 2^15 elements the
 * operators' own kernels (two threads, temporaries reused in place) are as fast. Anything else
 * (other dtypes, broadcasting, views, a result that is not finite and so owes numpy's warning)
 * takes the operators one by one through {@code Ops}, each on a line of its own so that an error
 * points at its operator.
 *
 * <p>A first run cannot wait for the JIT: one call per statement instead of one per operator cuts
 * the first run of lecture 1's gradient-descent loop to about a third.
 */
final class ElementwiseFusion {
  private ElementwiseFusion() {}

  private static final String FUSED = "ddl.stdlib.Fused";

  /** The fused form of {@code b}, or null when it is not a tree worth fusing. */
  static Code translate(Expr.Binary b, ExprTranslator x) {
    if (operators(b) < 2) {
      return null;
    }
    List<Expr> leaves = new ArrayList<>();
    collect(b, leaves);
    if (leaves.stream().noneMatch(e -> mightBeTensor(e, x))) {
      return null;
    }
    List<Code> codes = new ArrayList<>();
    for (Expr leaf : leaves) {
      codes.add(x.operandCode(leaf));
    }
    if (codes.stream().noneMatch(c -> c.type() == JType.OBJECT)) {
      // numbers only: the operators as the translator writes them for known numbers
      return combine(b, codes.iterator());
    }
    StringBuilder args = new StringBuilder();
    for (int i = 0; i < codes.size(); i++) {
      args.append(codes.get(i).boxed()).append(", ");
    }
    String into = x.fusionTarget(b);
    args.append(into != null ? into : "null");
    int n = codes.size();
    int[] next = {0};
    String loop = element(b, next);
    next[0] = 0;
    // one by one, the operator ExprTranslator writes into the variable's tensor still does so
    Expr.Binary writer = into != null ? InPlaceResults.writer(b) : null;
    String generic = generic(b, next, writer, "v$[" + n + "]");
    StringBuilder java = new StringBuilder("((" + FUSED + ".Kernel) (v$) -> { " + FUSED + " p$ = "
        + FUSED + ".plan(v$, " + n + "); if (p$ != null) { ");
    for (int i = 0; i < n; i++) {
      java.append("double[] a").append(i).append("$ = p$.data[").append(i).append("]; int o")
          .append(i).append("$ = p$.offset[").append(i).append("], s").append(i)
          .append("$ = p$.step[").append(i).append("]; ");
    }
    java.append("double[] r$ = p$.output(v$[").append(n).append("], v$); for (int i$ = 0; i$ < p$.size;")
        .append(" i$++) { r$[i$] = ").append(loop).append("; } Object t$ = p$.result(r$); if (t$ != null)")
        .append(" { return t$; } } return ").append(generic).append("; }).apply(new Object[] {")
        .append(args).append("})");
    return Code.object(java.toString());
  }

  /** The operators over already translated leaves of known types, as ExprTranslator does. */
  private static Code combine(Expr e, java.util.Iterator<Code> leaves) {
    if (!fused(e)) {
      return leaves.next();
    }
    if (e instanceof Expr.Unary) {
      return Arith.negate(combine(((Expr.Unary) e).operand(), leaves));
    }
    Expr.Binary b = (Expr.Binary) e;
    Code l = combine(b.left(), leaves);
    Code r = combine(b.right(), leaves);
    Code known = Arith.numbers(b.op(), l, r);
    if (known != null) {
      return known;
    }
    return Code.object(ExprTranslator.OPS + "." + b.op().method() + "(" + l.boxed() + ", "
        + r.boxed() + ")").prefixed(JavaWriter.mark(b.span()));
  }

  private static boolean fused(Expr e) {
    if (e instanceof Expr.Binary) {
      Op op = ((Expr.Binary) e).op();
      return op == Op.ADD || op == Op.SUB || op == Op.MUL;
    }
    return e instanceof Expr.Unary && ((Expr.Unary) e).op() == Op.NEG
        && !(((Expr.Unary) e).operand() instanceof Expr.Num);
  }

  private static int operators(Expr e) {
    if (!fused(e)) {
      return 0;
    }
    if (e instanceof Expr.Unary) {
      return 1 + operators(((Expr.Unary) e).operand());
    }
    Expr.Binary b = (Expr.Binary) e;
    return 1 + operators(b.left()) + operators(b.right());
  }

  private static void collect(Expr e, List<Expr> leaves) {
    if (!fused(e)) {
      leaves.add(e);
    } else if (e instanceof Expr.Unary) {
      collect(((Expr.Unary) e).operand(), leaves);
    } else {
      collect(((Expr.Binary) e).left(), leaves);
      collect(((Expr.Binary) e).right(), leaves);
    }
  }

  /** Whether a leaf can hold a tensor: anything but a number literal or a variable of number type. */
  private static boolean mightBeTensor(Expr e, ExprTranslator x) {
    if (e instanceof Expr.Num) {
      return false;
    }
    if (e instanceof Expr.Unary && ((Expr.Unary) e).operand() instanceof Expr.Num) {
      return false;
    }
    if (e instanceof Expr.Name) {
      return x.localType(((Expr.Name) e).name()) == JType.OBJECT;
    }
    return true;
  }

  /** The tree for element i$ of the loop, the leaves as a{k}$[o{k}$ + i$ * s{k}$]. */
  private static String element(Expr e, int[] next) {
    if (!fused(e)) {
      int k = next[0]++;
      return "a" + k + "$[o" + k + "$ + i$ * s" + k + "$]";
    }
    if (e instanceof Expr.Unary) {
      return "(-" + element(((Expr.Unary) e).operand(), next) + ")";
    }
    Expr.Binary b = (Expr.Binary) e;
    String l = element(b.left(), next);
    String r = element(b.right(), next);
    return "(" + l + " " + b.op().symbol() + " " + r + ")";
  }

  /**
   * The operators one by one through Ops, each marked with its span; an operator's own result is
   * a temporary the next one may write into (Ops.addFresh and friends), as ExprTranslator does.
   */
  private static String generic(Expr e, int[] next, Expr.Binary writer, String into) {
    if (!fused(e)) {
      return "v$[" + next[0]++ + "]";
    }
    if (e instanceof Expr.Unary) {
      return JavaWriter.mark(e.span()) + ExprTranslator.OPS + ".neg("
          + generic(((Expr.Unary) e).operand(), next, writer, into) + ")";
    }
    Expr.Binary b = (Expr.Binary) e;
    String l = generic(b.left(), next, writer, into);
    String r = generic(b.right(), next, writer, into);
    String op = ExprTranslator.OPS + "." + b.op().method();
    String call;
    if (fused(b.left()) && b.left() instanceof Expr.Binary) {
      call = op + "Fresh(" + l + ", " + r + ")";
    } else if (fused(b.right()) && b.right() instanceof Expr.Binary && b.op() != Op.SUB) {
      call = op + "Fresh(" + r + ", " + l + ")";
    } else if (b == writer) {
      call = op + "To(" + l + ", " + r + ", " + into + ")";
    } else {
      call = op + "(" + l + ", " + r + ")";
    }
    return JavaWriter.mark(b.span()) + call;
  }
}
