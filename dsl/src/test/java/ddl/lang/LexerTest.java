package ddl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Tokens, their spans, literals and the layout rules for line breaks. */
class LexerTest {

  private static List<Token> lex(String text) {
    return Lexer.tokenize(new Source("test.ddl", text));
  }

  /** Tokens as {@code KIND:text} words, EOF left out. */
  private static String kinds(String text) {
    return lex(text).stream()
        .filter(t -> t.kind() != TokenKind.EOF)
        .map(t -> t.kind() == TokenKind.NEWLINE ? "NL" : t.kind() + ":" + t.text())
        .collect(Collectors.joining(" "));
  }

  @Test
  void assignmentWithSpans() {
    List<Token> tokens = lex("y2 = 2 * x");
    assertEquals(
        List.of(
            new Token(TokenKind.NAME, "y2", new Span(0, 2)),
            new Token(TokenKind.ASSIGN, "=", new Span(3, 4)),
            new Token(TokenKind.INT, "2", new Span(5, 6)),
            new Token(TokenKind.STAR, "*", new Span(7, 8)),
            new Token(TokenKind.NAME, "x", new Span(9, 10)),
            new Token(TokenKind.EOF, "", new Span(10, 10))),
        tokens);
  }

  @Test
  void aByteOrderMarkOpeningTheTextIsSkipped() {
    assertEquals("NAME:x ASSIGN:= INT:1", kinds("\uFEFFx = 1"));
    assertEquals(new Span(1, 2), lex("\uFEFFx").get(0).span());
    assertEquals(
        "unexpected character '\uFEFF'",
        assertThrows(DdlError.class, () -> lex("x = \uFEFF1")).message());
  }

  @Test
  void numbers() {
    assertEquals(
        "INT:10_000_000 FLOAT:1e-4 FLOAT:2.5E3 FLOAT:0.5 FLOAT:.5 FLOAT:2. INT:7",
        kinds("10_000_000 1e-4 2.5E3 0.5 .5 2. 7"));
  }

  @Test
  void memberAccessIsNotADecimalPoint() {
    assertEquals("NAME:A DOT:. NAME:T", kinds("A.T"));
    assertEquals("NAME:x DOT:. NAME:shape LBRACKET:[ INT:0 RBRACKET:]", kinds("x.shape[0]"));
    assertEquals("INT:2 DOT:. NAME:T", kinds("2.T"));
  }

  @Test
  void operatorsTakeTheLongestMatch() {
    assertEquals(
        "STARSTAR:** SLASHSLASH:// STAR:* SLASH:/ LE:<= GE:>= EQEQ:== NE:!= BANG:! "
            + "AMPAMP:&& PIPEPIPE:|| AMP:& PIPE:| TILDE:~ AT:@ PERCENT:% ELLIPSIS:...",
        kinds("** // * / <= >= == != ! && || & | ~ @ % ..."));
    assertEquals(
        "PLUS_ASSIGN:+= MINUS_ASSIGN:-= STAR_ASSIGN:*= SLASH_ASSIGN:/= SLASHSLASH_ASSIGN://= "
            + "STARSTAR_ASSIGN:**= PERCENT_ASSIGN:%= AT_ASSIGN:@=",
        kinds("+= -= *= /= //= **= %= @="));
  }

  @Test
  void keywordsAndNames() {
    assertEquals(
        "DEF:def NAME:f TRUE:True FALSE:false NONE:None NONE:newaxis NAME:pi NAME:inf NAME:nan",
        kinds("def f True false None newaxis pi inf nan"));
  }

  @Test
  void stringsDecodeJavaEscapes() {
    List<Token> tokens = lex("\"a\\tb\\\"c\\u00e9\\101\" 'it\\'s'");
    assertEquals("a\tb\"cé" + "A", tokens.get(0).value());
    assertEquals("\"a\\tb\\\"c\\u00e9\\101\"", tokens.get(0).text());
    assertEquals("it's", tokens.get(1).value());
    assertEquals(new Span(20, 27), tokens.get(1).span());
  }

  @Test
  void commentsAndShebang() {
    assertEquals(
        "NAME:x ASSIGN:= INT:1 NL NAME:y", kinds("#!/usr/bin/env ddl\nx = 1  # one\n# alone\n\ny"));
    assertEquals("NAME:a SLASHSLASH:// NAME:b", kinds("a // b"));
  }

  @Test
  void lineBreaksInsideBracketsAreIgnored() {
    assertEquals("NAME:f LPAREN:( INT:1 COMMA:, INT:2 RPAREN:) NL NAME:g", kinds("f(1,\n  2)\ng"));
    assertEquals("LBRACKET:[ INT:1 COMMA:, INT:2 RBRACKET:]", kinds("[1,\n2\n]"));
  }

  @Test
  void lineBreaksInsideBracesSeparateStatements() {
    assertEquals("IF:if NAME:c LBRACE:{ NL NAME:x NL RBRACE:}", kinds("if c {\n  x\n}"));
  }

  @Test
  void trailingOperatorContinuesTheLine() {
    assertEquals("NAME:y ASSIGN:= INT:2 STAR:* INT:3", kinds("y = 2 *\n 3"));
    assertEquals("NAME:y ASSIGN:= INT:2", kinds("y =\n  2"));
    assertEquals("NAME:a AND:and NAME:b", kinds("a and\nb"));
    // a line that ends in an operand ends the statement, as in Python and Julia
    assertEquals("NAME:y ASSIGN:= INT:2 NL MINUS:- INT:3", kinds("y = 2\n- 3"));
  }

  @Test
  void lexicalErrors() {
    assertEquals(DdlError.Kind.LEXICAL, assertThrows(DdlError.class, () -> lex("x = 'abc")).kind());
    assertEquals(
        "unexpected character '?'", assertThrows(DdlError.class, () -> lex("a ? b")).message());
    assertEquals("invalid number '2x'", assertThrows(DdlError.class, () -> lex("2x")).message());
    assertEquals("invalid number '1e'", assertThrows(DdlError.class, () -> lex("1e")).message());
    assertEquals(
        "invalid number '1__0'", assertThrows(DdlError.class, () -> lex("1__0")).message());
  }
}
