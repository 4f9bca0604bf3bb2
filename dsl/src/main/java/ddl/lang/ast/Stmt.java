package ddl.lang.ast;

import ddl.lang.Op;
import ddl.lang.Span;
import java.util.List;

/**
 * A ddl statement. Every node is a record carrying its {@link Span}; passes use a {@link Visitor}
 * so that adding a node breaks every pass that does not handle it at compile time. Bodies of blocks
 * are plain lists of statements.
 */
public sealed interface Stmt {

  /** Where the statement is in the source. */
  Span span();

  /** Calls the visitor method for this kind of statement. */
  <R> R accept(Visitor<R> visitor);

  /** One method per kind of statement. */
  interface Visitor<R> {
    R visitExpression(Expression stmt);

    R visitAssign(Assign stmt);

    R visitAugAssign(AugAssign stmt);

    R visitDef(Def stmt);

    R visitReturn(Return stmt);

    R visitIf(If stmt);

    R visitFor(For stmt);

    R visitWhile(While stmt);

    R visitBreak(Break stmt);

    R visitContinue(Continue stmt);

    R visitJava(Java stmt);
  }

  /**
   * An expression evaluated for its value or effect.
   *
   * @param expr the expression
   * @param silent true when the statement ended with {@code ;}: the REPL does not display it
   * @param span the expression
   */
  record Expression(Expr expr, boolean silent, Span span) implements Stmt {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitExpression(this);
    }
  }

  /**
   * {@code target = value}; the target is an {@link Expr.Name}, {@link Expr.Index} ({@code a[0, :]
   * = 0}, a mask {@code x[x > 40] = 0}) or {@link Expr.Member} ({@code obj.f = 1}).
   *
   * @param target what is assigned
   * @param value the new value
   * @param span target to value
   */
  record Assign(Expr target, Expr value, Span span) implements Stmt {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAssign(this);
    }
  }

  /**
   * {@code target op= value}, such as {@code x += 1}; in place for tensors, as numpy. Targets as
   * for {@link Assign}.
   *
   * @param target what is updated
   * @param op the binary operator applied
   * @param value the right operand
   * @param span target to value
   */
  record AugAssign(Expr target, Op op, Expr value, Span span) implements Stmt {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAugAssign(this);
    }
  }

  /**
   * A parameter of a {@code def}.
   *
   * @param name the parameter name
   * @param defaultValue its default, or null when the caller must pass it
   * @param span name to default value
   */
  record Param(String name, Expr defaultValue, Span span) {}

  /**
   * A function definition. The one-line form {@code def f(x) = e} is stored as the body {@code
   * [return e]} with {@code expressionBody} set, so passes treat both forms alike.
   *
   * @param name the function name
   * @param nameSpan where the name is
   * @param params the parameters; those with defaults come last
   * @param body the statements of the body
   * @param expressionBody true for the one-line {@code = expr} form
   * @param span {@code def} to the end of the body
   */
  record Def(
      String name,
      Span nameSpan,
      List<Param> params,
      List<Stmt> body,
      boolean expressionBody,
      Span span)
      implements Stmt {
    /** Copies the lists so the node is immutable. */
    public Def {
      params = List.copyOf(params);
      body = List.copyOf(body);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDef(this);
    }
  }

  /**
   * {@code return} or {@code return value}, only inside a {@code def}.
   *
   * @param value the result, or null
   * @param span the statement
   */
  record Return(Expr value, Span span) implements Stmt {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitReturn(this);
    }
  }

  /**
   * {@code if c { } else { }}; {@code else if} is an else branch holding a single {@link If}.
   *
   * @param condition the test
   * @param then the statements run when it holds
   * @param otherwise the else branch, empty when absent
   * @param span {@code if} to the last closing brace
   */
  record If(Expr condition, List<Stmt> then, List<Stmt> otherwise, Span span) implements Stmt {
    /** Copies the lists so the node is immutable. */
    public If {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitIf(this);
    }
  }

  /**
   * {@code for name in iterable { }}: over {@code range(...)}, or the first axis of a tensor.
   *
   * @param variable the loop variable
   * @param variableSpan where it is
   * @param iterable what is iterated
   * @param body the loop body
   * @param span {@code for} to the closing brace
   */
  record For(String variable, Span variableSpan, Expr iterable, List<Stmt> body, Span span)
      implements Stmt {
    /** Copies the list so the node is immutable. */
    public For {
      body = List.copyOf(body);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitFor(this);
    }
  }

  /**
   * {@code while condition { }}.
   *
   * @param condition the test
   * @param body the loop body
   * @param span {@code while} to the closing brace
   */
  record While(Expr condition, List<Stmt> body, Span span) implements Stmt {
    /** Copies the list so the node is immutable. */
    public While {
      body = List.copyOf(body);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitWhile(this);
    }
  }

  /**
   * {@code break}, only inside a loop.
   *
   * @param span the keyword
   */
  record Break(Span span) implements Stmt {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBreak(this);
    }
  }

  /**
   * {@code continue}, only inside a loop.
   *
   * @param span the keyword
   */
  record Continue(Span span) implements Stmt {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitContinue(this);
    }
  }

  /**
   * A statement of plain Java, handed to JShell untouched ({@code int n = 3;}, {@code class P {}}).
   *
   * @param code the source text as written
   * @param span where it is
   */
  record Java(String code, Span span) implements Stmt {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitJava(this);
    }
  }
}
