package ddl.lang.translate;

import ddl.lang.ast.Expr;
import ddl.lang.ast.IndexItem;
import ddl.lang.ast.Stmt;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of some names a loop assigns before every use of them in its body, on every path: such
 * a name never shows a value from before the loop, so the loop may keep it in a Java local of its
 * own from the start.
 */
final class DefiniteAssignment {
  private final Set<String> candidates;
  private final Set<String> usedUnassigned = new HashSet<>();

  private DefiniteAssignment(Set<String> candidates) {
    this.candidates = candidates;
  }

  /** The names of {@code candidates} that {@code loop} assigns before it reads them. */
  static Set<String> of(Stmt loop, Set<String> candidates) {
    DefiniteAssignment d = new DefiniteAssignment(candidates);
    if (loop instanceof Stmt.For) {
      Stmt.For f = (Stmt.For) loop;
      d.reads(f.iterable(), Set.of());
      Set<String> in = new HashSet<>(Set.of(f.variable()));
      d.block(f.body(), in);
    } else if (loop instanceof Stmt.While) {
      Stmt.While w = (Stmt.While) loop;
      d.reads(w.condition(), Set.of());
      d.block(w.body(), new HashSet<>());
    }
    Set<String> r = new LinkedHashSet<>(candidates);
    r.removeAll(d.usedUnassigned);
    return r;
  }

  /** Walks a block with the names assigned on every path so far; returns them after it. */
  private Set<String> block(List<Stmt> stmts, Set<String> assigned) {
    Set<String> a = new HashSet<>(assigned);
    for (Stmt s : stmts) {
      a = statement(s, a);
    }
    return a;
  }

  private Set<String> statement(Stmt s, Set<String> a) {
    if (s instanceof Stmt.Assign) {
      Stmt.Assign as = (Stmt.Assign) s;
      reads(as.value(), a);
      if (as.target() instanceof Expr.Name) {
        a.add(((Expr.Name) as.target()).name());
      } else if (as.target() instanceof Expr.Tuple) {
        for (Expr e : ((Expr.Tuple) as.target()).elements()) {
          reads(e, Set.of()); // an unpacked name is an Object: never typed
        }
      } else {
        reads(as.target(), a);
      }
    } else if (s instanceof Stmt.AugAssign) {
      reads(((Stmt.AugAssign) s).value(), a);
      reads(((Stmt.AugAssign) s).target(), a);
    } else if (s instanceof Stmt.Expression) {
      reads(((Stmt.Expression) s).expr(), a);
    } else if (s instanceof Stmt.Return) {
      if (((Stmt.Return) s).value() != null) {
        reads(((Stmt.Return) s).value(), a);
      }
    } else if (s instanceof Stmt.If) {
      Stmt.If i = (Stmt.If) s;
      reads(i.condition(), a);
      Set<String> then = block(i.then(), a);
      Set<String> other = block(i.otherwise(), a);
      then.retainAll(other);
      a.addAll(then);
    } else if (s instanceof Stmt.For) {
      Stmt.For f = (Stmt.For) s;
      reads(f.iterable(), a);
      Set<String> in = new HashSet<>(a);
      in.add(f.variable());
      block(f.body(), in); // the body may not run: nothing it assigns counts after it
    } else if (s instanceof Stmt.While) {
      reads(((Stmt.While) s).condition(), a);
      block(((Stmt.While) s).body(), a);
    } else if (s instanceof Stmt.Java) {
      usedUnassigned.addAll(candidates); // Java reads the session's variables, not the loop's
    }
    return a;
  }

  private void reads(Expr e, Set<String> assigned) {
    e.accept(new Reads(assigned));
  }

  /** Notes the candidates an expression reads that are not assigned yet. */
  private final class Reads implements Expr.Visitor<Void> {
    private final Set<String> assigned;

    Reads(Set<String> assigned) {
      this.assigned = assigned;
    }

    private void all(List<Expr> es) {
      for (Expr e : es) {
        e.accept(this);
      }
    }

    @Override
    public Void visitNum(Expr.Num n) {
      return null;
    }

    @Override
    public Void visitStr(Expr.Str s) {
      return null;
    }

    @Override
    public Void visitBool(Expr.Bool b) {
      return null;
    }

    @Override
    public Void visitNone(Expr.None n) {
      return null;
    }

    @Override
    public Void visitName(Expr.Name n) {
      if (candidates.contains(n.name()) && !assigned.contains(n.name())) {
        usedUnassigned.add(n.name());
      }
      return null;
    }

    @Override
    public Void visitArray(Expr.Array a) {
      all(a.elements());
      return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple tu) {
      all(tu.elements());
      return null;
    }

    @Override
    public Void visitUnary(Expr.Unary u) {
      return u.operand().accept(this);
    }

    @Override
    public Void visitBinary(Expr.Binary b) {
      b.left().accept(this);
      return b.right().accept(this);
    }

    @Override
    public Void visitCall(Expr.Call c) {
      c.callee().accept(this);
      all(c.args());
      for (Expr.Keyword k : c.keywords()) {
        k.value().accept(this);
      }
      return null;
    }

    @Override
    public Void visitMember(Expr.Member m) {
      return m.target().accept(this);
    }

    @Override
    public Void visitIndex(Expr.Index ix) {
      ix.target().accept(this);
      for (IndexItem item : ix.items()) {
        if (item instanceof IndexItem.Slice) {
          IndexItem.Slice s = (IndexItem.Slice) item;
          for (Expr part : new Expr[] {s.start(), s.stop(), s.step()}) {
            if (part != null) {
              part.accept(this);
            }
          }
        } else if (item instanceof Expr) {
          ((Expr) item).accept(this);
        }
      }
      return null;
    }

    @Override
    public Void visitNew(Expr.New n) {
      all(n.args());
      return null;
    }
  }
}
