package ddl.lang.ast;

import ddl.lang.Op;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints an AST back to ddl source that parses to the same tree. Expressions get parentheses only
 * where precedence needs them, or around every operation in {@linkplain #printParenthesized the
 * explicit form} used to show how an expression grouped ({@code -2 ** 2} → {@code (-(2 ** 2))}).
 * Blocks are indented by two spaces; {@code True}/{@code False} print as {@code true}/{@code false}
 * and {@code newaxis} as {@code None}.
 */
public final class AstPrinter implements Stmt.Visitor<Void> {

  private final StringBuilder out = new StringBuilder();
  private final Exprs exprs;
  private int indent;

  private AstPrinter(boolean explicit) {
    this.exprs = new Exprs(explicit);
  }

  /** A whole program, one statement per line. */
  public static String print(Program program) {
    AstPrinter printer = new AstPrinter(false);
    printer.statements(program.statements());
    return printer.out.toString();
  }

  /** One statement, with its nested blocks, ending in a line break. */
  public static String print(Stmt stmt) {
    AstPrinter printer = new AstPrinter(false);
    printer.statement(stmt);
    return printer.out.toString();
  }

  /** One expression with as few parentheses as its meaning allows. */
  public static String print(Expr expr) {
    return new Exprs(false).print(expr, 0);
  }

  /**
   * One expression with every operation in parentheses, showing how it grouped: {@code a + b *
   * c} gives {@code (a + (b * c))}.
   */
  public static String printParenthesized(Expr expr) {
    return new Exprs(true).print(expr, 0);
  }

  private void statements(List<Stmt> statements) {
    for (Stmt stmt : statements) {
      statement(stmt);
    }
  }

  private void statement(Stmt stmt) {
    out.append("  ".repeat(indent));
    stmt.accept(this);
    out.append('\n');
  }

  private void block(List<Stmt> body) {
    out.append("{\n");
    indent++;
    statements(body);
    indent--;
    out.append("  ".repeat(indent)).append('}');
  }

  private String expr(Expr expr) {
    return exprs.print(expr, 0);
  }

  @Override
  public Void visitExpression(Stmt.Expression stmt) {
    out.append(expr(stmt.expr())).append(stmt.silent() ? ";" : "");
    return null;
  }

  @Override
  public Void visitAssign(Stmt.Assign stmt) {
    out.append(expr(stmt.target())).append(" = ").append(expr(stmt.value()));
    return null;
  }

  @Override
  public Void visitAugAssign(Stmt.AugAssign stmt) {
    out.append(expr(stmt.target()))
        .append(' ')
        .append(stmt.op().symbol())
        .append("= ")
        .append(expr(stmt.value()));
    return null;
  }

  @Override
  public Void visitDef(Stmt.Def stmt) {
    String params =
        stmt.params().stream()
            .map(p -> p.defaultValue() == null ? p.name() : p.name() + "=" + expr(p.defaultValue()))
            .collect(Collectors.joining(", "));
    out.append("def ").append(stmt.name()).append('(').append(params).append(") ");
    if (stmt.expressionBody()) {
      out.append("= ").append(expr(((Stmt.Return) stmt.body().get(0)).value()));
    } else {
      block(stmt.body());
    }
    return null;
  }

  @Override
  public Void visitReturn(Stmt.Return stmt) {
    out.append("return");
    if (stmt.value() != null) {
      out.append(' ').append(expr(stmt.value()));
    }
    return null;
  }

  @Override
  public Void visitIf(Stmt.If stmt) {
    out.append("if ").append(expr(stmt.condition())).append(' ');
    block(stmt.then());
    List<Stmt> otherwise = stmt.otherwise();
    if (otherwise.size() == 1 && otherwise.get(0) instanceof Stmt.If elseIf) {
      out.append(" else ");
      visitIf(elseIf);
    } else if (!otherwise.isEmpty()) {
      out.append(" else ");
      block(otherwise);
    }
    return null;
  }

  @Override
  public Void visitFor(Stmt.For stmt) {
    out.append("for ").append(stmt.variable()).append(" in ");
    out.append(expr(stmt.iterable())).append(' ');
    block(stmt.body());
    return null;
  }

  @Override
  public Void visitWhile(Stmt.While stmt) {
    out.append("while ").append(expr(stmt.condition())).append(' ');
    block(stmt.body());
    return null;
  }

  @Override
  public Void visitBreak(Stmt.Break stmt) {
    out.append("break");
    return null;
  }

  @Override
  public Void visitContinue(Stmt.Continue stmt) {
    out.append("continue");
    return null;
  }

  @Override
  public Void visitJava(Stmt.Java stmt) {
    out.append(stmt.code());
    return null;
  }

  /** Expressions and index items, each printed with the precedence its context requires. */
  private static final class Exprs implements Expr.Visitor<String>, IndexItem.Visitor<String> {

    private final boolean explicit;

    Exprs(boolean explicit) {
      this.explicit = explicit;
    }

