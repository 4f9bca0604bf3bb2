package ddl.repl;

import ddl.engine.Engine;
import ddl.lang.Completeness;
import ddl.lang.DdlError;
import ddl.lang.Lexer;
import ddl.lang.Source;
import ddl.lang.Span;
import ddl.lang.Token;
import ddl.lang.TokenKind;
import ddl.stdlib.Context;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The interactive session: evaluates inputs statement by statement, shows results, keeps the
 * inputs for {@code /save} and {@code /history}, and runs commands. {@link TerminalShell} reads lines
 * with JLine; without a terminal (piped stdin) lines are read plainly, with no prompt or banner.
 */
final class Repl {
  private final LazyEngine engine;
  private final ResultPrinter printer;
  private final Commands commands;
  private final List<String> inputs = new ArrayList<>();
  private final List<String> typed = new ArrayList<>();
  private volatile Supplier<Context.Display> display = () -> Context.Display.PLAIN;
  private volatile ProgressBar bar;
  private volatile boolean echo;
  private volatile boolean failed;

  Repl(PrintStream out, PrintStream err, boolean color) {
    this.printer = new ResultPrinter(out, err, color);
    this.engine = new LazyEngine(out, err, this::configure);
    this.commands = new Commands(this, printer);
  }

  /** Starts the shell: JLine on a terminal, plain line reading otherwise. Returns the exit code. */
  static int start(boolean quiet) {
    if (System.console() == null) {
      return new Repl(System.out, System.err, false).piped();
    }
    return TerminalShell.run(quiet);
  }

  private void configure(Engine e) {
    // JShell's first compile costs most of a second: pay it before the user's first input
    e.eval("0", false);
  }

  /** Reads stdin to its end, an input at a time: lines join while the input is incomplete. */
  int piped() {
    engine.begin();
    try (engine) {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      StringBuilder pending = new StringBuilder();
      String line;
      while ((line = in.readLine()) != null) {
        if (pending.length() == 0 && ReplParser.isCommand(line)) {
          if (!commands.run(line)) {
            break;
          }
          continue;
        }
        pending.append(line).append('\n');
        if (Completeness.of(pending.toString()) != Completeness.INCOMPLETE) {
          evaluate(pending.toString());
          pending.setLength(0);
        }
      }
      if (!pending.toString().isBlank()) {
        evaluate(pending.toString());
      }
    } catch (IOException e) {
      printer.problem("ddl: " + e.getMessage());
      return 1;
    }
    return failed ? 1 : 0;
  }

  /** Runs an input: each statement of a pasted block on its own, stopping at the first error. */
  void evaluate(String text) {
    if (text.isBlank()) {
      return;
    }
    typed.add(text.strip());
    List<String> statements = Statements.split(text);
    for (int i = 0; i < statements.size(); i++) {
      if (!evaluateOne(statements.get(i))) {
        int left = statements.size() - i - 1;
        if (left > 0) {
          printer.problem("(" + left + " more statement" + (left > 1 ? "s" : "") + " not run)");
        }
        return;
      }
    }
  }

  /** Evaluates one statement and shows its value; false when it failed. */
  boolean evaluateOne(String text) {
    Engine e = engine.get();
    e.context().setDisplay(display.get());
    ProgressBar bar = this.bar;
    e.context().setProgress(bar == null ? Context.Progress.NONE : bar);
    if (bar != null) {
      bar.begin();
    }
    try {
      Engine.Result r = e.eval(text, true);
      recordInput(text);
      Runnable check = e.context()::check;
      if (r.hasValue()) {
        printer.value(r.value(), e.context().printOptions(), display.get(), check);
      } else if (echo) {
        for (String name : assigned(text)) {
          printer.echo(name, e.valueOf(name), e.context().printOptions(), check);
        }
      }
      return true;
    } catch (Context.Interrupted x) {
      // Ctrl-C while the value was shown: the statement has run, its display is cut short
      failed = true;
      printer.error(interrupted(text));
      return false;
    } catch (DdlError x) {
      failed = true;
      if (bar != null) {
        bar.end(); // the message goes where the bar of the stopped work was
      }
      printer.error(x);
      return false;
    }
  }

  /** The engine's message for a stopped statement, under the whole of {@code text}. */
  private static DdlError interrupted(String text) {
    int start = text.length() - text.stripLeading().length();
    Span span = new Span(start, Math.max(start, text.stripTrailing().length()));
    return DdlError.of(DdlError.Kind.RUNTIME, span, "interrupted", null)
        .in(new Source("<input>", text));
  }

  /** The names assigned at the start of top-level statements ({@code x = ...}, {@code x += ...}). */
  static Set<String> assigned(String text) {
    Set<String> names = new LinkedHashSet<>();
    List<Token> tokens;
    try {
      tokens = Lexer.tokenize(new Source("<input>", text));
    } catch (DdlError e) {
      return names;
    }
    int depth = 0;
    boolean statementStart = true;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      switch (t.kind()) {
        case LPAREN, LBRACKET, LBRACE -> depth++;
        case RPAREN, RBRACKET, RBRACE -> depth--;
        default -> {}
      }
      if (statementStart && depth == 0 && t.kind() == TokenKind.NAME && i + 1 < tokens.size()) {
        String op = tokens.get(i + 1).kind().name();
        if (op.equals("ASSIGN") || op.endsWith("_ASSIGN")) {
          names.add(t.text());
        }
      }
      statementStart = depth == 0 && (t.kind() == TokenKind.SEMI || t.kind() == TokenKind.NEWLINE);
    }
    return names;
  }

  /** Remembers a successful input for {@code /save}. */
  void recordInput(String text) {
    inputs.add(text);
  }

  /** Forgets the session ({@code /reset}). */
  void reset() {
    engine.reset();
    inputs.clear();
    printer.info("session reset");
  }

  Engine engine() {
    return engine.get();
  }

  LazyEngine lazyEngine() {
    return engine;
  }

  Commands commands() {
    return commands;
  }

  ResultPrinter printer() {
    return printer;
  }

  List<String> inputs() {
    return inputs;
  }

  List<String> typed() {
    return typed;
  }

  boolean echo() {
    return echo;
  }

  void setEcho(boolean on) {
    echo = on;
  }

  void setDisplay(Supplier<Context.Display> display) {
    this.display = display;
  }

  void setProgress(ProgressBar bar) {
    this.bar = bar;
  }
}
