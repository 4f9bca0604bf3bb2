package ddl.kernel;

import java.io.PrintStream;
import java.util.Optional;

/**
 * Ends the kernel when the front end that started it is gone, so that a crashed or killed notebook
 * server leaves no kernel behind: the process named by {@code JPY_PARENT_PID} (set by
 * jupyter_client), else the kernel's parent, is checked once a second; it has died when it is no
 * longer alive or the kernel has been handed to another parent.
 */
final class ParentWatch {
  private static final long PERIOD_MS = 1000;

  private ParentWatch() {}

  static void start(Runnable stop, PrintStream log) {
    ProcessHandle self = ProcessHandle.current();
    long original = self.parent().map(ProcessHandle::pid).orElse(-1L);
    long watched = parsePid(System.getenv("JPY_PARENT_PID")).orElse(original);
    Thread t =
        new Thread(
            () -> {
              while (true) {
                try {
                  Thread.sleep(PERIOD_MS);
                } catch (InterruptedException e) {
                  return;
                }
                // a parent that died is gone itself, or (pid reused) no longer the kernel's parent
                long now = self.parent().map(ProcessHandle::pid).orElse(-1L);
                boolean alive = ProcessHandle.of(watched).map(ProcessHandle::isAlive).orElse(false);
                if (!alive || (watched == original && now != original)) {
                  log.println("ddl kernel: parent process " + watched + " is gone; shutting down");
                  stop.run();
                  return;
                }
              }
            },
            "ddl-kernel-parent");
    t.setDaemon(true);
    t.start();
  }

  static Optional<Long> parsePid(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(s.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
