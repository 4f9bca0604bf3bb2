package ddl.repl;

import ddl.engine.Engine;
import ddl.lang.translate.Constants;
import ddl.stdlib.Builtins;
import ddl.stdlib.Tensor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import jdk.jshell.SourceCodeAnalysis;
import org.jline.reader.Candidate;

/**
 * Completion after a dot. A session variable is looked at as it is now: a tensor offers its
 * attributes and the built-ins that work as methods ({@code A.sum}), other values their record
 * components, fields and public methods. Anything else is Java, completed by JShell.
 */
final class MemberCompletion {
  private static final List<String> TENSOR_ATTRIBUTES = List.of("T", "shape", "ndim", "size", "dtype");

  private MemberCompletion() {}

  static void complete(Engine e, String line, Word w, Map<String, Candidate> found) {
    if (e == null) {
      return;
    }
    String receiver = receiver(line, w.start() - 1);
    boolean variable =
        !receiver.isEmpty() && !receiver.contains(".") && e.environment().variable(receiver) != null;
    if (!variable && isModule(receiver)) {
      module(receiver, found);
      return;
    }
    if (!variable) {
      java(e, line, w.cursor(), found);
      return;
    }
    Object value = e.valueOf(receiver);
    if (value instanceof Tensor) {
      for (String a : TENSOR_ATTRIBUTES) {
        ReplCompleter.add(found, a, a, "attribute");
      }
      for (Builtins.Info b : Builtins.all().values()) {
        ReplCompleter.add(found, b.name(), b.name(), null);
      }
    } else if (value != null) {
      reflect(value.getClass(), found);
    }
  }

  private static boolean isModule(String name) {
    return !name.isEmpty() && (Builtins.isModule(name) || Constants.isModule(name));
  }

  /** The members of a module of built-ins: {@code random.} offers {@code normal}, {@code seed}... */
  private static void module(String module, Map<String, Candidate> found) {
    String prefix = module + ".";
    for (Builtins.Info b : Builtins.all().values()) {
      String rest = b.name().startsWith(prefix) ? b.name().substring(prefix.length()) : "";
      if (!rest.isEmpty()) {
        String next = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        ReplCompleter.add(found, next, next, rest.equals(next) ? b.signature() : "module");
      }
    }
    for (String c : Constants.names()) {
      if (c.startsWith(prefix)) {
        ReplCompleter.add(found, c.substring(prefix.length()), c.substring(prefix.length()), "constant");
      }
    }
  }

  /** The name (possibly dotted) that ends just before {@code dot}. */
  static String receiver(String line, int dot) {
    int s = dot;
    while (s > 0 && (ReplParser.isNameChar(line.charAt(s - 1)) || line.charAt(s - 1) == '.')) {
      s--;
    }
    return line.substring(s, dot);
  }

  private static void reflect(Class<?> c, Map<String, Candidate> found) {
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        ReplCompleter.add(found, rc.getName(), rc.getName(), rc.getType().getSimpleName());
      }
    }
    for (Field f : c.getFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        ReplCompleter.add(found, f.getName(), f.getName(), f.getType().getSimpleName());
      }
    }
    for (Method m : c.getMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class) {
        ReplCompleter.add(found, m.getName(), m.getName(), null);
      }
    }
  }

  /** JShell's suggestions, one per name rather than one per overload. */
  static void java(Engine e, String code, int cursor, Map<String, Candidate> found) {
    int[] anchor = new int[1];
    List<SourceCodeAnalysis.Suggestion> suggestions;
    try {
      suggestions = e.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor);
    } catch (RuntimeException x) {
      return; // JShell could not analyse this text: offer nothing rather than fail the key press
    }
    for (SourceCodeAnalysis.Suggestion s : suggestions) {
      String name = s.continuation();
      int paren = name.indexOf('(');
      if (paren >= 0) {
        name = name.substring(0, paren);
      }
      if (!name.isEmpty() && !name.contains("$")) {
        ReplCompleter.add(found, name, name, null);
      }
    }
  }
}
