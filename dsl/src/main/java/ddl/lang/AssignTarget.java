package ddl.lang;

import ddl.lang.ast.Expr;

/**
 * Says whether an expression can stand left of {@code =}: null for a name, an index or a member,
 * otherwise what it is, for the message {@code cannot assign to a function call}.
 */
final class AssignTarget implements Expr.Visitor<String> {

  static final AssignTarget INSTANCE = new AssignTarget();

  private AssignTarget() {}

  @Override
  public String visitNum(Expr.Num num) {
    return "a literal";
  }

  @Override
  public String visitStr(Expr.Str str) {
    return "a literal";
  }

  @Override
  public String visitBool(Expr.Bool bool) {
    return "a literal";
  }

  @Override
  public String visitNone(Expr.None none) {
    return "None";
  }

  @Override
  public String visitName(Expr.Name name) {
    return null;
  }

  @Override
  public String visitArray(Expr.Array array) {
    return "an array literal";
  }

  @Override
  public String visitTuple(Expr.Tuple tuple) {
    return "a tuple";
  }

  @Override
  public String visitUnary(Expr.Unary unary) {
    return "an expression";
  }

  @Override
  public String visitBinary(Expr.Binary binary) {
    return binary.op().isComparison() ? "a comparison" : "an expression";
  }

  @Override
  public String visitCall(Expr.Call call) {
    return "a function call";
  }

  @Override
  public String visitMember(Expr.Member member) {
    return null;
  }

  @Override
  public String visitIndex(Expr.Index index) {
    return null;
  }

  @Override
  public String visitNew(Expr.New expr) {
    return "a new object";
  }
}
