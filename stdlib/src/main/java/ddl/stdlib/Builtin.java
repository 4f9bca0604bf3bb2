package ddl.stdlib;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public static method as a ddl built-in. Its parameter names (compiled with
 * {@code -parameters}) are the keyword arguments; {@link Opt} gives defaults, {@link Rest} collects
 * remaining positional arguments, and a first parameter of type {@link Context} receives the
 * engine's context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Builtin {
  /** One line: what the built-in does. */
  String doc();

  /** A ddl example, with its output after {@code # =>} where it has one. */
  String example() default "";

  /** The ddl name, when it differs from the Java method's (a Java keyword, say). */
  String name() default "";

  /**
   * Further names of the same built-in, such as numpy's sub-module spelling
   * ({@code random.seed} beside {@code seed}); a dotted name makes its first part a module.
   */
  String[] aliases() default {};
}
