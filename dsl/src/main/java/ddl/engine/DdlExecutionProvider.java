package ddl.engine;

import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/** JShell's local execution, in this process, with snippet classes loaded under ddl's class loader. */
final class DdlExecutionProvider implements ExecutionControlProvider {
  private final ClassLoader parent;

  DdlExecutionProvider(ClassLoader parent) {
    this.parent = parent;
  }

  @Override
  public String name() {
    return "ddl-local";
  }

  @Override
  public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
    return new LocalExecutionControl(new DdlLoaderDelegate(parent));
  }
}
