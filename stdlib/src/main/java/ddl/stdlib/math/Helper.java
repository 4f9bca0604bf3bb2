package ddl.stdlib.math;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The second thread of {@link Parallel}: one daemon thread that runs the part of a split loop the
 * caller hands it. A parked thread takes 10–40 µs to wake on this kind of virtual machine, as long
 * as a 1000×1000 column sum takes on one core; so after each job the helper spins for {@link
 * #SPIN_NANOS} (as OpenMP's and OpenBLAS's threads do) before it parks, and a loop of large
 * operations finds it awake. A job it has not started when the caller is done with its own part is
 * run by the caller, so a late or busy helper never costs more than the serial loop.
 */
final class Helper {
  private Helper() {}

  /** How long the helper waits for the next job before it parks (-Dddl.parallel.spin, in µs). */
  private static final long SPIN_NANOS = Long.getLong("ddl.parallel.spin", 100) * 1000;

  private static final int POSTED = 0;
  private static final int TAKEN = 1;
  private static final int DONE = 2;

  /** A part of a loop handed over: body(lo, hi), run once by whichever thread takes it. */
  static final class Job {
    private final Parallel.Range body;
    private final int lo;
    private final int hi;
    private final AtomicInteger state = new AtomicInteger(POSTED);
    private Throwable failure;

    private Job(Parallel.Range body, int lo, int hi) {
      this.body = body;
      this.lo = lo;
      this.hi = hi;
    }

    private boolean take() {
      return state.get() == POSTED && state.compareAndSet(POSTED, TAKEN);
    }

    private void run() {
      try {
        body.run(lo, hi);
      } catch (Throwable t) {
        failure = t;
      } finally {
        state.set(DONE);
      }
    }
  }

  /** Held by the one caller whose job the helper may be running; others use the common pool. */
  private static final AtomicBoolean inUse = new AtomicBoolean();

  private static volatile Job posted;
  private static volatile boolean parked;

  private static final class Holder {
    static final Thread THREAD = start();
  }

  private static Thread start() {
    Thread t = new Thread(Helper::serve, "ddl-parallel");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * Hands body(lo, hi) to the helper; null when another caller has it (a split inside a split, or
   * two threads splitting at once). The caller must {@link #join} a job it got.
   */
  static Job post(Parallel.Range body, int lo, int hi) {
    if (!inUse.compareAndSet(false, true)) {
      return null;
    }
    Job job = new Job(body, lo, hi);
    posted = job;
    Thread helper = Holder.THREAD;
    if (parked) {
      LockSupport.unpark(helper);
    }
    return job;
  }

  /** Waits for the job, running it here if the helper has not taken it; rethrows its failure. */
  static void join(Job job) {
    try {
      if (job.take()) {
        job.run();
      } else {
        for (int spins = 0; job.state.get() != DONE; spins++) {
          if (spins < 1 << 16) {
            Thread.onSpinWait();
          } else {
            Thread.yield(); // the helper was descheduled mid-job: let it run
          }
        }
      }
    } finally {
      posted = null;
      inUse.set(false);
    }
    Throwable failure = job.failure;
    if (failure instanceof RuntimeException e) {
      throw e;
    } else if (failure instanceof Error e) {
      throw e;
    } else if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }

  private static void serve() {
    long idleSince = System.nanoTime();
    while (true) {
      Job job = posted;
      if (job != null && job.take()) {
        job.run();
        idleSince = System.nanoTime();
      } else if (System.nanoTime() - idleSince < SPIN_NANOS) {
        Thread.onSpinWait();
      } else {
        // parked is set before posted is read again and post writes posted before it reads
        // parked (both volatile): either this sees the new job or post sees parked and unparks.
        parked = true;
        Job next = posted;
        if (next == null || next.state.get() != POSTED) {
          LockSupport.park(Helper.class);
        }
        parked = false;
        idleSince = System.nanoTime();
      }
    }
  }
}
