package ddl.lang;

import ddl.lang.ast.Expr;
import ddl.lang.ast.IndexItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive descent over ddl expressions, one method per precedence level of {@link Op}, lowest
 * first. Comparisons do not chain; {@code **} is right-associative and takes a prefix operator on
 * its right ({@code 2 ** -1}) while binding tighter than one on its left ({@code -2 ** 2} is {@code
 * -(2 ** 2)}).
 */
final class ExprParser {

  /**
   * How deeply an expression may nest: brackets, calls, operators and chains of them. The Java an
   * expression becomes nests as deeply, and javac recurses once per level; Python's parser stops
   * at 200 nested brackets too.
   */
  static final int MAX_DEPTH = 200;

  private final TokenStream tokens;
  /** The nesting of the expression being parsed, as the Java it becomes will nest. */
  private int depth;

  ExprParser(TokenStream tokens) {
    this.tokens = tokens;
  }

  Expr expression() {
    nest(1);
    Expr e = or();
    depth--;
    return e;
  }

  /** One more level of nesting (or {@code levels}), an error past {@link #MAX_DEPTH}. */
  private void nest(int levels) {
    depth += levels;
    if (depth > MAX_DEPTH) {
      throw DdlError.syntax(
          tokens.peek().span(),
          "expression nested too deeply",
          "at most " + MAX_DEPTH + " levels of brackets, calls and operators: split it into"
              + " several statements");
    }
  }

  private Expr or() {
    Expr left = and();
    int chained = 0;
    while (check(TokenKind.OR, TokenKind.PIPEPIPE)) {
      tokens.advance();
      nest(1);
      chained++;
      left = binary(Op.OR, left, and());
    }
    depth -= chained;
    return left;
  }

  private Expr and() {
    Expr left = not();
    int chained = 0;
    while (check(TokenKind.AND, TokenKind.AMPAMP)) {
      tokens.advance();
      nest(1);
      chained++;
      left = binary(Op.AND, left, not());
    }
    depth -= chained;
    return left;
  }

  private Expr not() {
    if (check(TokenKind.NOT, TokenKind.BANG)) {
      Token op = tokens.advance();
      nest(1);
      Expr operand = not();
      depth--;
      return new Expr.Unary(Op.NOT, operand, op.span().to(operand.span()));
    }
    return comparison();
  }

  private Expr comparison() {
    Expr left = bitOr();
    Op op = Op.binary(tokens.peek().kind());
    if (op == null || !op.isComparison()) {
      return left;
    }
    Token opToken = tokens.advance();
    Expr result = binary(op, left, bitOr());
    Op next = Op.binary(tokens.peek().kind());
    if (next != null && next.isComparison()) {
      Token second = tokens.peek();
      Expr middle = ((Expr.Binary) result).right();
      boolean bitwise =
          middle instanceof Expr.Binary b && (b.op() == Op.BITAND || b.op() == Op.BITOR);
      String hint =
          bitwise
              ? "'&' and '|' bind tighter than comparisons, as in numpy: write (a "
                  + opToken.text()
                  + " b) "
                  + ((Expr.Binary) middle).op().symbol()
                  + " (c "
                  + second.text()
                  + " d)"
              : "write 'a " + opToken.text() + " b and b " + second.text() + " c'";
      throw DdlError.syntax(second.span(), "comparisons cannot be chained", hint);
    }
    return result;
  }

  private Expr bitOr() {
    Expr left = bitAnd();
    int chained = 0;
    while (tokens.check(TokenKind.PIPE)) {
      tokens.advance();
      nest(1);
      chained++;
      left = binary(Op.BITOR, left, bitAnd());
    }
    depth -= chained;
    return left;
  }

  private Expr bitAnd() {
    Expr left = additive();
    int chained = 0;
    while (tokens.check(TokenKind.AMP)) {
      tokens.advance();
      nest(1);
      chained++;
      left = binary(Op.BITAND, left, additive());
    }
    depth -= chained;
    return left;
  }

  private Expr additive() {
    Expr left = term();
    int chained = 0;
    while (check(TokenKind.PLUS, TokenKind.MINUS)) {
      Token op = tokens.advance();
      nest(1);
      chained++;
      left = binary(Op.binary(op.kind()), left, term());
    }
    depth -= chained;
    return left;
  }

  private Expr term() {
    Expr left = unary();
    int chained = 0;
    while (check(
        TokenKind.STAR, TokenKind.SLASH, TokenKind.SLASHSLASH, TokenKind.PERCENT, TokenKind.AT)) {
      Token op = tokens.advance();
      nest(1);
      chained++;
      left = binary(Op.binary(op.kind()), left, unary());
    }
    depth -= chained;
    return left;
  }

