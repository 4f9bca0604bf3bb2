package ddl.lang.translate;

import ddl.lang.DdlError;
import ddl.lang.Suggest;
import ddl.lang.ast.Expr;
import ddl.stdlib.Builtins;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates calls: of user defs (arguments bound to parameters at compile time), of built-ins
 * (keyword arguments bound through the registry, which reads the Java parameter names), of
 * function values, of methods and of Java classes.
 */
final class CallTranslator {
  private final Translator t;

  CallTranslator(Translator t) {
    this.t = t;
  }

  Code translate(Expr.Call c, ExprTranslator x) {
    Expr callee = c.callee();
    if (callee instanceof Expr.Name) {
      String name = ((Expr.Name) callee).name();
      if (x.scope.lookup(name) != null || t.globalType(name, x.scope.inFunction()) != null) {
        return valueCall(x.translate(callee), c, x);
      }
      Environment.DefSignature def = t.def(name, x.scope.inFunction());
      if (def != null) {
        return defCall(def, c, x);
      }
      if (name.equals("help")) {
        return help(c);
      }
      if (Builtins.has(name)) {
        return builtinCall(Builtins.info(name), c, x);
      }
      throw x.unknown(callee.span(), name);
    }
    if (callee instanceof Expr.Member) {
      String member = x.moduleMember((Expr.Member) callee);
      if (member != null && Builtins.has(member)) {
        return builtinCall(Builtins.info(member), c, x);
      }
      return methodCall((Expr.Member) callee, c, x);
    }
    return valueCall(x.translate(callee), c, x);
  }

  private Code valueCall(Code f, Expr.Call c, ExprTranslator x) {
    if (!c.keywords().isEmpty()) {
      List<String> names = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (Expr.Keyword k : c.keywords()) {
        names.add(Names.literal(k.name()));
        values.add(x.translate(k.value()).boxed());
      }
      return Code.object(ExprTranslator.LANG + ".callKw(" + f.boxed() + ", new Object[] {"
          + x.boxedList(c.args()) + "}, new String[] {" + String.join(", ", names)
          + "}, new Object[] {" + String.join(", ", values) + "})");
    }
    return Code.object(ExprTranslator.LANG + ".call(" + f.boxed()
        + ExprTranslator.prefixComma(x.boxedList(c.args())) + ")");
  }

  private Code defCall(Environment.DefSignature def, Expr.Call c, ExprTranslator x) {
    List<String> params = def.params();
    String[] bound = new String[params.size()];
    if (c.args().size() > params.size()) {
      throw DdlError.arguments(c.span(),
          def.name() + "() takes " + params.size() + " argument" + (params.size() == 1 ? "" : "s")
              + " but " + c.args().size() + " were given", null);
    }
    for (int i = 0; i < c.args().size(); i++) {
      bound[i] = x.translate(c.args().get(i)).boxed();
    }
    for (Expr.Keyword k : c.keywords()) {
      int idx = params.indexOf(k.name());
      if (idx < 0) {
        throw unexpectedKeyword(def.name(), k, params);
      }
      if (bound[idx] != null) {
        throw DdlError.arguments(k.span(), def.name() + "() got multiple values for argument '" + k.name() + "'", null);
      }
      bound[idx] = x.translate(k.value()).boxed();
    }
    for (int i = 0; i < bound.length; i++) {
      if (bound[i] == null) {
        Expr d = def.defaults().get(i);
        if (d == null) {
          throw DdlError.arguments(c.span(),
              def.name() + "() missing required argument '" + params.get(i) + "'", null);
        }
        bound[i] = t.defaultValue(d);
      }
    }
    for (int i = 0; i < bound.length; i++) {
      bound[i] = def.argument(i, bound[i]);
    }
    String call = Names.java(def.name()) + "(" + String.join(", ", bound) + ")";
    return def.returnsVoid() ? new Code(call, JType.VOID) : Code.object(call);
  }

  private DdlError unexpectedKeyword(String fn, Expr.Keyword k, List<String> params) {
    String hint = Suggest.closest(k.name(), params).map(s -> "did you mean '" + s + "'?").orElse(
        params.isEmpty() ? null : "its arguments are " + String.join(", ", params));
    return DdlError.arguments(k.span(), fn + "() got an unexpected keyword argument '" + k.name() + "'", hint);
  }

