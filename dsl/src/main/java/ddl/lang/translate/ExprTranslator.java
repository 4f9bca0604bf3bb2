package ddl.lang.translate;

import ddl.lang.DdlError;
import ddl.lang.Op;
import ddl.lang.Span;
import ddl.lang.Suggest;
import ddl.lang.ast.Expr;
import ddl.lang.ast.IndexItem;
import ddl.stdlib.Builtins;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Translates ddl expressions to Java expressions with a static type: plain nested calls of
 * {@code Ops}, {@code Lang}, {@code Members} and the built-ins, and primitive Java arithmetic where
 * both operands are known numbers.
 */
final class ExprTranslator implements Expr.Visitor<Code> {
  static final String OPS = "ddl.stdlib.Ops";
  static final String LANG = "ddl.stdlib.Lang";
  static final String MEMBERS = "ddl.stdlib.Members";

  /** Strings longer than this are kept by the session, not written into the Java. */
  static final int LARGE_STRING = 2_000;
  /** Array literals of more numbers than this are built from data, not from Java code. */
  static final int LARGE_ARRAY = 64;

  private final Translator t;
  Scope scope;

  ExprTranslator(Translator t, Scope scope) {
    this.t = t;
    this.scope = scope;
  }

  Code translate(Expr e) {
    Code c = e.accept(this);
    if (e instanceof Expr.Call || e instanceof Expr.Index || e instanceof Expr.New
        || (e instanceof Expr.Binary && c.type() == JType.OBJECT)
        || (e instanceof Expr.Member && c.type() == JType.OBJECT)) {
      // the call starts a Java line of its own, so a run-time error maps to this expression
      return c.prefixed(JavaWriter.mark(e.span()));
    }
    return c;
  }

  @Override
  public Code visitNum(Expr.Num n) {
    String text = n.text().replace("_", "");
    if (n.isInt()) {
      return Arith.constant(new java.math.BigInteger(text), null);
    }
    double v = Double.parseDouble(text);
    if (Double.isInfinite(v)) {
      return new Code("Double.POSITIVE_INFINITY", JType.DOUBLE);
    }
    return new Code(Double.toString(v), JType.DOUBLE);
  }

  @Override
  public Code visitStr(Expr.Str s) {
    String kept = s.value().length() > LARGE_STRING ? t.env().constant(s.value()) : null;
    return Code.object(kept != null ? "((String) " + kept + ")" : Names.literal(s.value()));
  }

  @Override
  public Code visitBool(Expr.Bool b) {
    return new Code(Boolean.toString(b.value()), JType.BOOLEAN);
  }

  @Override
  public Code visitNone(Expr.None n) {
    return Code.object("(Object) null");
  }

  @Override
  public Code visitName(Expr.Name n) {
    return nameValue(n, true);
  }

  /**
   * An operand of an arithmetic or comparison operator: a variable is read without marking its
   * value shared, since the operators never keep their operands (see Ops.addTo).
   */
  private Code operand(Expr e) {
    return e instanceof Expr.Name ? nameValue((Expr.Name) e, false) : translate(e);
  }

  /** An operand of fused elementwise arithmetic (see ElementwiseFusion). */
  Code operandCode(Expr e) {
    return operand(e);
  }

  /** How to read the variable {@code b} is assigned to when the result may go into it, else null. */
  String fusionTarget(Expr.Binary b) {
    return b == assignedRoot ? targetJava : null;
  }

  /** The static type of a local variable; OBJECT for a global or an unknown name. */
  JType localType(String name) {
    Scope.Local local = scope.lookup(name);
    return local != null ? local.type() : JType.OBJECT;
  }

  /**
   * A name as an expression. With {@code share}, a variable's value is read through Lang.shared:
   * it may be referred to from elsewhere from now on.
   */
  private Code nameValue(Expr.Name n, boolean share) {
    String name = n.name();
    if (name.equals("_")) {
      return variable(Code.object(Names.LAST), share);
    }
    Scope.Local local = scope.lookup(name);
    if (local != null) {
      return variable(new Code(local.java(), local.type()), share);
    }
    JType global = t.globalType(name, scope.inFunction());
    if (global != null) {
      // ddl variables are Objects in Java; only Java lines declare primitive ones
      JType declared = t.env().javaType(name);
      return variable(new Code(Names.java(name), declared != null ? declared : JType.OBJECT), share);
    }
    Environment.DefSignature def = t.def(name, scope.inFunction());
    if (def != null) {
      return Code.object(functionValue(def));
    }
    Code constant = Constants.of(name);
    if (constant != null) {
      return constant;
    }
    if (Builtins.has(name)) {
      return Code.object("ddl.stdlib.Builtins.function(" + Names.CTX + ", " + Names.literal(name) + ")");
    }
    if (t.env().isClass(name)) {
      return Code.object(name + ".class");
    }
    if (scope.inFunction() && !name.equals("_") && unknown(n.span(), name).hint() == null) {
      // a def may use a top-level name defined after it, as in Python: it is looked up when the
      // def runs, and an error then if it still does not exist
      t.lateGlobal(name);
      return variable(Code.object(LANG + ".defined(" + Names.java(name) + ", " + Names.literal(name) + ")"), share);
    }
    throw unknown(n.span(), name);
  }

