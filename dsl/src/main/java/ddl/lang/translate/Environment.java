package ddl.lang.translate;

import java.util.List;
import java.util.Set;

/**
 * What the translator needs to know about the session it translates for: the variables, functions
 * and classes that exist so far. The engine implements it.
 */
public interface Environment {
  /** The Java type of a top-level variable, or null when there is none of that name. */
  JType variable(String name);

  /**
   * The declared Java type of a variable a Java line declared ({@code int n = 3;}), or null for
   * ddl variables, which are Objects in Java whatever they hold.
   */
  JType javaType(String name);

  /** The signature of a user function (a ddl {@code def} or a Java method), or null. */
  DefSignature def(String name);

  /** Whether a (possibly qualified) name is a Java class visible to the session. */
  boolean isClass(String name);

  /**
   * A Java expression that yields {@code value}, kept by the session rather than written into the
   * generated code (a large literal as code would overflow javac's limits on one string constant
   * and one method), or null when the environment keeps no constants.
   */
  default String constant(Object value) {
    return null;
  }

  /** Every name the user could have meant, for "did you mean" suggestions. */
  Set<String> knownNames();

  /** A user function's parameters and defaults, for binding keyword arguments at compile time. */
  record DefSignature(String name, List<String> params, List<ddl.lang.ast.Expr> defaults, boolean java,
      List<String> javaTypes, boolean returnsVoid) {
    public DefSignature(String name, List<String> params, List<ddl.lang.ast.Expr> defaults, boolean java) {
      this(name, params, defaults, java, null, false);
    }

    /** An argument for parameter {@code i}: converted to the type a Java method declares. */
    public String argument(int i, String boxed) {
      if (javaTypes == null || i >= javaTypes.size()) {
        return boxed;
      }
      String type = javaTypes.get(i).strip();
      switch (type) {
        case "int": case "long": case "double": case "float": case "short": case "byte":
        case "boolean": case "char":
          return "ddl.stdlib.JavaArgs.to" + Character.toUpperCase(type.charAt(0)) + type.substring(1)
              + "(" + boxed + ")";
        case "Object": case "java.lang.Object":
          return boxed;
        default:
          // a reference type: a cast, unchecked for a generic one (a type variable stays Object)
          return type.length() == 1 ? boxed : "((" + type + ") " + boxed + ")";
      }
    }
  }
}
