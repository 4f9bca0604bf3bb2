package ddl.jsr223;

import ddl.engine.CompiledProgram;
import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;

/**
 * A ddl script compiled once: {@code eval} runs the compiled statements with the context's
 * bindings, with no lexing, translation or javac. Names the script reads that were not defined when
 * it was compiled must have values in the bindings of each run.
 */
final class DdlCompiledScript extends CompiledScript {
  private final DdlScriptEngine engine;
  private final CompiledProgram program;

  DdlCompiledScript(DdlScriptEngine engine, CompiledProgram program) {
    this.engine = engine;
    this.program = program;
  }

  @Override
  public Object eval(ScriptContext context) throws ScriptException {
    return engine.run(context, program::run);
  }

  @Override
  public ScriptEngine getEngine() {
    return engine;
  }
}
