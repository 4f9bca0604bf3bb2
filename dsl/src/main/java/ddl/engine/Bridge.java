package ddl.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How a JShell snippet finds the engine that runs it: each engine registers its session under an
 * id, and its start-up snippet reads it once into the variable {@code ddl$s}. Nothing else is
 * shared between engines.
 */
public final class Bridge {
  private static final Map<Integer, Session> SESSIONS = new ConcurrentHashMap<>();
  private static final AtomicInteger NEXT = new AtomicInteger();

  private Bridge() {}

  static int register(Session s) {
    int id = NEXT.incrementAndGet();
    SESSIONS.put(id, s);
    return id;
  }

  static void unregister(int id) {
    SESSIONS.remove(id);
  }

  /** Called once by the engine's start-up snippet. */
  public static Session session(int id) {
    return SESSIONS.get(id);
  }
}
