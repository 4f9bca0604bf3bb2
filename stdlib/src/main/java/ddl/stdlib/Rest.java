package ddl.stdlib;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Collects the remaining positional arguments of a built-in into an {@code Object[]}:
 * {@code zeros(3, 4)} and {@code print(a, b, c)}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Rest {}
