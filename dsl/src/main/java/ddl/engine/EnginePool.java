package ddl.engine;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Engines started ahead of time, so that creating one is quick: most of an engine's start-up is
 * JShell compiling its first snippet (a fresh javac per JShell, ~0.2-0.5 s), which nothing can
 * share between JShell instances. After an engine is taken, the next one starts on a background
 * thread. Each engine is handed out once, so instances still share nothing; the process holds at
 * most one unused engine. {@code -Dddl.engine.prestart=false} turns this off.
 */
public final class EnginePool {
  private static final boolean ENABLED = !"false".equals(System.getProperty("ddl.engine.prestart"));

  /** The engine being started or ready; guarded by the class. */
  private static CompletableFuture<Engine> spare;

  private EnginePool() {}

  /**
   * An engine with the default class path printing to {@code out} and {@code err}: a pre-started
   * one when ready or starting, otherwise a new one; then the next one starts in the background.
   */
  public static Engine take(PrintStream out, PrintStream err) {
    if (!ENABLED) {
      return Engine.create(out, err, List.of());
    }
    CompletableFuture<Engine> f;
    synchronized (EnginePool.class) {
      f = spare;
      spare = null;
    }
    Engine e = null;
    if (f != null) {
      try {
        // one still starting is further along than a new one would be
        e = f.join();
      } catch (CompletionException failed) {
        e = null;
      }
    }
    if (e == null) {
      e = start();
    }
    ((ForwardingPrintStream) e.context().out()).target(out);
    ((ForwardingPrintStream) e.context().err()).target(err);
    refill();
    return e;
  }

  private static Engine start() {
    return Engine.create(
        new ForwardingPrintStream(System.out), new ForwardingPrintStream(System.err), List.of());
  }

  private static void refill() {
    CompletableFuture<Engine> f = new CompletableFuture<>();
    synchronized (EnginePool.class) {
      if (spare != null) {
        return;
      }
      spare = f;
    }
    Thread t =
        new Thread(
            () -> {
              try {
                f.complete(start());
              } catch (Throwable x) {
                f.completeExceptionally(x);
              }
            },
            "ddl-engine-prestart");
    t.setDaemon(true);
    t.start();
  }
}
