package ddl.engine;

import ddl.lang.translate.NamesAccess;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;

/**
 * Keeps the variables a failed Java line would lose. JShell replaces a variable as soon as a line
 * declares one of the same name, even when javac then rejects the line ({@code Strng x = "a";}
 * drops {@code x}); this takes the values of the existing variables a line declares before it
 * runs, and declares them again as they were when it fails.
 */
final class JavaLineRestore {
  /** A name in a declarator: after a type (a name, {@code >} or {@code ]}), before = ; , or ). */
  private static final Pattern DECLARED =
      Pattern.compile("[\\w$>\\]]\\s+([A-Za-z_$][\\w$]*)\\s*(?:=(?!=)|;|,|\\))");

  private record Saved(String type, Object value) {}

  private final Engine engine;
  private final Map<String, Saved> saved = new LinkedHashMap<>();

  private JavaLineRestore(Engine engine) {
    this.engine = engine;
  }

  /** The existing variables {@code java} may declare anew, with their values now. */
  static JavaLineRestore before(Engine engine, String java) {
    JavaLineRestore r = new JavaLineRestore(engine);
    Matcher m = DECLARED.matcher(JavaLineTyping.withoutStrings(java));
    while (m.find()) {
      String name = m.group(1);
      if (r.saved.containsKey(name)) {
        continue;
      }
      VarSnippet old = active(engine, name);
      if (old == null) {
        continue;
      }
      boolean ddl = engine.variables().containsKey(name);
      Object value = ddl ? engine.get(name) : engine.valueOf(name);
      r.saved.put(name, new Saved(ddl ? "Object" : old.typeName(), value));
    }
    return r;
  }

  /** Declares again each saved variable the failed line left without an active declaration. */
  void restore() {
    for (Map.Entry<String, Saved> e : saved.entrySet()) {
      String name = e.getKey();
      if (active(engine, name) != null) {
        continue;
      }
      Saved s = e.getValue();
      engine.session().put(name, s.value());
      String j = NamesAccess.java(name);
      String type = s.type();
      String cast = "Object".equals(type) ? "" : "(" + JavaLineTyping.boxed(type) + ") ";
      engine.jshell().eval(type + " " + j + " = " + cast + "ddl$s.take(\"" + name + "\");");
      engine.session().slots().forget(name);
    }
  }

  private static VarSnippet active(Engine engine, String name) {
    return engine.jshell().variables()
        .filter(v -> v.name().equals(NamesAccess.java(name)))
        .filter(v -> engine.jshell().status(v) == Snippet.Status.VALID)
        .findFirst()
        .orElse(null);
  }
}
