package ddl.stdlib.format;

import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * numpy's {@code str()} and {@code repr()} of arrays ({@code array_str}, {@code array_repr} and
 * {@code array2string} in numpy 2.x's {@code arrayprint.py}).
 *
 * <p>Elements share one width per array (see {@link FloatFormat} for float64; int64 is
 * right-aligned to the widest; bool prints {@code True}/{@code False}); rows wrap at {@code
 * linewidth} with the continuation indented past the brackets; axes longer than {@code 2*edgeitems}
 * print {@code ...} once the array has more than {@code threshold} elements; blocks of a 3-D array
 * are separated by a blank line. {@code str} of {@code [[1, 2], [3, 4]]} is {@code "[[1 2]\n [3
 * 4]]"}, its {@code repr} is {@code "array([[1, 2],\n [3, 4]])"}.
 */
public final class ArrayFormat {
  private static final String SUMMARY = "...";

  private ArrayFormat() {}

  /** numpy's {@code str(a)} with the default print options. */
  public static String str(Tensor t) {
    return str(t, PrintOptions.DEFAULTS);
  }

  /**
   * numpy's {@code str(a)}: {@code [1 2 3]}; a 0-d array prints as its scalar does in Python
   * ({@code 7400000.0}, {@code True}).
   */
  public static String str(Tensor t, PrintOptions options) {
    return str(t, options, Checkpoint.NONE);
  }

  /**
   * {@link #str(Tensor, PrintOptions)} that runs {@code check} every few thousand elements: a
   * check that throws (such as {@code Context::check} after Ctrl-C) stops the formatting.
   */
  public static String str(Tensor t, PrintOptions options, Runnable check) {
    return str(t, options, new Checkpoint(check));
  }

  private static String str(Tensor t, PrintOptions options, Checkpoint check) {
    if (t.ndim() == 0) {
      return scalarStr(t.get(0));
    }
    return array2string(t, options, " ", "", "", check);
  }

  /** numpy's {@code repr(a)} with the default print options. */
  public static String repr(Tensor t) {
    return repr(t, PrintOptions.DEFAULTS);
  }

  /**
   * numpy's {@code repr(a)}: {@code array([1, 2, 3])}, {@code array(7400000.)}, {@code array([],
   * shape=(0, 2), dtype=float64)}; summarised arrays add {@code shape=(...)} as numpy 2.2+ does.
   */
  public static String repr(Tensor t, PrintOptions options) {
    String prefix = "array(";
    String body = array2string(t, options, ", ", prefix, ")", Checkpoint.NONE);
    int[] shape = t.shape();
    List<String> extras = new ArrayList<>();
    if ((t.size() == 0 && !(shape.length == 1 && shape[0] == 0))
        || t.size() > options.threshold()) {
      extras.add("shape=" + Shape.toString(shape));
    }
    // float64, int64 and bool are implied by how their values print; only empty arrays say so.
    if (t.size() == 0) {
      extras.add("dtype=" + t.dtype().numpyName());
    }
    if (extras.isEmpty()) {
      return prefix + body + ")";
    }
    String arr = prefix + body + ",";
    String extra = String.join(", ", extras) + ")";
    int lastLine = arr.length() - (arr.lastIndexOf('\n') + 1);
    String spacer =
        lastLine + extra.length() + 1 > options.linewidth()
            ? "\n" + " ".repeat(prefix.length())
            : " ";
    return arr + spacer + extra;
  }

  /** Python's {@code str} of a numpy scalar: {@code 0.1}, {@code -7}, {@code True}. */
  static String scalarStr(Object value) {
    if (value instanceof Double) {
      return PyFloat.repr((Double) value);
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? "True" : "False";
    }
    return String.valueOf(value);
  }

  private static String array2string(
      Tensor t,
      PrintOptions options,
      String separator,
      String prefix,
      String suffix,
      Checkpoint check) {
    if (t.size() == 0) {
      return "[]";
    }
    int[] shape = t.shape();
    int edge = options.edgeitems();
    boolean summarize = t.size() > options.threshold();
    int[] shown = shownIndices(shape, summarize ? edge : -1);
    IntFunction<String> element = elementFormat(t, shown, options, check);
    int lineWidth = options.linewidth() - suffix.length();
    String nextLinePrefix = " " + " ".repeat(prefix.length());
    Printer p = new Printer(shape, element, separator, summarize ? edge : -1, check);
    return p.recurse(0, 0, nextLinePrefix, lineWidth);
  }

  /**
   * The C-order positions of the elements that print: numpy's {@code _leading_trailing}, which
   * keeps {@code edge} items at each end of every axis longer than {@code 2*edge} ({@code edge} -1:
   * all).
   */
  private static int[] shownIndices(int[] shape, int edge) {
    int[] strides = Shape.cStrides(shape);
    int[] positions = {0};
    for (int axis = 0; axis < shape.length; axis++) {
      int len = shape[axis];
      boolean cut = edge >= 0 && len > 2 * edge;
      int count = cut ? 2 * edge : len;
      int[] next = new int[positions.length * count];
      int k = 0;
      for (int base : positions) {
        for (int j = 0; j < count; j++) {
          int i = cut && j >= edge ? len - 2 * edge + j : j;
          next[k++] = base + i * strides[axis];
        }
      }
      positions = next;
    }
    return positions;
  }

