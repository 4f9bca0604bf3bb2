package ddl.repl;

import ddl.script.ScriptRunner;
import java.util.Arrays;

/** The command line entry point: {@code ddl [FILE.ddl [ARGS...]] | -e CODE | --help | --version}. */
public final class Main {
  private Main() {}

  static final String USAGE =
      "usage: ddl                      start the interactive shell\n"
          + "       ddl FILE.ddl [ARGS...]   run a script (args holds ARGS)\n"
          + "       ddl -e 'CODE' [ARGS...]  run CODE and show the value of its last expression\n"
          + "       ddl kernel install [--user | --prefix DIR]   the Jupyter kernel spec (docs/notebooks.md)\n"
          + "       ddl kernel CONNECTION_FILE   run the Jupyter kernel (a front end starts it)\n"
          + "       ddl --help | --version\n"
          + "options: -q (no banner), --verbose (library log output)";

  public static void main(String[] args) {
    int code = run(args);
    System.out.flush();
    System.exit(code);
  }

  static int run(String[] args) {
    Logging.quiet(Arrays.asList(args).contains("--verbose"));
    String[] rest = Arrays.stream(args).filter(a -> !a.equals("--verbose")).toArray(String[]::new);
    ScriptRunner runner = new ScriptRunner(System.out, System.err);
    if (rest.length > 0) {
      switch (rest[0]) {
        case "--version":
        case "-V":
          System.out.println("ddl " + Version.current());
          return 0;
        case "--help":
        case "-h":
          System.out.println(USAGE);
          return 0;
        case "-e":
          if (rest.length < 2) {
            System.err.println("ddl: -e needs code to run\n" + USAGE);
            return 2;
          }
          return runner.runCode(rest[1], Arrays.copyOfRange(rest, 2, rest.length));
        default:
          if (rest[0].startsWith("-") && !rest[0].equals("-q") && !rest[0].equals("-")) {
            System.err.println("ddl: unknown option " + rest[0] + "\n" + USAGE);
            return 2;
          }
          if (!rest[0].equals("-q")) {
            return runner.runFile(rest[0], Arrays.copyOfRange(rest, 1, rest.length));
          }
      }
    }
    return Repl.start(Arrays.asList(rest).contains("-q"));
  }
}
