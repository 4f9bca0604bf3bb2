package ddl.repl;

import ddl.engine.Engine;
import ddl.lang.DdlError;
import ddl.lang.Suggest;
import ddl.stdlib.Builtins;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;

/**
 * The REPL's commands in JShell's style ({@code /help /vars /load /save /reset /time /history
 * /java /set /exit}) and {@code ?NAME}. Each returns false only for {@code /exit}.
 */
final class Commands {
  static final Map<String, String> HELP =
      new java.util.LinkedHashMap<>(
          Map.ofEntries(
              Map.entry("/help", "/help [NAME]       this list, or a built-in's signature, doc and example (also ?NAME)"),
              Map.entry("/vars", "/vars              the session's variables: name, type, shape, dtype"),
              Map.entry("/load", "/load FILE         run a .ddl file in this session"),
              Map.entry("/save", "/save FILE         write this session's successful inputs as a runnable .ddl"),
              Map.entry("/reset", "/reset             forget every variable and def (a fresh session)"),
              Map.entry("/time", "/time STATEMENT    best and median time of repeated runs, as %timeit"),
              Map.entry("/history", "/history [N]       the last N inputs (all of this session's by default)"),
              Map.entry("/java", "/java STATEMENT    the Java a statement becomes"),
              Map.entry("/set", "/set [echo|color on|off] [printoptions KEY=VALUE...]   options; alone shows them"),
              Map.entry("/exit", "/exit              leave (also Ctrl-D on an empty line)")));

  static final List<String> ORDER =
      List.of("/help", "/vars", "/load", "/save", "/reset", "/time", "/history", "/java", "/set", "/exit");

  private final Repl repl;
  private final ResultPrinter printer;

  Commands(Repl repl, ResultPrinter printer) {
    this.repl = repl;
    this.printer = printer;
  }

  /** Runs one command line; false means leave. */
  boolean run(String line) {
    String s = line.strip();
    if (s.startsWith("?")) {
      help(s.substring(1).strip());
      return true;
    }
    int space = s.indexOf(' ');
    String name = space < 0 ? s : s.substring(0, space);
    String arg = space < 0 ? "" : s.substring(space + 1).strip();
    switch (name) {
      case "/help", "/?" -> help(arg);
      case "/vars" -> printer.info(Vars.table(repl.engine()));
      case "/load" -> load(arg);
      case "/save" -> save(arg);
      case "/reset" -> repl.reset();
      case "/time" -> {
        if (arg.isEmpty()) {
          printer.problem("usage: /time STATEMENT");
        } else {
          new Timer(repl, printer).time(arg);
        }
      }
      case "/history" -> history(arg);
      case "/java" -> java(arg);
      case "/set" -> new Settings(repl, printer).set(arg);
      case "/exit", "/quit" -> {
        return false;
      }
      default -> {
        String hint = Suggest.closest(name, ORDER).map(c -> "; did you mean " + c + "?").orElse("");
        printer.problem("unknown command " + name + hint + " (/help lists them)");
      }
    }
    return true;
  }

  private void help(String name) {
    if (!name.isEmpty()) {
      printer.info(repl.engine().help().describe(name));
      return;
    }
    StringBuilder sb = new StringBuilder("commands:\n");
    for (String c : ORDER) {
      sb.append("  ").append(HELP.get(c)).append('\n');
    }
    sb.append("keys: Tab completes, Ctrl-R searches history, Ctrl-C stops a computation or")
        .append(" clears the line,\n  Ctrl-D on an empty line leaves; a statement ending in ;")
        .append(" shows nothing; _ is the last result\n\n");
    sb.append(repl.engine().help().describe(null));
    printer.info(sb.toString());
  }

  private void load(String file) {
    if (file.isEmpty()) {
      printer.problem("usage: /load FILE");
      return;
    }
    Path p = Paths.get(FileNames.expandHome(file));
    String text;
    try {
      text = Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      printer.problem("cannot read " + file + ": " + e.getMessage());
      return;
    }
    try {
      Engine e = repl.engine();
      e.eval(new ddl.lang.Source(p.toString(), text), false);
      repl.recordInput(text);
    } catch (DdlError e) {
      printer.error(e);
    }
  }

  private void save(String file) {
    if (file.isEmpty()) {
      printer.problem("usage: /save FILE");
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (String input : repl.inputs()) {
      sb.append(input.strip()).append('\n');
    }
    try {
      Files.writeString(Paths.get(FileNames.expandHome(file)), sb.toString(), StandardCharsets.UTF_8);
      printer.info("saved " + repl.inputs().size() + " inputs to " + file);
    } catch (IOException e) {
      printer.problem("cannot write " + file + ": " + e.getMessage());
    }
  }

  private void history(String arg) {
    List<String> all = new ArrayList<>(repl.typed());
    int n = all.size();
    if (!arg.isEmpty()) {
      try {
        n = Math.min(n, Integer.parseInt(arg));
      } catch (NumberFormatException e) {
        printer.problem("usage: /history [N]");
        return;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = all.size() - n; i < all.size(); i++) {
      sb.append(String.format("%4d  %s%n", i + 1, all.get(i).replace("\n", "\n      ")));
    }
    printer.info(sb.toString().stripTrailing());
  }

  private void java(String arg) {
    if (arg.isEmpty()) {
      printer.problem("usage: /java STATEMENT");
      return;
    }
    try {
      printer.info(repl.engine().javaOf(arg));
    } catch (DdlError e) {
      printer.error(e.source() == null ? e.in(new ddl.lang.Source("<input>", arg)) : e);
    }
  }

  /** Completes command names, then their arguments: files, built-ins, settings. */
  void complete(String before, String word, Map<String, Candidate> found) {
    if (before.startsWith("?")) {
      builtins(found);
      return;
    }
    if (!before.contains(" ")) {
      for (String c : ORDER) {
        String bare = c.substring(1);
        found.putIfAbsent(bare, new Candidate(bare, c, null, null, null, null, true));
      }
      return;
    }
    String cmd = before.substring(0, before.indexOf(' '));
    switch (cmd) {
      case "/help" -> builtins(found);
      case "/load", "/save" -> FileNames.complete(word, found);
      case "/set" -> {
        for (String o : Settings.WORDS) {
          found.putIfAbsent(o, new Candidate(o, o, null, null, null, null, !o.endsWith("=")));
        }
      }
      default -> {}
    }
  }

  private static void builtins(Map<String, Candidate> found) {
    for (String b : Builtins.all().keySet()) {
      found.putIfAbsent(b, new Candidate(b, b, null, null, null, null, true));
    }
  }
}