  Code builtinCall(Builtins.Info info, Expr.Call c, ExprTranslator x) {
    t.calledBuiltin(info.name());
    List<String> params = info.params();
    int n = params.size();
    String[] bound = new String[n];
    List<String> rest = null;
    int p = 0;
    for (Expr a : c.args()) {
      if (p == info.restIndex()) {
        if (rest == null) {
          rest = new ArrayList<>();
        }
        rest.add(x.translate(a).boxed());
        continue;
      }
      if (p >= n) {
        throw DdlError.arguments(a.span(), info.name() + "() takes at most " + n + " positional argument"
            + (n == 1 ? "" : "s") + ": " + info.signature(), null);
      }
      bound[p++] = x.translate(a).boxed();
    }
    for (Expr.Keyword k : c.keywords()) {
      int idx = params.indexOf(k.name());
      if (idx < 0 || idx == info.restIndex()) {
        throw unexpectedKeyword(info.name(), k, params);
      }
      if (bound[idx] != null) {
        throw DdlError.arguments(k.span(), info.name() + "() got multiple values for argument '" + k.name() + "'", null);
      }
      bound[idx] = x.translate(k.value()).boxed();
    }
    for (int i = 0; i < n; i++) {
      if (i == info.restIndex()) {
        bound[i] = "new Object[] {" + (rest == null ? "" : String.join(", ", rest)) + "}";
      } else if (bound[i] == null) {
        String d = info.defaults().get(i);
        if (d == null) {
          throw DdlError.arguments(c.span(), info.name() + "() missing required argument '" + params.get(i)
              + "': " + info.signature(), null);
        }
        bound[i] = literal(Builtins.literal(d));
      }
    }
    StringBuilder sb = new StringBuilder(info.owner()).append('.').append(info.method().getName()).append('(');
    if (info.takesContext()) {
      sb.append(Names.CTX).append(n > 0 ? ", " : "");
    }
    sb.append(String.join(", ", bound)).append(')');
    return new Code(sb.toString(), ExprTranslator.returnType(info.method()));
  }

  /** A default value of a built-in as Java. */
  static String literal(Object v) {
    if (v == null) {
      return "(Object) null";
    }
    if (v instanceof Boolean) {
      return "(Object) Boolean." + (((Boolean) v) ? "TRUE" : "FALSE");
    }
    if (v instanceof Long) {
      return "(Object) Long.valueOf(" + v + "L)";
    }
    if (v instanceof Double) {
      return "(Object) Double.valueOf(" + v + ")";
    }
    if (v instanceof String) {
      return Names.literal((String) v);
    }
    if (v instanceof ddl.stdlib.Tuple) {
      StringBuilder sb = new StringBuilder(ExprTranslator.LANG + ".tuple(");
      ddl.stdlib.Tuple tu = (ddl.stdlib.Tuple) v;
      for (int i = 0; i < tu.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(literal(tu.get(i)));
      }
      return sb.append(')').toString();
    }
    throw new IllegalStateException("default " + v);
  }

  private Code methodCall(Expr.Member m, Expr.Call c, ExprTranslator x) {
    String cls = x.className(m.target());
    String args = ExprTranslator.prefixComma(x.boxedList(c.args()));
    if (cls != null) {
      if (!c.keywords().isEmpty()) {
        throw DdlError.arguments(c.keywords().get(0).span(), "Java methods take no keyword arguments", null);
      }
      return Code.object(ExprTranslator.MEMBERS + ".invokeStatic(" + cls + ".class, "
          + Names.literal(m.name()) + args + ")");
    }
    Code target = x.translate(m.target());
    if (c.keywords().isEmpty()) {
      return Code.object(ExprTranslator.MEMBERS + ".invoke(" + target.boxed() + ", "
          + Names.literal(m.name()) + args + ")");
    }
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Expr.Keyword k : c.keywords()) {
      names.add(Names.literal(k.name()));
      values.add(x.translate(k.value()).boxed());
    }
    return Code.object(ExprTranslator.MEMBERS + ".invokeKw(" + Names.CTX + ", " + target.boxed() + ", "
        + Names.literal(m.name()) + ", new Object[] {" + x.boxedList(c.args()) + "}, new String[] {"
        + String.join(", ", names) + "}, new Object[] {" + String.join(", ", values) + "})");
  }

  /** {@code help(name)}: the name itself, not its value, is looked up. */
  private Code help(Expr.Call c) {
    if (c.args().isEmpty()) {
      return new Code(Names.SESSION + ".help(null)", JType.VOID);
    }
    Expr a = c.args().get(0);
    String name = a instanceof Expr.Str ? ((Expr.Str) a).value() : ExprTranslator.dotted(a);
    if (name == null) {
      throw DdlError.arguments(a.span(), "help() takes a name: help(linspace)", null);
    }
    return new Code(Names.SESSION + ".help(" + Names.literal(name) + ")", JType.VOID);
  }
}