  private Expr unary() {
    if (check(TokenKind.MINUS, TokenKind.PLUS, TokenKind.TILDE)) {
      Token op = tokens.advance();
      Op unary =
          switch (op.kind()) {
            case MINUS -> Op.NEG;
            case PLUS -> Op.POS;
            default -> Op.BITNOT;
          };
      nest(1);
      Expr operand = unary();
      depth--;
      return new Expr.Unary(unary, operand, op.span().to(operand.span()));
    }
    return power();
  }

  private Expr power() {
    Expr base = postfix();
    if (tokens.check(TokenKind.STARSTAR)) {
      tokens.advance();
      nest(1);
      Expr exponent = unary();
      depth--;
      return binary(Op.POW, base, exponent);
    }
    return base;
  }

  private static Expr binary(Op op, Expr left, Expr right) {
    return new Expr.Binary(op, left, right, left.span().to(right.span()));
  }

  private Expr postfix() {
    Expr expr = primary();
    int chained = 0;
    while (true) {
      if (tokens.check(TokenKind.LPAREN) || tokens.check(TokenKind.DOT)
          || tokens.check(TokenKind.LBRACKET)) {
        nest(1);
        chained++;
      }
      if (tokens.check(TokenKind.LPAREN)) {
        expr = call(expr);
      } else if (tokens.check(TokenKind.DOT)) {
        tokens.advance();
        Token name = tokens.expect(TokenKind.NAME, "expected a member name after '.'");
        expr = new Expr.Member(expr, name.text(), name.span(), expr.span().to(name.span()));
      } else if (tokens.check(TokenKind.LBRACKET)) {
        expr = index(expr);
      } else {
        depth -= chained;
        return expr;
      }
    }
  }

  private Expr primary() {
    Token token = tokens.peek();
    switch (token.kind()) {
      case INT:
        tokens.advance();
        return new Expr.Num(token.text(), true, token.span());
      case FLOAT:
        tokens.advance();
        return new Expr.Num(token.text(), false, token.span());
      case STRING:
        tokens.advance();
        return new Expr.Str(token.value(), token.span());
      case TRUE:
      case FALSE:
        tokens.advance();
        return new Expr.Bool(token.kind() == TokenKind.TRUE, token.span());
      case NONE:
        tokens.advance();
        return new Expr.None(token.span());
      case NAME:
        tokens.advance();
        return new Expr.Name(token.text(), token.span());
      case LPAREN:
        return parenthesized();
      case LBRACKET:
        return array();
      case NEW:
        return newObject();
      default:
        throw expectedExpression();
    }
  }

  /** The error for a missing operand: after what, or instead of what. */
  DdlError expectedExpression() {
    Token token = tokens.peek();
    Token previous = tokens.previous();
    boolean nothing = token.kind() == TokenKind.EOF || token.kind() == TokenKind.NEWLINE;
    if (nothing && previous != null) {
      return tokens.error("expected an expression after '" + previous.text() + "'");
    }
    return tokens.error("expected an expression, found " + token.describe());
  }

  /** {@code (e)}, or a tuple {@code ()}, {@code (e,)}, {@code (a, b)}. */
  private Expr parenthesized() {
    Token open = tokens.advance();
    if (tokens.check(TokenKind.RPAREN)) {
      return new Expr.Tuple(List.of(), open.span().to(tokens.advance().span()));
    }
    Expr first = expression();
    if (tokens.check(TokenKind.RPAREN)) {
      tokens.advance();
      return first;
    }
    if (!tokens.check(TokenKind.COMMA)) {
      throw tokens.error("expected ',' or ')', found " + tokens.peek().describe());
    }
    List<Expr> elements = new ArrayList<>();
    elements.add(first);
    while (tokens.match(TokenKind.COMMA) && !tokens.check(TokenKind.RPAREN)) {
      elements.add(expression());
    }
    Token close = tokens.expect(TokenKind.RPAREN, "expected ',' or ')' in the tuple");
    return new Expr.Tuple(elements, open.span().to(close.span()));
  }

  /** {@code [a, b, [c]]}, trailing comma allowed. */
  private Expr array() {
    Token open = tokens.advance();
    List<Expr> elements = new ArrayList<>();
    while (!tokens.check(TokenKind.RBRACKET)) {
      elements.add(expression());
      if (!tokens.match(TokenKind.COMMA)) {
        break;
      }
    }
    Token close = tokens.expect(TokenKind.RBRACKET, "expected ',' or ']' in the array");
    return new Expr.Array(elements, open.span().to(close.span()));
  }

