package ddl.engine;

import java.util.concurrent.Callable;
import java.util.concurrent.SynchronousQueue;

/**
 * One thread with a large stack on which an engine parses, translates and compiles. javac and the
 * parser recurse once per level of an expression's nesting, and the caller's thread may have a
 * small stack (an embedding host's worker, a test runner): there a deeply nested but legal
 * expression would crash javac with an {@code InternalError}. Run here, their depth is bounded by
 * the parser's own limit instead. The caller waits; the snippets themselves run on JShell's
 * execution thread, as before.
 */
final class CompileThread implements AutoCloseable {
  /** Reserved address space, committed only as deep recursion touches it. */
  private static final long STACK_BYTES = 256L << 20;

  private final SynchronousQueue<Job<?>> jobs = new SynchronousQueue<>();
  private final Thread thread;
  private volatile boolean busy;

  private static final class Job<T> {
    final Callable<T> work;
    T result;
    Throwable failure;
    boolean done;

    Job(Callable<T> work) {
      this.work = work;
    }
  }

  CompileThread(String name) {
    thread = new Thread(null, this::serve, name, STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Runs {@code work} on this thread and returns its result, or throws what it threw. A call from
   * this thread, or while it is busy (code run by an evaluation calling back into its engine),
   * runs on the caller's thread.
   */
  <T> T call(Callable<T> work) {
    if (Thread.currentThread() == thread || busy || !thread.isAlive()) {
      return direct(work);
    }
    Job<T> job = new Job<>(work);
    boolean interrupted = false;
    try {
      while (true) {
        try {
          jobs.put(job);
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      synchronized (job) {
        while (!job.done) {
          try {
            job.wait();
          } catch (InterruptedException e) {
            interrupted = true; // the work stops through the engine's own interrupt, not this one
          }
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    if (job.failure instanceof RuntimeException r) {
      throw r;
    }
    if (job.failure instanceof Error e) {
      throw e;
    }
    if (job.failure != null) {
      throw new IllegalStateException(job.failure);
    }
    return job.result;
  }

  private static <T> T direct(Callable<T> work) {
    try {
      return work.call();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void serve() {
    while (true) {
      Job job;
      try {
        job = jobs.take();
      } catch (InterruptedException e) {
        return; // closed
      }
      busy = true;
      try {
        job.result = job.work.call();
      } catch (Throwable t) {
        job.failure = t;
      } finally {
        busy = false;
        synchronized (job) {
          job.done = true;
          job.notifyAll();
        }
      }
    }
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
