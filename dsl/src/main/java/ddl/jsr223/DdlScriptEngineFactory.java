package ddl.jsr223;

import java.util.List;
import java.util.stream.Collectors;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * The {@code javax.script} factory of ddl, registered in {@code META-INF/services}: {@code new
 * ScriptEngineManager().getEngineByName("ddl")}, {@code getEngineByExtension("ddl")} or {@code
 * getEngineByMimeType("text/x-ddl")}. Each engine it makes is a ddl session of its own.
 */
public final class DdlScriptEngineFactory implements ScriptEngineFactory {
  static final String VERSION = "0.1.0";

  /** The factory; {@code ScriptEngineManager} finds it through the service loader. */
  public DdlScriptEngineFactory() {}

  @Override
  public String getEngineName() {
    return "ddl";
  }

  @Override
  public String getEngineVersion() {
    return VERSION;
  }

  @Override
  public List<String> getExtensions() {
    return List.of("ddl");
  }

  @Override
  public List<String> getMimeTypes() {
    return List.of("text/x-ddl", "application/x-ddl");
  }

  @Override
  public List<String> getNames() {
    return List.of("ddl", "DDL");
  }

  @Override
  public String getLanguageName() {
    return "ddl";
  }

  @Override
  public String getLanguageVersion() {
    return VERSION;
  }

  /**
   * The standard parameters; {@code THREADING} is null: one engine runs one script at a time (calls
   * from several threads wait for each other), so give each thread its own engine.
   */
  @Override
  public Object getParameter(String key) {
    switch (key) {
      case ScriptEngine.ENGINE:
        return getEngineName();
      case ScriptEngine.ENGINE_VERSION:
        return getEngineVersion();
      case ScriptEngine.NAME:
        return "ddl";
      case ScriptEngine.LANGUAGE:
        return getLanguageName();
      case ScriptEngine.LANGUAGE_VERSION:
        return getLanguageVersion();
      default:
        return null;
    }
  }

  /** {@code obj.m(a, b)}: ddl calls a Java object's methods as Java does. */
  @Override
  public String getMethodCallSyntax(String obj, String m, String... args) {
    return obj + "." + m + "(" + String.join(", ", args) + ")";
  }

  @Override
  public String getOutputStatement(String toDisplay) {
    String quoted =
        toDisplay
            .chars()
            .mapToObj(
                c ->
                    c == '"'
                        ? "\\\""
                        : c == '\\' ? "\\\\" : c == '\n' ? "\\n" : String.valueOf((char) c))
            .collect(Collectors.joining());
    return "print(\"" + quoted + "\")";
  }

  @Override
  public String getProgram(String... statements) {
    return String.join("\n", statements);
  }

  /** A new engine: a new ddl session (close it, as an {@link AutoCloseable}, when done). */
  @Override
  public ScriptEngine getScriptEngine() {
    return new DdlScriptEngine(this);
  }
}
