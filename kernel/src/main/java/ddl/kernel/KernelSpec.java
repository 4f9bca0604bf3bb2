package ddl.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the kernel spec {@code ddl/kernel.json} where {@code jupyter kernelspec install} would: by
 * default the system-wide folder ({@code /usr/local/share/jupyter/kernels} on Linux and macOS),
 * with {@code --user} the user's Jupyter data folder, with {@code --prefix DIR} {@code
 * DIR/share/jupyter/kernels} (a virtual environment's prefix, say).
 */
final class KernelSpec {
  static final String NAME = "ddl";

  private KernelSpec() {}

  static int install(String[] args, PrintStream out, PrintStream err) {
    Path kernels;
    if (args.length == 0) {
      kernels = systemKernels(System.getenv());
    } else if (args.length == 1 && args[0].equals("--user")) {
      kernels = userKernels(System.getenv());
    } else if (args.length == 2 && args[0].equals("--prefix")) {
      kernels = Path.of(args[1]).resolve("share").resolve("jupyter").resolve("kernels");
    } else {
      err.println(
          "ddl kernel install: unexpected arguments "
              + String.join(" ", args)
              + "\n"
              + KernelMain.USAGE);
      return 2;
    }
    String launcher = System.getProperty("ddl.launcher");
    if (launcher == null) {
      err.println("ddl kernel install: run it through the ddl launcher (./ddl kernel install)");
      return 2;
    }
    Path dir = kernels.resolve(NAME);
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("kernel.json"), spec(launcher), StandardCharsets.UTF_8);
    } catch (AccessDeniedException e) {
      err.println(
          "ddl kernel install: permission denied: "
              + e.getFile()
              + "\n  install for yourself with --user, or into an environment with --prefix DIR");
      return 1;
    } catch (IOException e) {
      err.println("ddl kernel install: cannot write " + dir + ": " + e);
      return 1;
    }
    out.println("installed kernel spec ddl in " + dir);
    return 0;
  }

  /** The kernel.json: this checkout's launcher, run as {@code ddl kernel {connection_file}}. */
  static String spec(String launcher) {
    ObjectNode s = Json.object();
    s.putArray("argv").add(launcher).add("kernel").add("{connection_file}");
    s.put("display_name", "ddl");
    s.put("language", "ddl");
    // the front end sends interrupt_request on the control channel: works on every OS and for
    // remote kernels; SIGINT is handled too
    s.put("interrupt_mode", "message");
    s.putObject("metadata").put("debugger", false);
    try {
      var layout =
          new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
              .withSeparators(
                  com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(
                          com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
      return Json.MAPPER.writer(layout).writeValueAsString(s) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code jupyter --data-dir}'s kernels: JUPYTER_DATA_DIR, else the OS's per-user folder. */
  static Path userKernels(Map<String, String> env) {
    String data = env.get("JUPYTER_DATA_DIR");
    if (data != null && !data.isEmpty()) {
      return Path.of(data).resolve("kernels");
    }
    String home = System.getProperty("user.home");
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    Path base;
    if (os.contains("win")) {
      base = Path.of(env.getOrDefault("APPDATA", home)).resolve("jupyter");
    } else if (os.contains("mac")) {
      base = Path.of(home, "Library", "Jupyter");
    } else {
      String xdg = env.get("XDG_DATA_HOME");
      base =
          (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(home, ".local", "share"))
              .resolve("jupyter");
    }
    return base.resolve("kernels");
  }

  /** The system-wide kernels folder that {@code jupyter kernelspec install} writes by default. */
  static Path systemKernels(Map<String, String> env) {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      return Path.of(env.getOrDefault("PROGRAMDATA", "C:\\ProgramData"), "jupyter", "kernels");
    }
    return Path.of("/usr", "local", "share", "jupyter", "kernels");
  }
}
