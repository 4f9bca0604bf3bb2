package ddl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader as the REPL sets it up, driven by keystrokes on a virtual terminal. */
@org.junit.jupiter.api.Timeout(value = 30, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class TerminalTest {
  static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
  static Repl repl;

  @BeforeAll
  static void session() {
    PrintStream ps = new PrintStream(OUT, true, StandardCharsets.UTF_8);
    repl = new Repl(ps, ps, false);
    repl.evaluate("A = [[1, 2], [3, 4]]\nlearning_rate = 0.1\n");
  }

  @AfterAll
  static void close() {
    repl.lazyEngine().close();
  }

  @Test
  void enterContinuesWhileABracketIsOpenAndIndents() throws Exception {
    VirtualTerminal t = new VirtualTerminal(repl, null);
    assertEquals("x = [1, 2,\n  3]", t.type("x = [1, 2,\r3]\r"));
    assertTrue(t.screen().contains("...> "), t.screen());
  }

  @Test
  void blocksContinueUntilTheBraceCloses() throws Exception {
    VirtualTerminal t = new VirtualTerminal(repl, null);
    // the closing brace goes back to the margin
    assertEquals("def f(a) {\n  return a\n}", t.type("def f(a) {\rreturn a\r}\r"));
  }

  @Test
  void closingBracketsLeaveStringsAndCommentsAlone() throws Exception {
    VirtualTerminal t = new VirtualTerminal(repl, null);
    assertEquals("print(\"a { }\", \"{x }\", 'y ]', \"\\\" )\")",
        t.type("print(\"a { }\", \"{x }\", 'y ]', \"\\\" )\")\r"));
    assertEquals("f(a, b ) # { }", t.type("f(a, b ) # { }\r"));
    // on a line of its own a closing bracket goes back one level, inside a block too
    assertEquals("if true {\n  x = [1,\n    2\n  ]\n}", t.type("if true {\rx = [1,\r2\r]\r}\r"));
  }

  @Test
  void keywordArgumentsOfTheCallBeingTyped() throws Exception {
    VirtualTerminal t = new VirtualTerminal(repl, null);
    assertEquals("sum(A, axis=1)", t.type("sum(A, ax\t1)\r"));
  }

  @Test
  void sessionVariablesAndBuiltins() throws Exception {
    VirtualTerminal t = new VirtualTerminal(repl, null);
    assertEquals("learning_rate", t.type("learn\t\r"));
    assertEquals("linspace", t.type("linsp\t\r"));
  }

  @Test
  void tensorAttributesAfterADot() throws Exception {
    VirtualTerminal t = new VirtualTerminal(repl, null);
    assertEquals("A.shape", t.type("A.sha\t\r"));
  }

  @Test
  void membersOfAModuleOfBuiltIns() throws Exception {
    VirtualTerminal t = new VirtualTerminal(repl, null);
    assertEquals("random.seed", t.type("random.se\t\r"));
    java.util.Map<String, org.jline.reader.Candidate> found = new java.util.LinkedHashMap<>();
    new ReplCompleter(repl.lazyEngine(), repl.commands()).suggest(Word.at("math.t", 6), found);
    assertTrue(found.containsKey("tau"), found.keySet().toString());
  }

  @Test
  void javaMembersThroughJShellOncePerName() throws Exception {
    VirtualTerminal t = new VirtualTerminal(repl, null);
    assertEquals("Math.sqrt", t.type("Math.sqr\t\r"));
    java.util.Map<String, org.jline.reader.Candidate> found = new java.util.LinkedHashMap<>();
    new ReplCompleter(repl.lazyEngine(), repl.commands()).suggest(Word.at("Math.ma", 7), found);
    assertTrue(found.containsKey("max"), found.keySet().toString());
  }

  @Test
  void fileNamesInsideAString(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("rent.csv"), "a\n1\n");
    VirtualTerminal t = new VirtualTerminal(repl, null);
    String typed = "readcsv(\"" + dir + "/re\t";
    assertEquals("readcsv(\"" + dir + "/rent.csv", t.type(typed + "\r"));
  }

  @Test
  void commandsComplete() throws Exception {
    VirtualTerminal t = new VirtualTerminal(repl, null);
    assertEquals("/vars ", t.type("/va\t\r"));
  }

  @Test
  void historyIsKeptInTheFileAndRecalledWithUp(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("history");
    VirtualTerminal first = new VirtualTerminal(repl, file);
    assertEquals("1 + 1", first.type("1 + 1\r"));
    first.reader.getHistory().save();
    assertTrue(Files.readString(file).contains("1 + 1"));
    VirtualTerminal second = new VirtualTerminal(repl, file);
    assertEquals("1 + 1", second.type("\u0010\r")); // Ctrl-P: the previous input
    assertEquals("1 + 1", second.type("\u0010\r"));
    assertEquals("1 + 1", second.type("\u0012+ 1\r")); // Ctrl-R searches back
  }

  @Test
  void theScreenShowsColoursFromTheLexer() throws Exception {
    VirtualTerminal t = new VirtualTerminal(repl, null);
    t.type("y = sum(A) + 2 # two\r");
    String s = t.screen();
    assertTrue(s.contains("\u001b[36m2"), s); // numbers in cyan
    assertTrue(s.contains("\u001b[34msum"), s); // built-ins in blue
    assertFalse(s.contains("\u001b[31mA"), s); // A is known: not flagged
  }
}
