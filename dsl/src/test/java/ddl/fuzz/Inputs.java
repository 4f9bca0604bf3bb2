package ddl.fuzz;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/** Generated inputs, each of one kind chosen at random; the same seed gives the same inputs. */
final class Inputs {
  private static final String[] TOKENS = {
    "x", "y", "A", "phi", "f", "g", "i", "n", "s", "t", "_", "r", "Math", "sum", "mean", "max",
    "argmax", "zeros", "ones", "arange", "linspace", "reshape", "print", "len", "range", "grad",
    "gd", "linear", "sqrt", "exp", "log", "abs", "repr", "seed", "rand", "randn", "lstsq", "where",
    "concatenate", "stack", "eye", "T", "shape", "dtype", "astype", "newaxis", "None", "True",
    "False", "true", "false", "pi", "inf", "nan", "def", "return", "if", "else", "for", "in",
    "while", "break", "continue", "and", "or", "not", "new", "int", "long", "double", "String",
    "class", "import", "var", "record", "0", "1", "2", "-1", "3.5", "1e308", "1e-5", "0.0",
    "9223372036854775807", "10_000", "0x1F", "\"s\"", "'q'", "\"\"", "\"{\"", "+", "-", "*", "/",
    "//", "%", "**", "@", "==", "!=", "<", "<=", ">", ">=", "=", "+=", "-=", "*=", "/=", "&", "|",
    "~", "!", "&&", "||", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "\n", " ", "#c",
    "axis=", "keepdims=", "lr=", "steps=", "dtype=", "\"float64\"", "->", "<>", "::", "?", "$",
    "\\", "`", "\t", "\r\n",
  };
  private static final String[] ODD = {
    "\0", "\r", "\r\n", "\uFEFF", "é", "λ", "𝑥", "😀", "\u0301", "\u202E", "\u00A0", "\u2028",
    "\uD800", "\uDFFF", "\u3000", "ß", "ℵ", "∑", "\u200B",
  };
  private static final String[][] BRACKETS = {{"(", ")"}, {"[", "]"}, {"abs(", ")"}, {"-", ""},
      {"not ", ""}, {"", ".T"}, {"", "[0]"}, {"2 ** ", ""}, {"if true { ", " }"}, {"{", "}"}};

  /**
   * Inputs that would reach outside the session (end the process, write or delete files, start
   * programs, print to the process's streams, as a Java line may) are skipped, not run.
   */
  private static final Pattern UNSAFE = Pattern.compile(
      "System|Runtime|Process|exit|halt|Files|File|Path|save|write|delete|Thread|Socket|URL"
          + "|reflect|Unsafe|ClassLoader|readcsv|load|sleep|show|help");

  private final Random random;
  private final List<String> corpus;

  Inputs(Random random, List<String> corpus) {
    this.random = random;
    this.corpus = corpus;
  }

  static boolean unsafe(String input) {
    return UNSAFE.matcher(input).find();
  }

  String next() {
    int kind = random.nextInt(100);
    if (kind < 30) {
      return soup(1 + random.nextInt(25));
    }
    if (kind < 70) {
      return mutated(snippet());
    }
    if (kind < 75) {
      return snippet();
    }
    if (kind < 83) {
      return nested();
    }
    if (kind < 90) {
      return longLiteral();
    }
    return odd();
  }

  private String soup(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(TOKENS[random.nextInt(TOKENS.length)]);
      if (random.nextInt(3) > 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  /** A few consecutive lines of an example or a docs block. */
  private String snippet() {
    String[] lines = corpus.get(random.nextInt(corpus.size())).split("\n", -1);
    int from = random.nextInt(lines.length);
    int to = Math.min(lines.length, from + 1 + random.nextInt(6));
    return String.join("\n", java.util.Arrays.copyOfRange(lines, from, to));
  }

  private String mutated(String s) {
    StringBuilder sb = new StringBuilder(s);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = sb.length() == 0 ? 0 : random.nextInt(sb.length() + 1);
      switch (random.nextInt(7)) {
        case 0 -> {
          if (at < sb.length()) {
            sb.deleteCharAt(at);
          }
        }
        case 1 -> sb.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
        case 2 -> sb.insert(at, ODD[random.nextInt(ODD.length)]);
        case 3 -> sb.setLength(at);
        case 4 -> {
          int end = Math.min(sb.length(), at + random.nextInt(12));
          sb.insert(at, sb.substring(at, end));
        }
        case 5 -> sb.insert(at, snippet());
        default -> {
          if (at < sb.length()) {
            sb.setCharAt(at, "()[]{}\"'=:;,.#\n".charAt(random.nextInt(15)));
          }
        }
      }
    }
    return sb.toString();
  }

  private String nested() {
    String[] b = BRACKETS[random.nextInt(BRACKETS.length)];
    int depth = 50 + random.nextInt(random.nextBoolean() ? 300 : 3000);
    boolean closed = random.nextInt(4) > 0;
    String core = random.nextBoolean() ? "1" : "x";
    return "y = " + b[0].repeat(depth) + core + (closed ? b[1].repeat(depth) : "");
  }

  private String longLiteral() {
    int n = 1000 + random.nextInt(random.nextBoolean() ? 5000 : 80_000);
    switch (random.nextInt(4)) {
      case 0:
        return "s = \"" + "aé\\n".repeat(n / 3) + "\"";
      case 1: {
        StringBuilder sb = new StringBuilder("v = [");
        for (int i = 0; i < n / 4; i++) {
          sb.append(i > 0 ? ", " : "").append(random.nextInt(3) == 0 ? "-" : "")
              .append(random.nextBoolean() ? random.nextInt(1000) : random.nextDouble());
        }
        return sb.append("]\nprint(len(v))").toString();
      }
      case 2:
        return "z = " + "1".repeat(Math.min(n, 5000));
      default:
        return "# " + "c".repeat(n) + "\nw = 1";
    }
  }

  private String odd() {
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(12);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(3)) {
        case 0 -> sb.append(ODD[random.nextInt(ODD.length)]);
        case 1 -> sb.appendCodePoint(random.nextInt(0x110000));
        default -> sb.append(TOKENS[random.nextInt(TOKENS.length)]);
      }
    }
    return sb.toString().replace("\n", random.nextBoolean() ? "\r\n" : "\n");
  }
}
