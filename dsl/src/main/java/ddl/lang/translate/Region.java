package ddl.lang.translate;

import ddl.lang.ast.Stmt;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Typed code (a top-level loop, a def's body) and the points where it leaves for its Object
 * version: the statements whose checked long arithmetic may overflow. On an overflow, which throws
 * before anything is assigned, the typed code stores the point's number in {@code k$} and the
 * state of the loops around it, and breaks out of the block {@code d$}; the Object version, written
 * once more from the same statements, skips ahead to that statement (entering the blocks and loops
 * around it without testing their conditions again) and carries on from there with Python's ints.
 */
final class Region {
  static final String POINT = "k$";
  static final String LABEL = "d$";

  /** Points are numbered from 1 in the order of the statements; 0 means none. */
  int points;
  /** The point of a statement that may overflow itself (its value, condition or range bounds). */
  final Map<Stmt, Integer> own = new IdentityHashMap<>();
  /** The first and last point inside a statement, itself included. */
  final Map<Stmt, int[]> inside = new IdentityHashMap<>();
  /** The number of each loop, naming its Java variables in both versions. */
  final Map<Stmt, Integer> loops = new IdentityHashMap<>();
  /** Declarations of the copies of loop state that the Object version resumes from. */
  final Set<String> saved = new LinkedHashSet<>();

  int point(Stmt s) {
    own.put(s, ++points);
    return points;
  }

  /** The first and last point inside a list of statements, or null. */
  int[] inside(java.util.List<Stmt> stmts) {
    int[] r = null;
    for (Stmt s : stmts) {
      int[] in = inside.get(s);
      if (in != null) {
        r = r == null ? in.clone() : new int[] {Math.min(r[0], in[0]), Math.max(r[1], in[1])};
      }
    }
    return r;
  }

  static String within(int[] range) {
    return range[0] == range[1] ? POINT + " == " + range[0]
        : POINT + " >= " + range[0] + " && " + POINT + " <= " + range[1];
  }
}