    /** {@code expr}, in parentheses if it binds more loosely than {@code minPrecedence}. */
    String print(Expr expr, int minPrecedence) {
      String text = expr.accept(this);
      boolean operation = expr instanceof Expr.Binary || expr instanceof Expr.Unary;
      if ((explicit && operation) || precedence(expr) < minPrecedence) {
        return "(" + text + ")";
      }
      return text;
    }

    private static int precedence(Expr expr) {
      if (expr instanceof Expr.Binary binary) {
        return binary.op().precedence();
      }
      if (expr instanceof Expr.Unary unary) {
        return unary.op().precedence();
      }
      if (expr instanceof Expr.Call || expr instanceof Expr.Member || expr instanceof Expr.Index) {
        return Op.POSTFIX;
      }
      return Op.ATOM;
    }

    private String list(List<Expr> exprs) {
      return exprs.stream().map(e -> print(e, 0)).collect(Collectors.joining(", "));
    }

    @Override
    public String visitNum(Expr.Num num) {
      return num.text();
    }

    @Override
    public String visitStr(Expr.Str str) {
      return quote(str.value());
    }

    @Override
    public String visitBool(Expr.Bool bool) {
      return bool.value() ? "true" : "false";
    }

    @Override
    public String visitNone(Expr.None none) {
      return "None";
    }

    @Override
    public String visitName(Expr.Name name) {
      return name.name();
    }

    @Override
    public String visitArray(Expr.Array array) {
      return "[" + list(array.elements()) + "]";
    }

    @Override
    public String visitTuple(Expr.Tuple tuple) {
      String inner = list(tuple.elements());
      return tuple.elements().size() == 1 ? "(" + inner + ",)" : "(" + inner + ")";
    }

    @Override
    public String visitUnary(Expr.Unary unary) {
      String operand = print(unary.operand(), unary.op().precedence());
      return unary.op() == Op.NOT ? "not " + operand : unary.op().symbol() + operand;
    }

    @Override
    public String visitBinary(Expr.Binary binary) {
      Op op = binary.op();
      int p = op.precedence();
      int left;
      int right;
      switch (op.assoc()) {
        case LEFT -> {
          left = p;
          right = p + 1;
        }
        case RIGHT -> {
          // only '**': its left is a postfix expression, its right may start with a prefix
          left = p + 1;
          right = Op.NEG.precedence();
        }
        default -> {
          left = p + 1;
          right = p + 1;
        }
      }
      return print(binary.left(), left) + " " + op.symbol() + " " + print(binary.right(), right);
    }

    @Override
    public String visitCall(Expr.Call call) {
      StringBuilder args = new StringBuilder(list(call.args()));
      for (Expr.Keyword keyword : call.keywords()) {
        if (args.length() > 0) {
          args.append(", ");
        }
        args.append(keyword.name()).append('=').append(print(keyword.value(), 0));
      }
      return print(call.callee(), Op.POSTFIX) + "(" + args + ")";
    }

    @Override
    public String visitMember(Expr.Member member) {
      // a number before '.' would read as a decimal point
      int min = member.target() instanceof Expr.Num ? Op.ATOM + 1 : Op.POSTFIX;
      return print(member.target(), min) + "." + member.name();
    }

    @Override
    public String visitIndex(Expr.Index index) {
      String items =
          index.items().stream().map(i -> i.acceptItem(this)).collect(Collectors.joining(", "));
      return print(index.target(), Op.POSTFIX) + "[" + items + "]";
    }

    @Override
    public String visitNew(Expr.New expr) {
      return "new " + expr.type() + "(" + list(expr.args()) + ")";
    }

    @Override
    public String visitExpr(Expr expr) {
      return print(expr, 0);
    }

    @Override
    public String visitSlice(IndexItem.Slice slice) {
      StringBuilder text = new StringBuilder();
      if (slice.start() != null) {
        text.append(print(slice.start(), 0));
      }
      text.append(':');
      if (slice.stop() != null) {
        text.append(print(slice.stop(), 0));
      }
      if (slice.step() != null) {
        text.append(':').append(print(slice.step(), 0));
      }
      return text.toString();
    }

    @Override
    public String visitEllipsis(IndexItem.Ellipsis ellipsis) {
      return "...";
    }

    /** A double-quoted ddl string literal for {@code value}, with Java escapes. */
    static String quote(String value) {
      StringBuilder text = new StringBuilder("\"");
      for (char c : value.toCharArray()) {
        switch (c) {
          case '"' -> text.append("\\\"");
          case '\\' -> text.append("\\\\");
          case '\n' -> text.append("\\n");
          case '\t' -> text.append("\\t");
          case '\r' -> text.append("\\r");
          case '\b' -> text.append("\\b");
          case '\f' -> text.append("\\f");
          default -> {
            if (c < 0x20 || c == 0x7f) {
              text.append(String.format("\\u%04x", (int) c));
            } else {
              text.append(c);
            }
          }
        }
      }
      return text.append('"').toString();
    }
  }
}
