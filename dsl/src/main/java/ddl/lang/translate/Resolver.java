package ddl.lang.translate;

import ddl.lang.DdlError;
import ddl.lang.ast.Expr;
import ddl.lang.ast.IndexItem;
import ddl.lang.ast.Stmt;
import ddl.stdlib.Builtins;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The pass between parser and translator that types the variables of a scope (a def's locals, or
 * the variables of a top-level loop at any depth inside it) before any Java is written for it:
 * from the names the scope assigns and uses it finds, flow-insensitively, the Java type that holds
 * every value assigned to each name — {@code long} (widening to {@code double} where a float is
 * assigned too), or none (an Object) where anything else is. A name rebound to another type
 * anywhere in the scope is an Object there, as SPEC §3 has it. The types of expressions are those
 * the translator gives them ({@link Arith} decides the arithmetic of both), so the translator,
 * reading the result, writes every statement once.
 */
final class Resolver implements Stmt.Visitor<Void> {
  /** What resolving a scope found: the names it assigns and uses, and the typed ones. */
  record Resolution(Set<String> assigned, Set<String> used, Map<String, JType> types) {}

  private final Translator t;
  private final boolean inFunction;
  private final Set<String> params;
  /** The names the scope assigns: a top-level one not typed is an Object variable. */
  private final Set<String> scopeNames;
  /** The types assumed for the scope's names in the current round. */
  private final Map<String, JType> types;
  /** The join of the types assigned to each name in the current round. */
  private final Map<String, JType> assigned = new LinkedHashMap<>();
  private final Set<String> used = new LinkedHashSet<>();
  /** The names assigned values of more than one type in the current round. */
  private final Set<String> mixed = new LinkedHashSet<>();
  /** For the lookups of dotted names (math.pi, a Java class): the names as the translator sees them. */
  private final ExprTranslator probe;

  private Resolver(Translator t, Scope outer, boolean inFunction, Set<String> params,
      Set<String> scopeNames, Map<String, JType> types) {
    this.t = t;
    this.scopeNames = scopeNames;
    this.inFunction = inFunction;
    this.params = params;
    this.types = types;
    Scope s = new Scope(outer, inFunction);
    for (String p : params) {
      s.define(p, new Scope.Local(Names.java(p), JType.OBJECT));
    }
    for (Map.Entry<String, JType> e : types.entrySet()) {
      s.define(e.getKey(), new Scope.Local(Names.java(e.getKey()), e.getValue()));
    }
    this.probe = new ExprTranslator(t, s);
  }

