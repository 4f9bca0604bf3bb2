package ddl.repl;

/** The command line entry point: {@code ddl [FILE.ddl [ARGS...]] | -e CODE | --help | --version}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("--version")) {
      System.out.println("ddl " + Version.current());
      return;
    }
    System.out.println("usage: ddl [FILE.ddl [ARGS...]] | -e CODE | --help | --version");
  }
}