  private static Code variable(Code read, boolean share) {
    return share && read.type() == JType.OBJECT ? Code.object(LANG + ".shared(" + read.java() + ")") : read;
  }

  DdlError unknown(Span span, String name) {
    if (name.equals("np") || name.equals("numpy")) {
      return DdlError.of(DdlError.Kind.UNKNOWN_NAME, span, "unknown name '" + name + "'",
          "ddl's functions are numpy's without 'np.': write array([1, 2]), zeros(3), sum(A, axis=0)");
    }
    Set<String> candidates = new HashSet<>(t.env().knownNames());
    candidates.addAll(Builtins.all().keySet());
    candidates.addAll(t.programNames());
    candidates.addAll(Constants.names());
    candidates.addAll(List.of("print", "range", "help"));
    String suggestion = Suggest.closest(name, candidates).orElse(null);
    return DdlError.unknownName(span, name, suggestion);
  }

  /** A def as a value: an Fn calling the generated method, with its parameters and defaults. */
  String functionValue(Environment.DefSignature def) {
    int n = def.params().size();
    StringBuilder params = new StringBuilder("new String[] {");
    StringBuilder defaults = new StringBuilder("i -> { switch (i) {");
    for (int i = 0; i < n; i++) {
      params.append(i > 0 ? ", " : "").append(Names.literal(def.params().get(i)));
      if (def.defaults().get(i) != null) {
        defaults.append(" case ").append(i).append(": return ").append(t.defaultValue(def.defaults().get(i))).append(';');
      }
    }
    params.append('}');
    defaults.append(" default: return ddl.stdlib.Fn.NO_DEFAULT; } }");
    StringBuilder body = new StringBuilder("a -> { switch (a.length) {");
    for (int k = 0; k <= n; k++) {
      if (k < n && def.defaults().get(k) == null) {
        continue;
      }
      // a void Java method is called as a statement, and the function value gives None
      body.append(" case ").append(k).append(def.returnsVoid() ? ": " : ": return ")
          .append(Names.java(def.name())).append('(');
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          body.append(", ");
        }
        body.append(def.argument(i, i < k ? "a[" + i + "]" : t.defaultValue(def.defaults().get(i))));
      }
      body.append(def.returnsVoid() ? "); return null;" : ");");
    }
    body.append(" default: throw new IllegalArgumentException(")
        .append(Names.literal(def.name() + "() takes " + n + " arguments but "))
        .append(" + a.length + \" were given\"); } }");
    return "ddl.stdlib.Fn.withParams(" + Names.literal(def.name()) + ", " + params + ", "
        + defaults + ", " + body + ")";
  }

  @Override
  public Code visitArray(Expr.Array a) {
    Object data = LiteralData.of(a, LARGE_ARRAY);
    String kept = data == null ? null : t.env().constant(data);
    if (kept != null) {
      // built once from the parsed numbers; each evaluation gets a tensor of its own
      return Code.object("((ddl.stdlib.Tensor) " + kept + ").copy()");
    }
    return Code.object(LANG + ".array(" + boxedList(a.elements()) + ")");
  }

  @Override
  public Code visitTuple(Expr.Tuple tu) {
    return Code.object(LANG + ".tuple(" + boxedList(tu.elements()) + ")");
  }

  String boxedList(List<Expr> items) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(translate(items.get(i)).boxed());
    }
    return sb.toString();
  }

  @Override
  public Code visitUnary(Expr.Unary u) {
    Code x = translate(u.operand());
    switch (u.op()) {
      case NOT:
        return new Code("(!" + x.condition() + ")", JType.BOOLEAN);
      case NEG:
        return Arith.negate(x);
      case POS:
        return x.type().isNumeric() ? x : Code.object(OPS + ".pos(" + x.boxed() + ")");
      case BITNOT:
        return x.type() == JType.BOOLEAN ? new Code("(!" + x.java() + ")", JType.BOOLEAN)
            : Code.object(OPS + ".invert(" + x.boxed() + ")");
      default:
        throw new IllegalStateException(u.op().name());
    }
  }

  @Override
  public Code visitBinary(Expr.Binary b) {
    Code fused = ElementwiseFusion.translate(b, this);
    if (fused != null) {
      return fused;
    }
    Op op = b.op();
    Code l = operand(b.left());
    Code r = operand(b.right());
    if (op == Op.AND) {
      return new Code("(" + l.condition() + " && " + r.condition() + ")", JType.BOOLEAN);
    }
    if (op == Op.OR) {
      return new Code("(" + l.condition() + " || " + r.condition() + ")", JType.BOOLEAN);
    }
    Code known = Arith.numbers(op, l, r);
    if (known != null) {
      return known;
    }
    if (l.type() == JType.BOOLEAN && r.type() == JType.BOOLEAN) {
      switch (op) {
        case BITAND:
          return new Code("(" + l.java() + " & " + r.java() + ")", JType.BOOLEAN);
        case BITOR:
          return new Code("(" + l.java() + " | " + r.java() + ")", JType.BOOLEAN);
        case EQ:
          return new Code("(" + l.java() + " == " + r.java() + ")", JType.BOOLEAN);
        case NE:
          return new Code("(" + l.java() + " != " + r.java() + ")", JType.BOOLEAN);
        default:
          break;
      }
    }
    // a temporary computed by the left (or, for + and *, the right) operand is reused in place
    boolean freshLeft = InPlaceResults.isFreshTensorOp(b.left()) && l.type() == JType.OBJECT;
    boolean freshRight = InPlaceResults.isFreshTensorOp(b.right()) && r.type() == JType.OBJECT;
    if (op == Op.ADD || op == Op.SUB || op == Op.MUL) {
      if (freshLeft) {
        return Code.object(OPS + "." + op.method() + "Fresh(" + l.java() + ", " + r.boxed() + ")");
      }
      if (freshRight && op != Op.SUB) {
        return Code.object(OPS + "." + op.method() + "Fresh(" + r.java() + ", " + l.boxed() + ")");
      }
    }
    if (op == Op.DIV && freshLeft) {
      return Code.object(OPS + ".divFresh(" + Names.CTX + ", " + l.java() + ", " + r.boxed() + ")");
    }
    if (b == target && InPlaceResults.isFreshTensorOp(b)) {
      targetUsed = true;
      String args = l.boxed() + ", " + r.boxed() + ", " + targetJava + ")";
      return Code.object(OPS + "." + op.method() + "To(" + (op == Op.DIV ? Names.CTX + ", " : "") + args);
    }
    if (op == Op.DIV || op == Op.FLOORDIV || op == Op.MOD) {
      return Code.object(OPS + "." + op.method() + "(" + Names.CTX + ", " + l.boxed() + ", " + r.boxed() + ")");
    }
    return Code.object(OPS + "." + op.method() + "(" + l.boxed() + ", " + r.boxed() + ")");
  }

  /** The operator of an assignment's value that writes into the variable, and how to read it. */
  private Expr.Binary target;
  /** The whole value of that assignment. */
  private Expr assignedRoot;
  private String targetJava;
  private boolean targetUsed;

  /**
   * The value of {@code name = value}, where {@code targetJava} reads the variable (null when
   * results may not be written into it). An arithmetic result is written into the tensor the
   * variable holds when that is safe (Ops.addTo and friends), so that a loop rebinding a variable
   * reuses its memory as numpy's reference counting lets it; any other arithmetic result is marked
   * as the variable's alone (Ops.owned).
   */
  Code assignedValue(Expr value, String targetJava) {
    if (targetJava == null || !InPlaceResults.isFreshTensorOp(value)) {
      return translate(value);
    }
    Expr.Binary node = InPlaceResults.writer((Expr.Binary) value);
    Expr.Binary savedTarget = target;
    String savedJava = this.targetJava;
    boolean savedUsed = targetUsed;
    Expr savedRoot = assignedRoot;
    assignedRoot = value;
    target = node;
    this.targetJava = targetJava;
    targetUsed = false;
    try {
      Code c = translate(value);
      boolean outermost = targetUsed && node == value;
      return c.type() == JType.OBJECT && !outermost ? Code.object(OPS + ".owned(" + c.java() + ")") : c;
    } finally {
      target = savedTarget;
      this.targetJava = savedJava;
      targetUsed = savedUsed;
      assignedRoot = savedRoot;
    }
  }

  @Override
  public Code visitCall(Expr.Call c) {
    return t.calls().translate(c, this);
  }

  @Override
  public Code visitMember(Expr.Member m) {
    String member = moduleMember(m);
    if (member != null) {
      Code constant = Constants.of(member);
      return constant != null ? constant
          : Code.object("ddl.stdlib.Builtins.function(" + Names.CTX + ", " + Names.literal(member) + ")");
    }
    String cls = className(m.target());
    if (cls != null) {
      return Code.object(MEMBERS + ".attr(" + cls + ".class, " + Names.literal(m.name()) + ")");
    }
    String qualified = dotted(m);
    if (qualified != null && t.env().isClass(qualified)) {
      return Code.object(qualified + ".class");
    }
    Code target = translate(m.target());
    return Code.object(MEMBERS + ".attr(" + target.boxed() + ", " + Names.literal(m.name()) + ")");
  }

  /**
   * The Java class a receiver names ({@code Math}, {@code java.util.Arrays}), or null when it is
   * a ddl value.
   */
  String className(Expr e) {
    String d = dotted(e);
    if (d == null) {
      return null;
    }
    String root = d.contains(".") ? d.substring(0, d.indexOf('.')) : d;
    if (scope.lookup(root) != null || t.globalType(root, true) != null || t.def(root, true) != null
        || Builtins.has(root)) {
      return null;
    }
    return t.env().isClass(d) ? d : null;
  }

  /**
   * The built-in or constant a dotted name stands for ({@code random.normal}, {@code math.pi}),
   * as numpy's sub-modules are written without {@code np.}; null when its first part is not a
   * module of built-ins or is a name of the program ({@code rng.normal}).
   */
  String moduleMember(Expr.Member m) {
    String d = dotted(m);
    String root = d == null ? null : d.substring(0, d.indexOf('.'));
    return root == null || !Modules.isModule(root) || isProgramName(root) ? null : Modules.member(d, m);
  }

  /** Whether {@code name} is a local, a global or a def of the program, hiding a built-in. */
  private boolean isProgramName(String name) {
    return scope.lookup(name) != null || t.globalType(name, scope.inFunction()) != null
        || t.def(name, scope.inFunction()) != null;
  }

  /** {@code a.b.c} as text when it is only names and dots, else null. */
  static String dotted(Expr e) {
    if (e instanceof Expr.Name) {
      return ((Expr.Name) e).name();
    }
    if (e instanceof Expr.Member) {
      String t = dotted(((Expr.Member) e).target());
      return t == null ? null : t + "." + ((Expr.Member) e).name();
    }
    return null;
  }

  @Override
  public Code visitIndex(Expr.Index ix) {
    Code target = translate(ix.target());
    return Code.object(LANG + ".getitem(" + target.boxed() + indexItems(ix.items()) + ")");
  }

  /** ", item, item" for an index. */
  String indexItems(List<IndexItem> items) {
    StringBuilder sb = new StringBuilder();
    for (IndexItem item : items) {
      sb.append(", ");
      if (item instanceof IndexItem.Slice) {
        IndexItem.Slice s = (IndexItem.Slice) item;
        sb.append(LANG).append(".slice(").append(part(s.start())).append(", ")
            .append(part(s.stop())).append(", ").append(part(s.step())).append(')');
      } else if (item instanceof IndexItem.Ellipsis) {
        sb.append(LANG).append(".ellipsis()");
      } else {
        sb.append(translate((Expr) item).boxed());
      }
    }
    return sb.toString();
  }

  private String part(Expr e) {
    return e == null ? "null" : translate(e).boxed();
  }

  @Override
  public Code visitNew(Expr.New n) {
    String type = n.type().replaceAll("<.*>", "");
    if (!t.env().isClass(type)) {
      throw DdlError.of(DdlError.Kind.UNKNOWN_NAME, n.span(), "unknown class '" + type + "'", null);
    }
    return Code.object(MEMBERS + ".construct(" + type + ".class" + prefixComma(boxedList(n.args())) + ")");
  }

  static String prefixComma(String s) {
    return s.isEmpty() ? "" : ", " + s;
  }

  /** The Java type a built-in returns. */
  static JType returnType(Method m) {
    Class<?> r = m.getReturnType();
    if (r == long.class || r == int.class) {
      return JType.LONG;
    }
    if (r == double.class) {
      return JType.DOUBLE;
    }
    if (r == boolean.class) {
      return JType.BOOLEAN;
    }
    if (r == void.class) {
      return JType.VOID;
    }
    return JType.OBJECT;
  }
}
