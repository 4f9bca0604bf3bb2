package ddl.repl;

import ddl.engine.Engine;
import ddl.stdlib.nd4j.Nd4jBridge;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The session's engine, created on a background thread so that the prompt appears at once: ND4J's
 * native backend and JShell's first compile take most of a second, which the user spends typing.
 * The first evaluation waits for it; completion and highlighting do without until it is ready.
 */
final class LazyEngine implements AutoCloseable {
  private final PrintStream out;
  private final PrintStream err;
  private final Consumer<Engine> configure;
  private volatile CompletableFuture<Engine> future;

  LazyEngine(PrintStream out, PrintStream err, Consumer<Engine> configure) {
    this.out = out;
    this.err = err;
    this.configure = configure;
  }

  /**
   * Starts creating the engine in the background; it is kept separate from the constructor so
   * that tests can build a session without paying for an engine they do not use.
   */
  synchronized void begin() {
    if (future == null) {
      future = start();
    }
  }

  private CompletableFuture<Engine> start() {
    CompletableFuture<Engine> f = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                Engine e = Engine.create(out, err, List.of());
                configure.accept(e);
                f.complete(e);
                // warm up after completing: the user may already be waiting for a result
                Nd4jBridge.warmUp();
              } catch (Throwable x) {
                f.completeExceptionally(x);
              }
            },
            "ddl-engine-start");
    t.setDaemon(true);
    t.start();
    return f;
  }

  /** The engine, waiting for it to be ready. */
  Engine get() {
    begin();
    return future.join();
  }

  /** The engine if it is ready, else null (for completion and highlighting, which must not wait). */
  Engine now() {
    CompletableFuture<Engine> f = future;
    return f != null && f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
  }

  /** Closes the current engine and starts a fresh one ({@code /reset}). */
  synchronized void reset() {
    Engine old = now();
    future = start();
    if (old != null) {
      old.close();
    }
  }

  @Override
  public void close() {
    Engine e = now();
    if (e != null) {
      e.close();
    }
  }
}
