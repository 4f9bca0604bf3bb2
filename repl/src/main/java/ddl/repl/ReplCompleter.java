package ddl.repl;

import ddl.engine.Engine;
import ddl.lang.DdlError;
import ddl.lang.Lexer;
import ddl.lang.Source;
import ddl.lang.Token;
import ddl.lang.TokenKind;
import ddl.lang.translate.Environment;
import ddl.stdlib.Builtins;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: REPL commands, file names inside strings, members after a dot (tensor
 * attributes, a value's fields and methods, Java members through JShell), keyword arguments of
 * the call the cursor is in, then session names, built-ins and keywords. One candidate per name.
 */
final class ReplCompleter implements Completer {
  private static final List<String> KEYWORDS =
      List.of(
          "def", "return", "if", "else", "for", "in", "while", "break", "continue", "and", "or",
          "not", "true", "false", "None", "newaxis", "new", "pi", "inf", "nan");

  private final Supplier<Engine> engine;
  private final Commands commands;

  ReplCompleter(LazyEngine engine, Commands commands) {
    this(engine::now, commands);
  }

  /**
   * Completes over the engine {@code engine} returns (null while it is not ready); {@code
   * commands} null leaves command lines uncompleted, for front ends without the REPL's commands.
   */
  ReplCompleter(Supplier<Engine> engine, Commands commands) {
    this.engine = engine;
    this.commands = commands;
  }

  @Override
  public void complete(LineReader reader, ParsedLine parsed, List<Candidate> out) {
    Map<String, Candidate> found = new LinkedHashMap<>();
    suggest((Word) parsed, found);
    out.addAll(found.values());
  }

  /** Fills {@code found} with the candidates for the word under the cursor. */
  void suggest(Word w, Map<String, Candidate> found) {
    String line = w.line();
    String before = line.substring(0, w.start());
    if (w.inString()) {
      FileNames.complete(w.word(), found);
      return;
    }
    String trimmed = before.stripLeading();
    if (commands != null && (trimmed.startsWith("/") || trimmed.startsWith("?"))) {
      commands.complete(trimmed, w.word(), found);
      return;
    }
    Engine e = engine.get();
    if (before.endsWith(".")) {
      MemberCompletion.complete(e, line, w, found);
      return;
    }
    keywordArguments(e, before, found);
    if (e != null) {
      for (String n : e.environment().knownNames()) {
        if (!n.contains("$")) {
          add(found, n, n, null);
        }
      }
    }
    for (Builtins.Info b : Builtins.all().values()) {
      add(found, b.name(), b.name(), b.signature());
    }
    for (String k : KEYWORDS) {
      add(found, k, k, null);
    }
    if (e != null && !w.word().isEmpty() && Character.isUpperCase(w.word().charAt(0))) {
      MemberCompletion.java(e, line, w.cursor(), found);
    }
  }

  /** {@code sum(A, ax} offers {@code axis=}: the parameters of the innermost call being typed. */
  private static void keywordArguments(Engine e, String before, Map<String, Candidate> found) {
    String callee = innermostCall(before);
    if (callee == null) {
      return;
    }
    Builtins.Info b = Builtins.info(callee);
    List<String> params = null;
    if (b != null) {
      params = b.params();
    } else if (e != null) {
      Environment.DefSignature d = e.environment().def(callee);
      params = d == null ? null : d.params();
    }
    if (params != null) {
      for (String p : params) {
        add(found, p + "=", p + "=", "keyword of " + callee);
      }
    }
  }

  /** The name called by the innermost parenthesis open at the end of {@code before}, or null. */
  static String innermostCall(String before) {
    List<Token> tokens;
    try {
      tokens = Lexer.tokenize(new Source("<input>", before));
    } catch (DdlError x) {
      return null;
    }
    Deque<String> open = new ArrayDeque<>();
    Token prev = null;
    for (Token t : tokens) {
      switch (t.kind()) {
        case LPAREN -> open.push(prev != null && prev.kind() == TokenKind.NAME ? prev.text() : "");
        case LBRACKET, LBRACE -> open.push("");
        case RPAREN, RBRACKET, RBRACE -> open.poll();
        default -> {}
      }
      prev = t;
    }
    String top = open.peek();
    return top == null || top.isEmpty() ? null : top;
  }

  /** Adds one candidate per value: no space after it, since a name is usually followed by more. */
  static void add(Map<String, Candidate> found, String value, String display, String descr) {
    found.putIfAbsent(value, new Candidate(value, display, null, descr, null, null, false));
  }
}
