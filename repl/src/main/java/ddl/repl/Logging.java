package ddl.repl;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** Keeps library logging (java.util.logging: Tribuo, JShell) off the user's streams unless asked. */
public final class Logging {
  private Logging() {}

  public static void quiet(boolean verbose) {
    if (verbose) {
      return;
    }
    LogManager.getLogManager().reset();
    Logger.getLogger("").setLevel(Level.OFF);
  }
}
