package ddl.repl;

import ddl.engine.Engine;
import ddl.stdlib.Context;
import ddl.stdlib.nd4j.Nd4jBridge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.Signals;

/**
 * The REPL on a terminal, through JLine: prompt, editing, history file, completion, highlighting,
 * continuation lines, and Ctrl-C that stops the running evaluation rather than the process.
 */
final class TerminalShell {
  static final String PROMPT = "ddl> ";
  static final String CONTINUATION = "...> ";

  private TerminalShell() {}

  static int run(boolean quiet) {
    Terminal terminal;
    try {
      terminal =
          TerminalBuilder.builder()
              .system(true)
              .dumb(true)
              .encoding(StandardCharsets.UTF_8)
              .build();
    } catch (IOException e) {
      System.err.println("ddl: no terminal (" + e.getMessage() + "), reading stdin plainly");
      return new Repl(System.out, System.err, false).piped();
    }
    boolean dumb = isDumb(terminal);
    if (dumb) {
      // a dumb terminal leaves the tty cooked, so Ctrl-C arrives as SIGINT (whose default ends
      // the JVM), not as a key JLine reads: hand it to the terminal, as a full terminal does
      Signals.register("INT", () -> terminal.raise(Terminal.Signal.INT));
    }
    boolean color = !dumb && System.getenv("NO_COLOR") == null;
    Repl repl = new Repl(System.out, System.err, color);
    // the engine takes longer than JLine: start it first, so the first result comes sooner
    repl.lazyEngine().begin();
    return loop(terminal, repl, historyFile(), quiet);
  }

  static boolean isDumb(Terminal terminal) {
    return terminal.getType().startsWith(Terminal.TYPE_DUMB);
  }

  /** Reads and runs inputs until Ctrl-D or {@code /exit}, then closes the session and terminal. */
  static int loop(Terminal terminal, Repl repl, Path history, boolean quiet) {
    boolean dumb = isDumb(terminal);
    repl.setDisplay(() -> display(terminal, repl.printer().color()));
    ProgressBar bar = new ProgressBar(terminal.writer(), terminal::getWidth);
    if (!dumb) {
      repl.setProgress(bar);
    }
    LineReader reader = reader(terminal, repl, history);
    Interrupts interrupts = new Interrupts(terminal, repl.lazyEngine(), bar);
    if (!quiet) {
      repl.printer().info(banner(repl.printer()));
    }
    try (LazyEngine session = repl.lazyEngine()) {
      while (true) {
        String line;
        try {
          line = reader.readLine(PROMPT);
        } catch (UserInterruptException e) {
          if (dumb) {
            // JLine moves to a new line only where it draws the line itself
            terminal.writer().println();
            terminal.writer().flush();
          }
          continue; // Ctrl-C at the prompt drops the line, as in bash and IPython
        } catch (EndOfFileException e) {
          break;
        }
        if (line.isBlank()) {
          continue;
        }
        if (ReplParser.isCommand(line)) {
          boolean[] going = {true};
          interrupts.during(() -> going[0] = repl.commands().run(line));
          bar.end();
          if (!going[0]) {
            break;
          }
          continue;
        }
        interrupts.during(() -> repl.evaluate(line));
        bar.end();
      }
    } finally {
      try {
        reader.getHistory().save();
        terminal.close();
      } catch (IOException e) {
        // leaving anyway; the history is a convenience
      }
    }
    return 0;
  }

  private static LineReader reader(Terminal terminal, Repl repl, Path history) {
    LineReader reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("ddl")
            .parser(new ReplParser())
            .completer(new ReplCompleter(repl.lazyEngine(), repl.commands()))
            .highlighter(new ReplHighlighter(repl.lazyEngine(), () -> repl.printer().color()))
            .variable(LineReader.HISTORY_FILE, history)
            .variable(LineReader.HISTORY_SIZE, 10_000)
            .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
            .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
            .variable(LineReader.INDENTATION, 2)
            .variable(LineReader.LIST_MAX, 200)
            // ! is ddl's not, never a history reference
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .option(LineReader.Option.INSERT_TAB, false)
            .option(LineReader.Option.AUTO_FRESH_LINE, true)
            .build();
    ClosingBracket.install(reader);
    return reader;
  }

  /** {@code $XDG_STATE_HOME/ddl/history}, else {@code ~/.local/state/ddl/history}. */
  static Path historyFile() {
    String state = System.getenv("XDG_STATE_HOME");
    Path base =
        state != null && !state.isBlank()
            ? Paths.get(state)
            : Paths.get(System.getProperty("user.home"), ".local", "state");
    Path dir = base.resolve("ddl");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      // JLine reports nothing if it cannot write; the session works without saved history
    }
    return dir.resolve("history");
  }

  static Context.Display display(Terminal terminal, boolean color) {
    int width = terminal.getWidth() > 0 ? terminal.getWidth() : 80;
    int height = terminal.getHeight() > 0 ? terminal.getHeight() : 24;
    boolean unicode = StandardCharsets.UTF_8.equals(terminal.encoding());
    return new Context.Display(width, height, color, unicode);
  }

  /** One line: version and backend, or where to start. */
  static String banner(ResultPrinter p) {
    return p.bold("ddl " + Version.current())
        + " · backend " + backend()
        + " · /help for help, Tab completes, Ctrl-D leaves";
  }

  /**
   * {@link Nd4jBridge#backend()} once ND4J is loaded; before that, which backend the class path
   * holds, so that the banner does not wait the half second ND4J takes to start.
   */
  static String backend() {
    ClassLoader loader = TerminalShell.class.getClassLoader();
    if (loader.getResource("org/nd4j/linalg/jcublas/JCublasBackend.class") != null) {
      return "cuda";
    }
    return loader.getResource("org/nd4j/linalg/cpu/nativecpu/CpuBackend.class") != null
        ? "cpu"
        : Nd4jBridge.backend();
  }

  /** Stops the engine on Ctrl-C while an input runs; JLine handles Ctrl-C at the prompt itself. */
  private static final class Interrupts {
    private volatile boolean running;

    Interrupts(Terminal terminal, LazyEngine engine, ProgressBar bar) {
      terminal.handle(
          Terminal.Signal.INT,
          s -> {
            Engine e = engine.now();
            if (running && e != null) {
              // the terminal echoed ^C: start the message on a line of its own, or on the bar's
              if (!bar.end()) {
                terminal.writer().println();
                terminal.writer().flush();
              }
              e.stop();
            }
          });
    }

    void during(Runnable work) {
      running = true;
      try {
        work.run();
      } finally {
        running = false;
      }
    }
  }
}
