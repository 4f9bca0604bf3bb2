package ddl.engine;

import ddl.lang.translate.JType;
import ddl.lang.translate.NamesAccess;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets a Java line see ddl variables with the types of their values: before the line runs, each
 * ddl variable it names is declared again in JShell with its value's class ({@code Tensor x},
 * {@code long k}), so that {@code x.sum()} and {@code k + 1} compile; afterwards it is an
 * {@code Object} again, so that ddl can rebind it to any type.
 */
final class JavaLineTyping {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");

  private final Engine engine;
  private final Map<String, String> typed = new LinkedHashMap<>();

  private JavaLineTyping(Engine engine) {
    this.engine = engine;
  }

  /** Types the ddl variables that {@code java} mentions; {@link #restore} undoes it. */
  static JavaLineTyping before(Engine engine, String java) {
    JavaLineTyping t = new JavaLineTyping(engine);
    Matcher m = IDENTIFIER.matcher(withoutStrings(java));
    List<String> names = new ArrayList<>();
    while (m.find()) {
      String n = m.group();
      if (engine.variables().containsKey(n) && !names.contains(n)) {
        names.add(n);
      }
    }
    String code = withoutStrings(java);
    for (String n : names) {
      if (Pattern.compile("(?<![\\w$.])" + Pattern.quote(n) + "\\s*([-+*/%&|^]|<<|>>>?)?=(?!=)")
          .matcher(code).find()) {
        continue; // the Java assigns it, maybe with an Object (as /time's loop does): keep Object
      }
      Object value = engine.get(n);
      String type = javaType(value);
      if (type == null) {
        continue;
      }
      engine.session().put(n, value);
      String j = NamesAccess.java(n);
      if (eval(engine, type + " " + j + " = (" + boxed(type) + ") ddl$s.take(\"" + n + "\");")) {
        engine.session().slots().forget(n);
        t.typed.put(n, type);
      }
    }
    return t;
  }

  /** Makes the typed variables Objects again, with the values the Java line left in them. */
  void restore() {
    for (String n : typed.keySet()) {
      if (engine.environment().javaType(n) != null) {
        continue; // the Java line declared a variable of that name itself: it is Java's now
      }
      String j = NamesAccess.java(n);
      eval(engine, "ddl$s.put(\"" + n + "\", " + j + ");");
      eval(engine, "Object " + j + " = ddl$s.take(\"" + n + "\");");
      engine.session().slots().forget(n);
      engine.variablesMutable().put(n, JType.OBJECT);
    }
  }

  /** The Java type to declare for a value, or null to leave the variable an Object. */
  static String javaType(Object v) {
    if (v instanceof Long) {
      return "long";
    }
    if (v instanceof Double) {
      return "double";
    }
    if (v instanceof Boolean) {
      return "boolean";
    }
    if (v instanceof String) {
      return "String";
    }
    if (v instanceof Tensor) {
      return "ddl.stdlib.Tensor";
    }
    if (v instanceof Tuple) {
      return "ddl.stdlib.Tuple";
    }
    if (v != null) {
      Class<?> c = v.getClass();
      if (Modifier.isPublic(c.getModifiers()) && c.getCanonicalName() != null
          && c.getTypeParameters().length == 0 && !c.isAnonymousClass()
          && !c.getName().startsWith("REPL.")) {
        return c.getCanonicalName();
      }
    }
    return null;
  }

  static String boxed(String type) {
    switch (type) {
      case "long":
        return "Long";
      case "double":
        return "Double";
      case "boolean":
        return "Boolean";
      default:
        return type;
    }
  }

  private static boolean eval(Engine engine, String java) {
    boolean ok = true;
    for (var e : engine.jshell().eval(java)) {
      if (e.causeSnippet() == null) {
        ok &= e.status() != jdk.jshell.Snippet.Status.REJECTED && e.exception() == null;
      }
    }
    return ok;
  }

  /** The code with string and char literals blanked, so names inside them are not taken. */
  static String withoutStrings(String java) {
    return java.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
        .replaceAll("'(\\\\.|[^'\\\\])'", "''");
  }
}
