package ddl.lang;

import ddl.lang.ast.Expr;
import ddl.lang.ast.Program;
import ddl.lang.ast.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses ddl source into a {@link Program}. Statements end at a line break, a {@code ;} (which also
 * makes an expression statement silent) or the {@code }} of their block. A statement that starts
 * with a form ddl does not have (a type followed by a name, a modifier, {@code for (}) is kept as
 * raw {@link Stmt.Java}. {@code return} outside a function and {@code break}/{@code continue}
 * outside a loop are reported here, positioned at the keyword.
 *
 * <p>Every error is a {@link DdlError} attached to the source; the first error stops parsing.
 */
public final class Parser {

  private final TokenStream tokens;
  private final ExprParser exprs;
  private final String text;
  private int functionDepth;
  private int loopDepth;
  /** Blocks open around the statement being parsed; javac recurses once per level too. */
  private int blockDepth;

  static final int MAX_BLOCK_DEPTH = 100;

  private Parser(Source source) {
    this.tokens = new TokenStream(new Lexer(source));
    this.exprs = new ExprParser(tokens);
    this.text = source.text();
  }

  /**
   * Parses a whole text: a script, a REPL entry or an embedded string.
   *
   * @throws DdlError at the first error, with {@code source} attached
   */
  public static Program parse(Source source) {
    try {
      return new Parser(source).program();
    } catch (DdlError e) {
      throw e.source() == null ? e.in(source) : e;
    }
  }

  /**
   * Parses a text that must be one expression, such as {@code 2 * x + 1}.
   *
   * @throws DdlError at the first error, with {@code source} attached
   */
  public static Expr parseExpression(Source source) {
    try {
      Parser parser = new Parser(source);
      parser.skipLineBreaks();
      Expr expr = parser.exprs.expression();
      parser.skipLineBreaks();
      parser.tokens.expect(TokenKind.EOF, "expected the end of the expression");
      return expr;
    } catch (DdlError e) {
      throw e.source() == null ? e.in(source) : e;
    }
  }

  private Program program() {
    List<Stmt> statements = new ArrayList<>();
    while (true) {
      skipSeparators();
      if (tokens.check(TokenKind.EOF)) {
        return new Program(statements);
      }
      if (tokens.check(TokenKind.RBRACE)) {
        throw DdlError.unmatched(tokens.peek().span(), "}");
      }
      statements.add(terminated(statement(), false));
    }
  }

  /** {@code { statements }}; {@code what} names the construct for the missing-brace message. */
  private List<Stmt> block(String what) {
    if (tokens.check(TokenKind.NEWLINE)) {
      // a '{' on the next line would make the header a statement of its own
      throw tokens.error("expected '{' to start " + what + " on the same line");
    }
    Token open = tokens.expect(TokenKind.LBRACE, "expected '{' to start " + what);
    if (++blockDepth > MAX_BLOCK_DEPTH) {
      throw DdlError.syntax(open.span(), "blocks nested too deeply",
          "at most " + MAX_BLOCK_DEPTH + " blocks inside each other: move the inner ones into a def");
    }
    List<Stmt> statements = new ArrayList<>();
    while (true) {
      skipSeparators();
      if (tokens.match(TokenKind.RBRACE)) {
        blockDepth--;
        return statements;
      }
      if (tokens.check(TokenKind.EOF)) {
        throw tokens.error("expected '}'");
      }
      statements.add(terminated(statement(), true));
    }
  }

  private void skipSeparators() {
    while (tokens.check(TokenKind.NEWLINE) || tokens.check(TokenKind.SEMI)) {
      tokens.advance();
    }
  }

  private void skipLineBreaks() {
    while (tokens.check(TokenKind.NEWLINE)) {
      tokens.advance();
    }
  }

  /**
   * Consumes what ends a statement. A {@code ;} marks an expression statement silent; a Java
   * statement has already consumed its own end.
   */
  private Stmt terminated(Stmt stmt, boolean inBlock) {
    if (stmt instanceof Stmt.Java) {
      return stmt;
    }
    Token next = tokens.peek();
    switch (next.kind()) {
      case SEMI:
        tokens.advance();
        if (stmt instanceof Stmt.Expression e) {
          return new Stmt.Expression(e.expr(), true, e.span());
        }
        return stmt;
      case NEWLINE:
        tokens.advance();
        return stmt;
      case EOF:
        return stmt;
      case RBRACE:
        if (inBlock) {
          return stmt;
        }
        throw DdlError.unmatched(next.span(), "}");
      default:
        throw tokens.error(
            "expected ';' or a new line after the statement, found " + next.describe());
    }
  }

  private Stmt statement() {
    Token first = tokens.peek();
    if ((first.kind() == TokenKind.NAME
            || first.kind() == TokenKind.FOR
            || first.kind() == TokenKind.AT)
        && JavaScanner.startsJava(text, first.span().start())) {
      typoOfKeyword(first);
      return java(first.span().start());
    }
    switch (first.kind()) {
      case DEF:
        return def();
      case RETURN:
        return returnStatement();
      case IF:
        return ifStatement();
      case FOR:
        return forStatement();
      case WHILE:
        return whileStatement();
      case BREAK:
      case CONTINUE:
        return jump();
      case ELSE:
        throw tokens.error("'else' without 'if'");
      default:
        return simple();
    }
  }

  private static final java.util.Set<String> PRIMITIVES = java.util.Set.of(
      "int", "long", "double", "float", "boolean", "char", "byte", "short", "var", "void");

  /**
   * {@code brea k} has the shape of a Java declaration (a type, then a name) but is a mistyped
   * keyword: two plain lowercase words with nothing after them are ddl's syntax error, not a
   * search for a Java class named {@code brea}.
   */
  private void typoOfKeyword(Token first) {
    int start = first.span().start();
    String java = text.substring(start, JavaScanner.end(text, start));
    java.util.regex.Matcher m = TWO_WORDS.matcher(java);
    if (!m.matches() || PRIMITIVES.contains(m.group(1))) {
      return;
    }
    String word = m.group(1);
    java.util.Optional<String> keyword = Suggest.closest(word, TokenKind.keywords())
        .or(() -> Suggest.closest(word + m.group(2), TokenKind.keywords()));
    Span at = new Span(start + m.start(2), start + m.end(2));
    throw DdlError.syntax(at, "invalid syntax",
        keyword.map(k -> "did you mean '" + k + "'?")
            .orElse("a Java declaration starts with a type, and '" + word + "' is none"));
  }

  private static final java.util.regex.Pattern TWO_WORDS =
      java.util.regex.Pattern.compile("([a-z_][a-z0-9_]*)[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*");

  private Stmt java(int start) {
    int end = JavaScanner.end(text, start);
    tokens.skipTo(end);
    return new Stmt.Java(text.substring(start, end), new Span(start, end));
  }

  /** An expression statement or an assignment; {@code a, b = b, a} unpacks a tuple. */
  private Stmt simple() {
    Expr target = bareTuple();
    Token token = tokens.peek();
    if (token.kind() == TokenKind.ASSIGN) {
      checkTarget(target);
      tokens.advance();
      Expr value = bareTuple();
      return new Stmt.Assign(target, value, target.span().to(value.span()));
    }
    Op op = Op.augmented(token.kind());
    if (op != null) {
      checkTarget(target);
      tokens.advance();
      Expr value = exprs.expression();
      return new Stmt.AugAssign(target, op, value, target.span().to(value.span()));
    }
    return new Stmt.Expression(target, false, target.span());
  }

  /** An expression, or several separated by commas as a tuple without parentheses. */
  private Expr bareTuple() {
    Expr first = exprs.expression();
    if (!tokens.check(TokenKind.COMMA)) {
      return first;
    }
    List<Expr> items = new java.util.ArrayList<>(List.of(first));
    while (tokens.match(TokenKind.COMMA)) {
      items.add(exprs.expression());
    }
    return new Expr.Tuple(items, first.span().to(items.get(items.size() - 1).span()));
  }

  private static void checkTarget(Expr target) {
    if (target instanceof Expr.Tuple) {
      for (Expr e : ((Expr.Tuple) target).elements()) {
        if (!(e instanceof Expr.Name)) {
          throw DdlError.cannotAssign(e.span(), "this in an unpacking (only names can be)");
        }
      }
      if (((Expr.Tuple) target).elements().isEmpty()) {
        throw DdlError.cannotAssign(target.span(), "an empty tuple");
      }
      return;
    }
    String what = target.accept(AssignTarget.INSTANCE);
    if (what != null) {
      throw DdlError.cannotAssign(target.span(), what);
    }
  }

  private Stmt def() {
    Token keyword = tokens.advance();
    Token name = tokens.expect(TokenKind.NAME, "expected a function name after 'def'");
    tokens.expect(TokenKind.LPAREN, "expected '(' after 'def " + name.text() + "'");
    List<Stmt.Param> params = parameters();
    if (tokens.match(TokenKind.ASSIGN)) {
      Expr result = exprs.expression();
      List<Stmt> body = List.of(new Stmt.Return(result, result.span()));
      return new Stmt.Def(
          name.text(), name.span(), params, body, true, keyword.span().to(result.span()));
    }
    if (!tokens.check(TokenKind.LBRACE)) {
      throw tokens.error(
          "'def " + name.text() + "' needs a body: '= expression' or '{ ... }' on the same line");
    }
    int savedLoops = loopDepth;
    loopDepth = 0;
    functionDepth++;
    List<Stmt> body = block("the body of '" + name.text() + "'");
    functionDepth--;
    loopDepth = savedLoops;
    return new Stmt.Def(
        name.text(), name.span(), params, body, false, keyword.span().to(tokens.previous().span()));
  }

  /** {@code (x, phi, k=2)}: names, defaults last, no repeats. */
  private List<Stmt.Param> parameters() {
    List<Stmt.Param> params = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (!tokens.check(TokenKind.RPAREN)) {
      Token name = tokens.expect(TokenKind.NAME, "expected a parameter name");
      if (!seen.add(name.text())) {
        throw DdlError.arguments(name.span(), "duplicate parameter '" + name.text() + "'", null);
      }
      Expr defaultValue = null;
      Span span = name.span();
      if (tokens.match(TokenKind.ASSIGN)) {
        defaultValue = exprs.expression();
        span = span.to(defaultValue.span());
      } else if (!params.isEmpty() && params.get(params.size() - 1).defaultValue() != null) {
        throw DdlError.arguments(
            name.span(),
            "parameter '" + name.text() + "' without a default follows one with a default",
            "put parameters with defaults last");
      }
      params.add(new Stmt.Param(name.text(), defaultValue, span));
      if (!tokens.match(TokenKind.COMMA)) {
        break;
      }
    }
    tokens.expect(TokenKind.RPAREN, "expected ',' or ')' in the parameters");
    return params;
  }

  private Stmt returnStatement() {
    Token keyword = tokens.advance();
    if (functionDepth == 0) {
      throw DdlError.misplaced(keyword.span(), "return", "a function");
    }
    if (endsStatement()) {
      return new Stmt.Return(null, keyword.span());
    }
    Expr value = exprs.expression();
    return new Stmt.Return(value, keyword.span().to(value.span()));
  }

  private boolean endsStatement() {
    TokenKind kind = tokens.peek().kind();
    return kind == TokenKind.NEWLINE
        || kind == TokenKind.SEMI
        || kind == TokenKind.RBRACE
        || kind == TokenKind.EOF;
  }

  private Stmt jump() {
    Token keyword = tokens.advance();
    if (loopDepth == 0) {
      throw DdlError.misplaced(keyword.span(), keyword.text(), "a loop");
    }
    return keyword.kind() == TokenKind.BREAK
        ? new Stmt.Break(keyword.span())
        : new Stmt.Continue(keyword.span());
  }

  private Stmt ifStatement() {
    Token keyword = tokens.advance();
    Expr condition = exprs.expression();
    List<Stmt> then = block("the body of 'if'");
    List<Stmt> otherwise = List.of();
    // 'else' may follow the closing brace on the next line, as in Java
    if (tokens.check(TokenKind.NEWLINE) && tokens.peekSecond().kind() == TokenKind.ELSE) {
      tokens.advance();
    }
    if (tokens.match(TokenKind.ELSE)) {
      otherwise = tokens.check(TokenKind.IF) ? List.of(ifStatement()) : block("the body of 'else'");
    }
    return new Stmt.If(condition, then, otherwise, keyword.span().to(tokens.previous().span()));
  }

  private Stmt forStatement() {
    Token keyword = tokens.advance();
    Token variable = tokens.expect(TokenKind.NAME, "expected a loop variable after 'for'");
    tokens.expect(TokenKind.IN, "expected 'in' after 'for " + variable.text() + "'");
    Expr iterable = exprs.expression();
    List<Stmt> body = loopBody("the body of 'for'");
    return new Stmt.For(
        variable.text(),
        variable.span(),
        iterable,
        body,
        keyword.span().to(tokens.previous().span()));
  }

  private Stmt whileStatement() {
    Token keyword = tokens.advance();
    Expr condition = exprs.expression();
    List<Stmt> body = loopBody("the body of 'while'");
    return new Stmt.While(condition, body, keyword.span().to(tokens.previous().span()));
  }

  private List<Stmt> loopBody(String what) {
    loopDepth++;
    List<Stmt> body = block(what);
    loopDepth--;
    return body;
  }
}
