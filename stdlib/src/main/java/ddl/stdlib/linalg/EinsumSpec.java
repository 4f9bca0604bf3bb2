package ddl.stdlib.linalg;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code einsum} subscripts string, checked against the operands' dimensions with numpy's
 * messages. Labels are letters (their char codes); the dimensions an ellipsis stands for get the
 * labels {@code ELLIPSIS + p}, p counted so that the last ellipsis dimensions of all operands
 * line up (numpy broadcasts them from the right).
 */
final class EinsumSpec {
  static final int ELLIPSIS = 1 << 16;

  final int[][] inputs;
  final int[] output;

  private EinsumSpec(int[][] inputs, int[] output) {
    this.inputs = inputs;
    this.output = output;
  }

  static EinsumSpec parse(String subscripts, int[] ndims) {
    String s = subscripts.replace(" ", "");
    String in = s;
    String out = null;
    int arrow = s.indexOf("->");
    if (arrow >= 0) {
      in = s.substring(0, arrow);
      out = s.substring(arrow + 2);
    }
    String[] terms = in.split(",", -1);
    // numpy's wording: "more operands" when the string names more than were passed
    if (terms.length > ndims.length) {
      throw new IllegalArgumentException("more operands provided to einstein sum function than"
          + " specified in the subscripts string");
    }
    if (terms.length < ndims.length) {
      throw new IllegalArgumentException("fewer operands provided to einstein sum function than"
          + " specified in the subscripts string");
    }
    List<int[]> parsed = new ArrayList<>();
    int maxEllipsis = 0;
    int[] ellipsisAt = new int[terms.length];
    for (int k = 0; k < terms.length; k++) {
      List<Integer> letters = new ArrayList<>();
      ellipsisAt[k] = letters(terms[k], letters, k);
      int nl = letters.size();
      if (nl > ndims[k]) {
        throw new IllegalArgumentException("einstein sum subscripts string contains too many"
            + " subscripts for operand " + k);
      }
      if (ellipsisAt[k] < 0 && nl < ndims[k]) {
        throw new IllegalArgumentException("operand has more dimensions than subscripts given in"
            + " einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
      }
      maxEllipsis = Math.max(maxEllipsis, ndims[k] - nl);
      parsed.add(letters.stream().mapToInt(Integer::intValue).toArray());
    }
    int[][] inputs = new int[terms.length][];
    for (int k = 0; k < terms.length; k++) {
      int[] l = parsed.get(k);
      int e = ndims[k] - l.length;
      int[] labels = new int[ndims[k]];
      int at = ellipsisAt[k] < 0 ? l.length : ellipsisAt[k];
      for (int i = 0, j = 0; i < ndims[k]; i++) {
        if (i >= at && i < at + e) {
          labels[i] = ELLIPSIS + maxEllipsis - e + (i - at);
        } else {
          labels[i] = l[j++];
        }
      }
      inputs[k] = labels;
    }
    return new EinsumSpec(inputs, output(out, inputs, maxEllipsis));
  }

  /** The letters of one term into {@code into}; returns where its ellipsis is, or -1. */
  private static int letters(String term, List<Integer> into, int operand) {
    int at = -1;
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c == '.') {
        if (at >= 0 || !term.startsWith("...", i)) {
          throw new IllegalArgumentException(dot(operand));
        }
        at = into.size();
        i += 2;
      } else if (isLetter(c)) {
        into.add((int) c);
      } else {
        throw new IllegalArgumentException("invalid subscript '" + c + "' in einstein sum"
            + " subscripts string, subscripts must be letters");
      }
    }
    return at;
  }

  private static String dot(int operand) {
    return "einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...')"
        + (operand >= 0 ? " in operand " + operand : " in the output");
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int[] output(String out, int[][] inputs, int maxEllipsis) {
    int[] counts = new int[128];
    for (int[] in : inputs) {
      for (int l : in) {
        if (l < ELLIPSIS) {
          counts[l]++;
        }
      }
    }
    List<Integer> o = new ArrayList<>();
    if (out == null) {
      // numpy's implicit output: the broadcast ellipsis dimensions, then the letters that
      // appear once, in ASCII order
      for (int p = 0; p < maxEllipsis; p++) {
        o.add(ELLIPSIS + p);
      }
      for (int c = 0; c < 128; c++) {
        if (counts[c] == 1) {
          o.add(c);
        }
      }
    } else {
      List<Integer> letters = new ArrayList<>();
      int at = -1;
      for (int i = 0; i < out.length(); i++) {
        char c = out.charAt(i);
        if (c == '.') {
          if (at >= 0 || !out.startsWith("...", i)) {
            throw new IllegalArgumentException(dot(-1));
          }
          at = letters.size();
          i += 2;
        } else if (isLetter(c)) {
          if (letters.contains((int) c)) {
            throw new IllegalArgumentException("einstein sum subscripts string includes output"
                + " subscript '" + c + "' multiple times");
          }
          if (counts[c] == 0) {
            throw new IllegalArgumentException("einstein sum subscripts string included output"
                + " subscript '" + c + "' which never appeared in an input");
          }
          letters.add((int) c);
        } else {
          throw new IllegalArgumentException("invalid subscript '" + c + "' in einstein sum"
              + " subscripts string, subscripts must be letters");
        }
      }
      if (at < 0 && maxEllipsis > 0) {
        throw new IllegalArgumentException("output has more dimensions than subscripts given in"
            + " einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
      }
      for (int i = 0; i <= letters.size(); i++) {
        if (i == at) {
          for (int p = 0; p < maxEllipsis; p++) {
            o.add(ELLIPSIS + p);
          }
        }
        if (i < letters.size()) {
          o.add(letters.get(i));
        }
      }
    }
    return o.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A label as numpy names it in messages. */
  static String name(int label) {
    return label < ELLIPSIS ? String.valueOf((char) label) : "...";
  }
}