  /**
   * The locals of a def (the names it assigns, as in Python) and their types: long where only
   * integers are assigned, double where floats are too, else Object (booleans included).
   */
  static Resolution def(Translator t, Stmt.Def d) {
    Set<String> params = new LinkedHashSet<>();
    for (Stmt.Param p : d.params()) {
      params.add(p.name());
    }
    Set<String> names = new LinkedHashSet<>();
    Assignments.collectAll(d.body(), names);
    names.removeAll(params);
    Map<String, JType> types = new LinkedHashMap<>();
    for (String n : names) {
      types.put(n, JType.LONG);
    }
    Resolver last = null;
    for (int round = 0; round < 6; round++) {
      last = new Resolver(t, null, true, params, names, new LinkedHashMap<>(types));
      last.statements(d.body());
      boolean changed = false;
      for (String n : names) {
        JType before = types.get(n);
        JType after = JType.join(before, last.assigned.getOrDefault(n, before));
        if (after == JType.BOOLEAN) {
          after = JType.OBJECT;
        }
        if (after != before) {
          types.put(n, after);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
      if (round == 5) {
        types.replaceAll((k, v) -> JType.OBJECT);
      }
    }
    return new Resolution(names, last.used, types);
  }

  /**
   * The variables of a top-level loop that it works on as Java primitives, with their types: the
   * range loop's own variable; those that hold a number already (with its type as the start); and
   * the names it assigns first, before any use, in every iteration (such as {@code s = 0.0} before
   * an inner loop adds to it), which {@code fresh} receives; those are assigned numbers of one
   * type only, so that each prints as Python's would. A name assigned anything but numbers in the
   * loop is not among them.
   */
  static Resolution loop(Translator t, Scope outer, Stmt loop, String loopVar, Set<String> fresh) {
    Set<String> names = new LinkedHashSet<>();
    Assignments.collect(loop, names);
    Set<String> unknown = new LinkedHashSet<>();
    for (String n : names) {
      if (t.globalType(n, false) == null && t.env().javaType(n) == null && !n.equals(loopVar)) {
        unknown.add(n);
      }
    }
    Set<String> firstAssigned = DefiniteAssignment.of(loop, unknown);
    Map<String, JType> types = new LinkedHashMap<>();
    for (String n : names) {
      JType g = t.globalType(n, false);
      if (n.equals(loopVar)) {
        types.put(n, JType.LONG);
      } else if (g != null && g.isNumeric() && t.env().javaType(n) == null) {
        types.put(n, g);
      } else if (firstAssigned.contains(n)) {
        types.put(n, JType.LONG);
        fresh.add(n);
      }
    }
    Resolver last = null;
    for (int round = 0; ; round++) {
      last = new Resolver(t, outer, false, Set.of(), names, new LinkedHashMap<>(types));
      last.statement(loop);
      boolean changed = false;
      for (String n : new ArrayList<>(types.keySet())) {
        JType before = types.get(n);
        JType after = JType.join(before, last.assigned.getOrDefault(n, before));
        if (!after.isNumeric()) {
          types.remove(n);
          fresh.remove(n);
          changed = true;
        } else if (after != before) {
          types.put(n, after);
          changed = true;
        }
      }
      if (!changed) {
        // a name the loop creates holds what is assigned as it is: an int and a float, an Object
        for (String n : new ArrayList<>(fresh)) {
          if (last.mixed.contains(n)) {
            types.remove(n);
            fresh.remove(n);
            changed = true;
          }
        }
      }
      if (!changed) {
        break;
      }
      if (round > 2 * names.size() + 2) {
        throw Translator.internal(loop.span(), "the types of a loop's variables do not settle");
      }
    }
    return new Resolution(names, last.used, types);
  }

  private void statements(List<Stmt> stmts) {
    for (Stmt s : stmts) {
      statement(s);
    }
  }

  private void statement(Stmt s) {
    s.accept(this);
  }

  private void assigned(String name, JType type) {
    JType v = type == JType.VOID ? JType.OBJECT : type;
    JType before = assigned.put(name, JType.join(assigned.get(name), v));
    if (before != null && before != v) {
      mixed.add(name);
    }
  }

  @Override
  public Void visitExpression(Stmt.Expression s) {
    typeOf(s.expr());
    return null;
  }

  @Override
  public Void visitAssign(Stmt.Assign s) {
    JType v = typeOf(s.value());
    Expr target = s.target();
    if (target instanceof Expr.Name) {
      assigned(((Expr.Name) target).name(), v);
    } else if (target instanceof Expr.Tuple) {
      for (Expr e : ((Expr.Tuple) target).elements()) {
        if (e instanceof Expr.Name) {
          assigned(((Expr.Name) e).name(), JType.OBJECT);
        }
      }
    } else {
      typeOf(target);
    }
    return null;
  }

  @Override
  public Void visitAugAssign(Stmt.AugAssign s) {
    JType v = typeOf(s.value());
    if (s.target() instanceof Expr.Name) {
      String name = ((Expr.Name) s.target()).name();
      JType current = typeOf(s.target());
      if (current.isNumeric() && v.isNumeric()) {
        assigned(name, typeOf(new Expr.Binary(s.op(), s.target(), s.value(), s.span())));
      } else {
        assigned(name, JType.OBJECT);
      }
    } else {
      typeOf(s.target());
    }
    return null;
  }

  @Override
  public Void visitDef(Stmt.Def s) {
    return null; // misplaced: the translator reports it
  }

  @Override
  public Void visitReturn(Stmt.Return s) {
    if (s.value() != null) {
      typeOf(s.value());
    }
    return null;
  }

  @Override
  public Void visitIf(Stmt.If s) {
    typeOf(s.condition());
    statements(s.then());
    statements(s.otherwise());
    return null;
  }

  @Override
  public Void visitFor(Stmt.For s) {
    typeOf(s.iterable());
    assigned(s.variable(), ForTranslator.isRange(s.iterable()) ? JType.LONG : JType.OBJECT);
    statements(s.body());
    return null;
  }

  @Override
  public Void visitWhile(Stmt.While s) {
    typeOf(s.condition());
    statements(s.body());
    return null;
  }

  @Override
  public Void visitBreak(Stmt.Break s) {
    return null;
  }

  @Override
  public Void visitContinue(Stmt.Continue s) {
    return null;
  }

  @Override
  public Void visitJava(Stmt.Java s) {
    return null;
  }

  /** The Java type the translator gives {@code e} under the types assumed. */
  private JType typeOf(Expr e) {
    return e.accept(new Types()).type();
  }

  /** The type of a name read as a value, looked up as ExprTranslator.nameValue does. */
  private JType nameType(String name) {
    used.add(name);
    if (name.equals("_") || params.contains(name)) {
      return JType.OBJECT;
    }
    JType local = types.get(name);
    if (local != null) {
      return local;
    }
    if (probe.scope.lookup(name) != null) {
      return probe.scope.lookup(name).type();
    }
    if (scopeNames.contains(name) || t.globalType(name, inFunction) != null) {
      JType declared = t.env().javaType(name);
      return declared != null ? declared : JType.OBJECT;
    }
    Code constant = t.def(name, inFunction) == null ? Constants.of(name) : null;
    return constant != null ? constant.type() : JType.OBJECT;
  }

  /**
   * Types of expressions as {@link Code} whose Java is a placeholder: the type and an integer
   * constant's value, which is what {@link Arith} decides a result's type from.
   */
  private final class Types implements Expr.Visitor<Code> {
    private static final String ANY = "v";

    private Code of(JType type) {
      return new Code(ANY, type);
    }

    private Code sub(Expr e) {
      return e.accept(this);
    }

    private void all(List<Expr> es) {
      for (Expr e : es) {
        sub(e);
      }
    }

    @Override
    public Code visitNum(Expr.Num n) {
      String text = n.text().replace("_", "");
      return n.isInt() ? Arith.constant(new java.math.BigInteger(text), null) : of(JType.DOUBLE);
    }

    @Override
    public Code visitStr(Expr.Str s) {
      return of(JType.OBJECT);
    }

    @Override
    public Code visitBool(Expr.Bool b) {
      return of(JType.BOOLEAN);
    }

    @Override
    public Code visitNone(Expr.None n) {
      return of(JType.OBJECT);
    }

    @Override
    public Code visitName(Expr.Name n) {
      return of(nameType(n.name()));
    }

    @Override
    public Code visitArray(Expr.Array a) {
      all(a.elements());
      return of(JType.OBJECT);
    }

    @Override
    public Code visitTuple(Expr.Tuple tu) {
      all(tu.elements());
      return of(JType.OBJECT);
    }

    @Override
    public Code visitUnary(Expr.Unary u) {
      Code x = sub(u.operand());
      switch (u.op()) {
        case NOT:
          return of(JType.BOOLEAN);
        case NEG:
          return Arith.negate(x);
        case POS:
          return x.type().isNumeric() ? x : of(JType.OBJECT);
        case BITNOT:
          return of(x.type() == JType.BOOLEAN ? JType.BOOLEAN : JType.OBJECT);
        default:
          throw new IllegalStateException(u.op().name());
      }
    }

    @Override
    public Code visitBinary(Expr.Binary b) {
      Code l = sub(b.left());
      Code r = sub(b.right());
      switch (b.op()) {
        case AND:
        case OR:
          return of(JType.BOOLEAN);
        default:
          break;
      }
      Code c = Arith.numbers(b.op(), l, r);
      if (c != null) {
        return c.constant() != null ? c : of(c.type());
      }
      if (l.type() == JType.BOOLEAN && r.type() == JType.BOOLEAN) {
        switch (b.op()) {
          case BITAND:
          case BITOR:
          case EQ:
          case NE:
            return of(JType.BOOLEAN);
          default:
            break;
        }
      }
      return of(JType.OBJECT);
    }

    @Override
    public Code visitCall(Expr.Call c) {
      all(c.args());
      for (Expr.Keyword k : c.keywords()) {
        sub(k.value());
      }
      Expr callee = c.callee();
      if (callee instanceof Expr.Name) {
        String name = ((Expr.Name) callee).name();
        if (types.containsKey(name) || params.contains(name) || probe.scope.lookup(name) != null
            || scopeNames.contains(name) || t.globalType(name, inFunction) != null) {
          used.add(name);
          return of(JType.OBJECT);
        }
        Environment.DefSignature def = t.def(name, inFunction);
        if (def != null) {
          return of(def.returnsVoid() ? JType.VOID : JType.OBJECT);
        }
        if (name.equals("help")) {
          return of(JType.VOID);
        }
        return of(Builtins.has(name) ? ExprTranslator.returnType(Builtins.info(name).method()) : JType.OBJECT);
      }
      if (callee instanceof Expr.Member) {
        String member = moduleMember((Expr.Member) callee);
        if (member != null && Builtins.has(member)) {
          return of(ExprTranslator.returnType(Builtins.info(member).method()));
        }
        sub(((Expr.Member) callee).target());
        return of(JType.OBJECT);
      }
      sub(callee);
      return of(JType.OBJECT);
    }

    private String moduleMember(Expr.Member m) {
      try {
        return probe.moduleMember(m);
      } catch (DdlError e) {
        return null; // the translator reports it
      }
    }

    @Override
    public Code visitMember(Expr.Member m) {
      String member = moduleMember(m);
      if (member != null) {
        Code constant = Constants.of(member);
        return of(constant != null ? constant.type() : JType.OBJECT);
      }
      if (ExprTranslator.dotted(m) == null) {
        sub(m.target());
      } else {
        String root = ExprTranslator.dotted(m).split("\\.", 2)[0];
        used.add(root);
      }
      return of(JType.OBJECT);
    }

    @Override
    public Code visitIndex(Expr.Index ix) {
      sub(ix.target());
      for (IndexItem item : ix.items()) {
        if (item instanceof IndexItem.Slice) {
          IndexItem.Slice s = (IndexItem.Slice) item;
          Stream.of(s.start(), s.stop(), s.step()).filter(Objects::nonNull).forEach(this::sub);
        } else if (item instanceof Expr) {
          sub((Expr) item);
        }
      }
      return of(JType.OBJECT);
    }

    @Override
    public Code visitNew(Expr.New n) {
      all(n.args());
      return of(JType.OBJECT);
    }
  }
}
