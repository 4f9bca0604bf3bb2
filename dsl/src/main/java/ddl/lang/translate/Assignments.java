package ddl.lang.translate;

import ddl.lang.ast.Expr;
import ddl.lang.ast.Stmt;
import java.util.List;
import java.util.Set;

/** Collects the names a statement assigns (targets, loop variables), without entering defs. */
final class Assignments {
  private Assignments() {}

  static void collect(Stmt s, Set<String> out) {
    if (s instanceof Stmt.Assign) {
      Expr t = ((Stmt.Assign) s).target();
      if (t instanceof Expr.Name) {
        out.add(((Expr.Name) t).name());
      } else if (t instanceof Expr.Tuple) {
        for (Expr e : ((Expr.Tuple) t).elements()) {
          out.add(((Expr.Name) e).name());
        }
      }
    } else if (s instanceof Stmt.AugAssign) {
      Expr t = ((Stmt.AugAssign) s).target();
      if (t instanceof Expr.Name) {
        out.add(((Expr.Name) t).name());
      }
    } else if (s instanceof Stmt.For) {
      Stmt.For f = (Stmt.For) s;
      out.add(f.variable());
      collectAll(f.body(), out);
    } else if (s instanceof Stmt.While) {
      collectAll(((Stmt.While) s).body(), out);
    } else if (s instanceof Stmt.If) {
      Stmt.If i = (Stmt.If) s;
      collectAll(i.then(), out);
      collectAll(i.otherwise(), out);
    }
  }

  static void collectAll(List<Stmt> stmts, Set<String> out) {
    if (stmts == null) {
      return;
    }
    for (Stmt s : stmts) {
      collect(s, out);
    }
  }
}
