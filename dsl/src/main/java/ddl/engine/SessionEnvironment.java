package ddl.engine;

import ddl.lang.translate.Environment;
import ddl.lang.translate.JType;
import ddl.lang.translate.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/** What the translator knows about the session: ddl names and what Java lines declared. */
final class SessionEnvironment implements Environment {
  private final Engine engine;
  private final ClassLoader loader;
  private final Map<String, JType> javaVariables = new LinkedHashMap<>();
  private final Map<String, DefSignature> javaMethods = new LinkedHashMap<>();
  private final Set<String> javaTypes = new LinkedHashSet<>();
  private final List<String> imports = new ArrayList<>(List.of("java.lang.*"));
  private final Map<String, Boolean> classCache = new ConcurrentHashMap<>();

  SessionEnvironment(Engine engine, JShell jshell, ClassLoader loader) {
    this.engine = engine;
    this.loader = loader;
  }

  @Override
  public String constant(Object value) {
    return "ddl$s.constant(" + engine.session().keep(value) + ")";
  }

  @Override
  public JType variable(String name) {
    JType t = engine.variablesMutable().get(name);
    return t != null ? t : javaVariables.get(name);
  }

  @Override
  public JType javaType(String name) {
    return javaVariables.get(name);
  }

  boolean isJavaVariable(String name) {
    return javaVariables.containsKey(name);
  }

  @Override
  public DefSignature def(String name) {
    DefSignature d = engine.defs().get(name);
    return d != null ? d : javaMethods.get(name);
  }

  @Override
  public boolean isClass(String name) {
    if (javaTypes.contains(name)) {
      return true;
    }
    return classCache.computeIfAbsent(name + "|" + imports.size(), k -> resolve(name));
  }

  private boolean resolve(String name) {
    if (load(name)) {
      return true;
    }
    if (name.contains(".")) {
      // Outer.Inner
      int dot = name.lastIndexOf('.');
      return load(name.substring(0, dot) + "$" + name.substring(dot + 1));
    }
    for (String imp : imports) {
      if (imp.endsWith(".*")) {
        if (load(imp.substring(0, imp.length() - 1) + name)) {
          return true;
        }
      } else if (imp.endsWith("." + name) && load(imp)) {
        return true;
      }
    }
    return false;
  }

  private boolean load(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  @Override
  public Set<String> knownNames() {
    Set<String> s = new LinkedHashSet<>(engine.variablesMutable().keySet());
    s.addAll(engine.defs().keySet());
    s.addAll(javaVariables.keySet());
    s.addAll(javaMethods.keySet());
    s.addAll(javaTypes);
    return s;
  }

  /** Learns what a unit that ran declared. */
  void afterUnit(Unit u, List<SnippetEvent> events) {
    switch (u.kind()) {
      case BLOCK:
        engine.variablesMutable().putAll(u.assigned());
        break;
      case METHOD:
        engine.defs().put(u.name(), u.def());
        break;
      default:
        for (SnippetEvent e : events) {
          Snippet s = e.snippet();
          if (e.causeSnippet() != null || s == null || !e.status().isDefined()) {
            continue;
          }
          if (s instanceof VarSnippet) {
            VarSnippet v = (VarSnippet) s;
            javaVariables.put(v.name(), JType.ofJava(v.typeName()));
            engine.variablesMutable().remove(v.name());
          } else if (s instanceof MethodSnippet) {
            MethodSnippet m = (MethodSnippet) s;
            String types = m.parameterTypes();
            int n = types.isBlank() ? 0 : types.split(",").length;
            List<String> params = new ArrayList<>();
            List<ddl.lang.ast.Expr> defaults = new ArrayList<>();
            for (int i = 0; i < n; i++) {
              params.add("arg" + i);
              defaults.add(null);
            }
            boolean returnsVoid = m.signature().endsWith(")void");
            List<String> javaTypes = types.isBlank() ? List.of() : List.of(types.split(","));
            javaMethods.put(m.name(),
                new DefSignature(m.name(), params, defaults, true, javaTypes, returnsVoid));
          } else if (s instanceof TypeDeclSnippet) {
            javaTypes.add(((TypeDeclSnippet) s).name());
          } else if (s instanceof ImportSnippet) {
            ImportSnippet i = (ImportSnippet) s;
            if (!i.isStatic()) {
              imports.add(i.fullname());
              classCache.clear();
            }
          }
        }
    }
  }
}