  /** {@code new java.util.Random(1)}, {@code new java.util.ArrayList<>()}. */
  private Expr newObject() {
    Token keyword = tokens.advance();
    StringBuilder type = new StringBuilder();
    type.append(tokens.expect(TokenKind.NAME, "expected a class name after 'new'").text());
    while (tokens.match(TokenKind.DOT)) {
      type.append('.').append(tokens.expect(TokenKind.NAME, "expected a name after '.'").text());
    }
    if (tokens.check(TokenKind.LT)) {
      type.append(typeArguments());
    }
    if (!tokens.check(TokenKind.LPAREN)) {
      throw tokens.error(
          "expected '(' after 'new " + type + "', found " + tokens.peek().describe());
    }
    Expr.Call call = call(new Expr.Name(type.toString(), keyword.span()));
    if (!call.keywords().isEmpty()) {
      throw DdlError.arguments(
          call.keywords().get(0).span(), "a Java constructor takes no keyword arguments", null);
    }
    return new Expr.New(type.toString(), call.args(), keyword.span().to(call.span()));
  }

  /** Java type arguments such as {@code <>} or {@code <String, java.util.List<Integer>>}. */
  private String typeArguments() {
    StringBuilder text = new StringBuilder();
    int depth = 0;
    do {
      Token token = tokens.advance();
      switch (token.kind()) {
        case LT -> depth++;
        case GT -> depth--;
        case NAME, DOT, COMMA -> {}
        default ->
            throw tokens.errorAt(token, "expected a type argument, found " + token.describe());
      }
      text.append(token.text());
      if (token.kind() == TokenKind.COMMA) {
        text.append(' ');
      }
    } while (depth > 0);
    return text.toString();
  }

  /** The arguments of a call, positional first, then {@code name=value}. */
  private Expr.Call call(Expr callee) {
    tokens.advance();
    List<Expr> args = new ArrayList<>();
    List<Expr.Keyword> keywords = new ArrayList<>();
    Set<String> names = new HashSet<>();
    while (!tokens.check(TokenKind.RPAREN)) {
      if (tokens.check(TokenKind.NAME) && tokens.peekSecond().kind() == TokenKind.ASSIGN) {
        Token name = tokens.advance();
        tokens.advance();
        Expr value = expression();
        if (!names.add(name.text())) {
          throw DdlError.arguments(
              name.span(), "keyword argument '" + name.text() + "' repeated", null);
        }
        keywords.add(new Expr.Keyword(name.text(), value, name.span().to(value.span())));
      } else {
        Expr arg = expression();
        if (tokens.check(TokenKind.ASSIGN)) {
          throw DdlError.arguments(
              tokens.peek().span(),
              "a keyword argument needs a plain name before '='",
              "use '==' to compare");
        }
        if (!keywords.isEmpty()) {
          throw DdlError.arguments(
              arg.span(),
              "positional argument follows keyword argument",
              "put positional arguments before keyword arguments");
        }
        args.add(arg);
      }
      if (!tokens.match(TokenKind.COMMA)) {
        break;
      }
    }
    Token close = tokens.expect(TokenKind.RPAREN, "expected ',' or ')' in the arguments");
    return new Expr.Call(callee, args, keywords, callee.span().to(close.span()));
  }

  /** {@code a[i, j:k:s, ..., None, mask]}. */
  private Expr index(Expr target) {
    tokens.advance();
    List<IndexItem> items = new ArrayList<>();
    do {
      if (tokens.check(TokenKind.RBRACKET)) {
        if (items.isEmpty()) {
          throw tokens.error("expected an index, found ']'");
        }
        break;
      }
      items.add(indexItem());
    } while (tokens.match(TokenKind.COMMA));
    Token close = tokens.expect(TokenKind.RBRACKET, "expected ',' or ']' in the index");
    return new Expr.Index(target, items, target.span().to(close.span()));
  }

  private IndexItem indexItem() {
    Token first = tokens.peek();
    if (first.kind() == TokenKind.ELLIPSIS) {
      tokens.advance();
      return new IndexItem.Ellipsis(first.span());
    }
    Expr start = tokens.check(TokenKind.COLON) ? null : expression();
    if (!tokens.check(TokenKind.COLON)) {
      return start;
    }
    Span span = tokens.advance().span();
    if (start != null) {
      span = start.span().to(span);
    }
    Expr stop = null;
    Expr step = null;
    if (!endsSlicePart()) {
      stop = expression();
      span = span.to(stop.span());
    }
    if (tokens.check(TokenKind.COLON)) {
      span = span.to(tokens.advance().span());
      if (!endsSlicePart()) {
        step = expression();
        span = span.to(step.span());
      }
    }
    return new IndexItem.Slice(start, stop, step, span);
  }

  private boolean endsSlicePart() {
    return check(TokenKind.COLON, TokenKind.COMMA, TokenKind.RBRACKET);
  }

  private boolean check(TokenKind... kinds) {
    TokenKind current = tokens.peek().kind();
    for (TokenKind kind : kinds) {
      if (kind == current) {
        return true;
      }
    }
    return false;
  }
}
