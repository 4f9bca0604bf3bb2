package ddl.lang.translate;

import java.util.Set;

/** How ddl names become Java identifiers. */
final class Names {
  private Names() {}

  private static final Set<String> JAVA_RESERVED =
      Set.of(
          "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
          "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
          "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
          "interface", "long", "native", "new", "package", "private", "protected", "public",
          "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
          "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
          "null", "var", "yield", "record", "sealed", "permits");

  /** The last displayed result, ddl's {@code _}. */
  static final String LAST = "ddl$s.last()";
  /** The engine's context (ddl.stdlib.Context), passed to built-ins that need it. */
  static final String CTX = "ddl$s.ctx";
  /** The engine's session object (display, help). */
  static final String SESSION = "ddl$s";

  static String java(String ddl) {
    if (ddl.equals("_")) {
      return LAST;
    }
    return JAVA_RESERVED.contains(ddl) ? ddl + "$" : ddl;
  }

  /** A Java string literal. */
  static String literal(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }
}
