package ddl.engine;

import ddl.lang.DdlError;
import ddl.lang.Source;
import ddl.lang.ast.Stmt;
import ddl.lang.translate.Translator;
import ddl.lang.translate.Unit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/**
 * Compiles the Java lines of an input before any of it runs, so that a line javac rejects runs
 * nothing of the input, as an unknown name in ddl runs nothing. A line is compiled inside a lambda
 * that is never called, which declares nothing in the session. Lines whose compilation depends on
 * what runs before them are left to fail where they stand: those naming a ddl variable (a Java
 * line sees it with its value's type, known only when the line runs) or a name the statements
 * before it mention, those after
 * another Java line (which may declare what they use), and imports, methods and declarations with
 * modifiers, which a lambda cannot hold.
 */
final class JavaPrecheck {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
  private static final Pattern MODIFIER = Pattern.compile(
      "^\\s*(public|private|protected|static|abstract|native|synchronized|transient|volatile"
          + "|strictfp|default|sealed|non-sealed)\\b");

  private JavaPrecheck() {}

  /** Throws the error of the first Java line of {@code statements} that cannot compile. */
  static void check(Engine engine, Source source, List<Stmt> statements) {
    Set<String> mentionedBefore = new HashSet<>();
    for (Stmt st : statements) {
      if (st instanceof Stmt.Java java) {
        if (st == statements.get(0)) {
          return; // nothing runs before it
        }
        if (!dependsOn(java.code(), mentionedBefore)
            && !dependsOn(java.code(), engine.variables().keySet())
            && fitsInLambda(engine, java.code())) {
          compile(engine, source, java);
        }
        return; // what follows may use what this line declares
      }
      String text = source.text().substring(st.span().start(), st.span().end());
      mentionedBefore.addAll(identifiers(text));
    }
  }

  private static boolean dependsOn(String java, Set<String> names) {
    for (String n : identifiers(JavaLineTyping.withoutStrings(java))) {
      if (names.contains(n)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> identifiers(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = IDENTIFIER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Statements, local variables and local classes: what a lambda body may hold. */
  private static boolean fitsInLambda(Engine engine, String java) {
    if (MODIFIER.matcher(java).find()) {
      return false;
    }
    List<Snippet> snippets =
        engine.jshell().sourceCodeAnalysis().sourceToSnippets(terminated(java));
    return !snippets.isEmpty() && snippets.stream().allMatch(s ->
        s.kind() == Snippet.Kind.VAR || s.kind() == Snippet.Kind.STATEMENT
            || s.kind() == Snippet.Kind.TYPE_DECL);
  }

  /** JShell takes a last statement without its ';', a lambda's body does not. */
  private static String terminated(String java) {
    String t = java.strip();
    return t.endsWith(";") || t.endsWith("}") ? java : java + ";";
  }

  private static void compile(Engine engine, Source source, Stmt.Java java) {
    // the line keeps its own lines and columns: the wrapper's text stands on a line of its own
    String wrapped = "Runnable ddl$check = () -> {\n" + terminated(java.code()) + "\n};";
    Unit unit = Translator.javaUnit(java);
    for (SnippetEvent e : engine.jshell().eval(wrapped)) {
      if (e.causeSnippet() != null) {
        continue;
      }
      if (e.status() == Snippet.Status.REJECTED) {
        DdlError error = Errors.rejected(engine.jshell(), e, source, unit, -1);
        engine.jshell().drop(e.snippet());
        throw error;
      }
      engine.jshell().drop(e.snippet());
    }
  }
}
