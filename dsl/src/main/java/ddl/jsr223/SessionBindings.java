package ddl.jsr223;

import ddl.Ddl;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.script.Bindings;

/**
 * The engine scope of a ddl script engine: a live view of the session's variables. {@code put} sets
 * a variable (as {@link Ddl#set} does, converting Integer to Long and so on), {@code get} reads
 * one, and a variable the script assigns is there afterwards. A variable holding None is not
 * listed, and {@code remove} sets a variable to None. JSR-223's own keys ({@code
 * ScriptEngine.FILENAME}, {@code ARGV}, ...) are kept beside the variables: a script named by
 * FILENAME has its errors reported under that name.
 */
final class SessionBindings extends AbstractMap<String, Object> implements Bindings {
  /** The keys JSR-223 defines ({@code javax.script.filename}, ...), which are not ddl names. */
  private static final String STANDARD_KEYS = "javax.script.";

  private final Ddl ddl;
  private final Map<String, Object> standard = new LinkedHashMap<>();

  SessionBindings(Ddl ddl) {
    this.ddl = ddl;
  }

  @Override
  public Object put(String name, Object value) {
    check(name);
    if (name.startsWith(STANDARD_KEYS)) {
      return standard.put(name, value);
    }
    Object before = get(name);
    ddl.set(name, value);
    return before;
  }

  @Override
  public void putAll(Map<? extends String, ? extends Object> values) {
    values.forEach(this::put);
  }

  @Override
  public Object get(Object key) {
    String name = check(key);
    if (name.startsWith(STANDARD_KEYS)) {
      return standard.get(name);
    }
    return ddl.has(name) ? ddl.get(name) : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Object remove(Object key) {
    String name = check(key);
    if (name.startsWith(STANDARD_KEYS)) {
      return standard.remove(name);
    }
    Object before = get(name);
    if (before != null) {
      ddl.set(name, null);
    }
    return before;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    // a copy: the session's variables are JShell variables, not entries of a map
    Map<String, Object> values = new LinkedHashMap<>(standard);
    for (String name : ddl.names()) {
      Object v = ddl.get(name);
      if (v != null) {
        values.put(name, v);
      }
    }
    return java.util.Collections.unmodifiableMap(values).entrySet();
  }

  @Override
  public void clear() {
    standard.clear();
    for (String name : ddl.names()) {
      ddl.set(name, null);
    }
  }

  private static String check(Object key) {
    Objects.requireNonNull(key, "key");
    if (!(key instanceof String)) {
      throw new ClassCastException("key is not a String");
    }
    if (((String) key).isEmpty()) {
      throw new IllegalArgumentException("key is empty");
    }
    return (String) key;
  }
}
