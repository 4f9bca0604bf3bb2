package ddl.lang.translate;

import ddl.lang.Op;
import ddl.lang.ast.Expr;

/**
 * Which operator of an expression may write its result in place (docs/architecture.md, "Memory of
 * results"): ExprTranslator and ElementwiseFusion ask here, then emit {@code Ops.addFresh} (into a
 * temporary) and {@code Ops.addTo} (into the assigned variable's tensor) accordingly.
 */
final class InPlaceResults {
  private InPlaceResults() {}

  /** Whether an expression's value is a new tensor nothing else refers to (an arithmetic result). */
  static boolean isFreshTensorOp(Expr e) {
    if (e instanceof Expr.Binary) {
      Op op = ((Expr.Binary) e).op();
      return op == Op.ADD || op == Op.SUB || op == Op.MUL || op == Op.DIV || op == Op.POW
          || op == Op.MATMUL;
    }
    return false;
  }

  /**
   * The operator of {@code value} that writes into the assigned variable: down the temporaries
   * that outer operators update in place with a number ({@code 2*x + 1}: the innermost one), since
   * nothing after it can fail or read the variable.
   */
  static Expr.Binary writer(Expr.Binary value) {
    Expr.Binary node = value;
    for (Expr.Binary inner = updatedTemporary(node); inner != null; inner = updatedTemporary(node)) {
      node = inner;
    }
    return node;
  }

  /**
   * The operand of {@code b} whose temporary {@code b} updates in place (as visitBinary chooses),
   * when the other operand is a number literal; else null.
   */
  private static Expr.Binary updatedTemporary(Expr.Binary b) {
    Op op = b.op();
    Expr fresh = null;
    Expr other = null;
    if (op == Op.ADD || op == Op.SUB || op == Op.MUL || op == Op.DIV) {
      if (isFreshTensorOp(b.left())) {
        fresh = b.left();
        other = b.right();
      } else if (isFreshTensorOp(b.right()) && (op == Op.ADD || op == Op.MUL)) {
        fresh = b.right();
        other = b.left();
      }
    }
    boolean literal = other instanceof Expr.Num
        || (other instanceof Expr.Unary
            && ((Expr.Unary) other).op() == Op.NEG
            && ((Expr.Unary) other).operand() instanceof Expr.Num);
    return fresh != null && literal ? (Expr.Binary) fresh : null;
  }
}
