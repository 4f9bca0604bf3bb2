package ddl.kernel;

import java.io.PrintStream;

/**
 * SIGINT stops the running cell instead of ending the JVM, for front ends whose kernel spec says
 * {@code "interrupt_mode": "signal"} (and a Ctrl-C sent to the kernel's process group). Uses {@code
 * sun.misc.Signal}, the JDK's supported way (module jdk.unsupported) to handle one.
 */
final class Interrupts {
  private Interrupts() {}

  static void onSigint(Runnable interrupt, PrintStream log) {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> interrupt.run());
    } catch (IllegalArgumentException e) {
      log.println(
          "ddl kernel: SIGINT cannot be handled here ("
              + e.getMessage()
              + "); interrupt_request still works");
    }
  }
}