  /** The element formatter for the dtype, measured on the elements that will be shown. */
  private static IntFunction<String> elementFormat(
      Tensor t, int[] shown, PrintOptions options, Checkpoint check) {
    DType dtype = t.dtype();
    if (dtype == DType.FLOAT64) {
      double[] values = new double[shown.length];
      for (int i = 0; i < shown.length; i++) {
        values[i] = t.getDouble(shown[i]);
      }
      FloatFormat f = new FloatFormat(values, options, check);
      return i -> f.format(t.getDouble(i));
    }
    if (dtype == DType.BOOL) {
      // numpy pads True to the width of False, except in a 0-d array.
      String trueText = t.ndim() == 0 ? "True" : " True";
      return i -> t.getBoolean(i) ? trueText : "False";
    }
    long max = Long.MIN_VALUE;
    long min = Long.MAX_VALUE;
    for (int i : shown) {
      check.tick();
      long v = t.getLong(i);
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
    char sign = options.sign();
    if (sign == ' ' && min < 0) {
      sign = '-';
    }
    int maxLen = Long.toString(max).length() + (max >= 0 && sign != '-' ? 1 : 0);
    int width = Math.max(maxLen, Long.toString(min).length());
    char signChar = sign;
    return i -> {
      long v = t.getLong(i);
      String s = v < 0 || signChar == '-' ? Long.toString(v) : signChar + Long.toString(v);
      return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    };
  }

  /** numpy's {@code _formatArray}: nested brackets, wrapping and summaries. */
  private static final class Printer {
    private final int[] shape;
    private final int[] strides;
    private final IntFunction<String> element;
    private final String separator;
    private final String separatorStripped;
    private final int edge;
    private final Checkpoint check;

    Printer(
        int[] shape, IntFunction<String> element, String separator, int edge, Checkpoint check) {
      this.shape = shape;
      this.strides = Shape.cStrides(shape);
      this.element = element;
      this.separator = separator;
      this.separatorStripped = separator.stripTrailing();
      this.edge = edge;
      this.check = check;
    }

    /** Formats the sub-array at {@code axis} starting at C-order position {@code base}. */
    String recurse(int axis, int base, String hangingIndent, int currWidth) {
      int axesLeft = shape.length - axis;
      if (axesLeft == 0) {
        check.tick();
        return element.apply(base);
      }
      // Nested rows start one column further right, after their '['; the ']' costs a column.
      String nextIndent = hangingIndent + " ";
      int nextWidth = currWidth - 1;
      int len = shape[axis];
      int stride = strides[axis];
      boolean summary = edge >= 0 && 2 * edge < len;
      int leading = summary ? edge : 0;
      int trailing = summary ? edge : len;
      StringBuilder s = new StringBuilder();
      if (axesLeft == 1) {
        int elemWidth = currWidth - Math.max(separatorStripped.length(), 1);
        StringBuilder line = new StringBuilder(hangingIndent);
        for (int i = 0; i < leading; i++) {
          extendLine(
              s,
              line,
              recurse(axis + 1, base + i * stride, nextIndent, nextWidth),
              elemWidth,
              hangingIndent);
          line.append(separator);
        }
        if (summary) {
          extendLine(s, line, SUMMARY, elemWidth, hangingIndent);
          line.append(separator);
        }
        for (int i = trailing; i > 1; i--) {
          extendLine(
              s,
              line,
              recurse(axis + 1, base + (len - i) * stride, nextIndent, nextWidth),
              elemWidth,
              hangingIndent);
          line.append(separator);
        }
        extendLine(
            s,
            line,
            recurse(axis + 1, base + (len - 1) * stride, nextIndent, nextWidth),
            elemWidth,
            hangingIndent);
        s.append(line);
      } else {
        String lineSep = separatorStripped + "\n".repeat(axesLeft - 1);
        for (int i = 0; i < leading; i++) {
          s.append(hangingIndent)
              .append(recurse(axis + 1, base + i * stride, nextIndent, nextWidth))
              .append(lineSep);
        }
        if (summary) {
          s.append(hangingIndent).append(SUMMARY).append(lineSep);
        }
        for (int i = trailing; i > 1; i--) {
          s.append(hangingIndent)
              .append(recurse(axis + 1, base + (len - i) * stride, nextIndent, nextWidth))
              .append(lineSep);
        }
        s.append(hangingIndent)
            .append(recurse(axis + 1, base + (len - 1) * stride, nextIndent, nextWidth));
      }
      return "[" + s.substring(hangingIndent.length()) + "]";
    }

    /**
     * numpy's {@code _extendLine}: starts a new line when {@code word} would pass {@code width},
     * unless the line holds only its indent (wrapping would not help).
     */
    private static void extendLine(
        StringBuilder s, StringBuilder line, String word, int width, String nextLinePrefix) {
      boolean wrap =
          line.length() + word.length() > width && line.length() > nextLinePrefix.length();
      if (wrap) {
        s.append(line.toString().stripTrailing()).append('\n');
        line.setLength(0);
        line.append(nextLinePrefix);
      }
      line.append(word);
    }
  }
}
