package ddl.kernel;

import ddl.repl.Logging;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code ddl kernel CONNECTION_FILE} runs the Jupyter kernel; {@code ddl kernel install [--user |
 * --prefix DIR]} writes its kernel spec. The front end starts the kernel with the spec's argv.
 */
public final class KernelMain {
  static final String USAGE =
      "usage: ddl kernel install [--user | --prefix DIR]   write the Jupyter kernel spec 'ddl'\n"
          + "       ddl kernel CONNECTION_FILE                  run the kernel (Jupyter starts it)";

  private KernelMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.println(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    if (args[0].equals("--train")) {
      try {
        return Training.run();
      } catch (Exception e) {
        System.err.println("ddl kernel: training run failed: " + e);
        return 1;
      }
    }
    if (args[0].equals("install")) {
      return KernelSpec.install(Arrays.copyOfRange(args, 1, args.length), System.out, System.err);
    }
    if (args.length != 1 || args[0].startsWith("-")) {
      System.err.println(
          "ddl kernel: unexpected arguments " + String.join(" ", args) + "\n" + USAGE);
      return 2;
    }
    return serve(Path.of(args[0]));
  }

  /** Runs the kernel of a connection file until it is shut down or its parent dies. */
  static int serve(Path connectionFile) {
    PrintStream log = System.err; // the front end's log: the kernel's own messages only
    Logging.quiet(System.getenv("DDL_KERNEL_VERBOSE") != null);
    Connection c;
    try {
      c = Connection.read(connectionFile);
    } catch (IOException e) {
      log.println("ddl kernel: cannot read the connection file: " + e.getMessage());
      return 1;
    }
    Kernel kernel;
    try {
      kernel = new Kernel(c, log);
    } catch (RuntimeException e) {
      log.println("ddl kernel: cannot start: " + e.getMessage());
      return 1;
    }
    // Java lines print through System.out: into the notebook, as ddl's print does
    System.setOut(kernel.out());
    System.setErr(kernel.err());
    Interrupts.onSigint(kernel::interrupt, log);
    ParentWatch.start(kernel::stop, log);
    try {
      kernel.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
