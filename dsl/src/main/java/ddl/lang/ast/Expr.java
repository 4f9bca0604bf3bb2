package ddl.lang.ast;

import ddl.lang.Op;
import ddl.lang.Span;
import java.util.List;
import java.util.Objects;

/**
 * A ddl expression. Every node is a record carrying its {@link Span}; passes use a {@link Visitor}
 * so that adding a node breaks every pass that does not handle it at compile time.
 *
 * <p>{@code pi}, {@code inf} and {@code nan} are plain {@link Name}s, resolved later like any
 * built-in; {@code None} and {@code newaxis} are both {@link None}.
 */
public sealed interface Expr extends IndexItem {

  /** Calls the visitor method for this kind of expression. */
  <R> R accept(Visitor<R> visitor);

  @Override
  default <R> R acceptItem(IndexItem.Visitor<R> visitor) {
    return visitor.visitExpr(this);
  }

  /** One method per kind of expression. */
  interface Visitor<R> {
    R visitNum(Num num);

    R visitStr(Str str);

    R visitBool(Bool bool);

    R visitNone(None none);

    R visitName(Name name);

    R visitArray(Array array);

    R visitTuple(Tuple tuple);

    R visitUnary(Unary unary);

    R visitBinary(Binary binary);

    R visitCall(Call call);

    R visitMember(Member member);

    R visitIndex(Index index);

    R visitNew(New expr);
  }

  /**
   * A number literal, kept as written ({@code 10_000_000}, {@code 1e-4}).
   *
   * @param text the literal's source text
   * @param isInt true for an integer literal (no point, no exponent): an int64 value
   * @param span where it is
   */
  record Num(String text, boolean isInt, Span span) implements Expr {
    /** The value of an integer literal that fits in a long (see {@link #bigValue}). */
    public long longValue() {
      return Long.parseLong(text.replace("_", ""));
    }

    /** The value of an integer literal of any size, as Python's ints. */
    public java.math.BigInteger bigValue() {
      return new java.math.BigInteger(text.replace("_", ""));
    }

    /** The value as a double, for either kind. */
    public double doubleValue() {
      return Double.parseDouble(text.replace("_", ""));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNum(this);
    }
  }

  /**
   * A string literal.
   *
   * @param value the string with escapes applied
   * @param span where it is, quotes included
   */
  record Str(String value, Span span) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitStr(this);
    }
  }

  /**
   * {@code true}/{@code True} or {@code false}/{@code False}.
   *
   * @param value the truth value
   * @param span where it is
   */
  record Bool(boolean value, Span span) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBool(this);
    }
  }

  /**
   * {@code None} or {@code newaxis}: Java's null, and a new axis when used as an index.
   *
   * @param span where it is
   */
  record None(Span span) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNone(this);
    }
  }

  /**
   * A variable, function or constant name.
   *
   * @param name the identifier
   * @param span where it is
   */
  record Name(String name, Span span) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitName(this);
    }
  }

  /**
   * An array literal {@code [a, b, [c]]}.
   *
   * @param elements the element expressions
   * @param span brackets included
   */
  record Array(List<Expr> elements, Span span) implements Expr {
    /** Copies the list so the node is immutable. */
    public Array {
      elements = List.copyOf(elements);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitArray(this);
    }
  }

  /**
   * A tuple {@code ()}, {@code (3,)} or {@code (3, 4)}.
   *
   * @param elements the element expressions
   * @param span parentheses included
   */
  record Tuple(List<Expr> elements, Span span) implements Expr {
    /** Copies the list so the node is immutable. */
    public Tuple {
      elements = List.copyOf(elements);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitTuple(this);
    }
  }

  /**
   * A prefix operation: {@code -x}, {@code +x}, {@code ~m}, {@code not c}.
   *
   * @param op a unary operator
   * @param operand the operand
   * @param span operator and operand
   */
  record Unary(Op op, Expr operand, Span span) implements Expr {
    /** Checks that {@code op} is a prefix operator. */
    public Unary {
      if (!op.isUnary()) {
        throw new IllegalArgumentException(op + " is not unary");
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitUnary(this);
    }
  }

  /**
   * An infix operation, logical ones included.
   *
   * @param op a binary operator
   * @param left the left operand
   * @param right the right operand
   * @param span both operands
   */
  record Binary(Op op, Expr left, Expr right, Span span) implements Expr {
    /** Checks that {@code op} is an infix operator. */
    public Binary {
      if (op.isUnary()) {
        throw new IllegalArgumentException(op + " is not binary");
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBinary(this);
    }
  }

  /**
   * A keyword argument {@code name=value} of a call.
   *
   * @param name the keyword
   * @param value the argument
   * @param span keyword and value
   */
  record Keyword(String name, Expr value, Span span) {}

  /**
   * A call {@code f(a, b, axis=1)}; a method call {@code A.sum(0)} is a call of a {@link Member}.
   *
   * @param callee what is called
   * @param args positional arguments, in order
   * @param keywords keyword arguments, in order, names distinct
   * @param span callee to closing parenthesis
   */
  record Call(Expr callee, List<Expr> args, List<Keyword> keywords, Span span) implements Expr {
    /** Copies the lists so the node is immutable. */
    public Call {
      args = List.copyOf(args);
      keywords = List.copyOf(keywords);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCall(this);
    }
  }

  /**
   * Member access {@code A.T}, {@code Math.PI}.
   *
   * @param target the object
   * @param name the member name
   * @param nameSpan where the member name is
   * @param span target to name
   */
  record Member(Expr target, String name, Span nameSpan, Span span) implements Expr {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitMember(this);
    }
  }

  /**
   * Indexing {@code a[1:, ::2]}, {@code a[x > 0]}, {@code a[None, :]}.
   *
   * @param target the indexed value
   * @param items one item per comma-separated position, at least one
   * @param span target to closing bracket
   */
  record Index(Expr target, List<IndexItem> items, Span span) implements Expr {
    /** Copies the list so the node is immutable. */
    public Index {
      items = List.copyOf(items);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitIndex(this);
    }
  }

  /**
   * A Java constructor call {@code new java.util.Random(1)}.
   *
   * @param type the class name as written, qualified and with type arguments ({@code
   *     java.util.ArrayList<>})
   * @param args constructor arguments
   * @param span {@code new} to closing parenthesis
   */
  record New(String type, List<Expr> args, Span span) implements Expr {
    /** Copies the list so the node is immutable. */
    public New {
      Objects.requireNonNull(type);
      args = List.copyOf(args);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNew(this);
    }
  }
}
