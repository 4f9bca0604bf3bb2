package ddl.lang;

import java.util.Optional;

/**
 * "Did you mean" suggestions: the known name closest to a misspelt one, by optimal string alignment
 * distance (Levenshtein plus adjacent transpositions, Damerau 1964), accepted only when the
 * distance is small for the name's length so that short names do not attract random matches.
 */
public final class Suggest {

  private Suggest() {}

  /**
   * The candidate closest to {@code name}, if close enough: at most one edit per three characters
   * ({@code linspce} → {@code linspace}, but nothing for {@code x} against {@code y}). A match
   * differing only in case always qualifies. Ties go to the candidate that comes first.
   */
  public static Optional<String> closest(String name, Iterable<String> candidates) {
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(name)) {
        continue;
      }
      // case-only differences score below any real edit
      int score = candidate.equalsIgnoreCase(name) ? 1 : 2 * distance(name, candidate);
      boolean closeEnough = score == 1 || 3 * (score / 2) <= name.length() + 1;
      if (closeEnough && score < bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The optimal string alignment distance between {@code a} and {@code b}. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
