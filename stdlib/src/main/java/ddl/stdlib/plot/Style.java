package ddl.stdlib.plot;

import ddl.stdlib.Args;

/**
 * How a layer looks: its colour (null until the figure gives it the next of the cycle), line style
 * ({@code "-"}, {@code "--"}, {@code ":"}, {@code "-."}, {@code ""} for none, null for the default),
 * line width in points (NaN: the default), marker ({@code 'o'}, {@code 's'}, ..., 0 for none), fill
 * opacity and legend label (null: not in the legend).
 */
record Style(
    Colors.Rgb color, String linestyle, double linewidth, char marker, double alpha, String label) {
  static final Style DEFAULT = new Style(null, null, Double.NaN, (char) 0, Double.NaN, null);

  private static final String MARKERS = ".,ov^<>sd*+xDph|_";

  Style withColor(Colors.Rgb c) {
    return new Style(c, linestyle, linewidth, marker, alpha, label);
  }

  Style withLabel(String l) {
    return new Style(color, linestyle, linewidth, marker, alpha, l);
  }

  Style withMarker(char m) {
    return new Style(color, linestyle, linewidth, m, alpha, label);
  }

  Style withLinestyle(String ls) {
    return new Style(color, ls, linewidth, marker, alpha, label);
  }

  /** Whether a line is drawn between points (a format such as "o" draws markers only). */
  boolean hasLine() {
    return linestyle == null || !linestyle.isEmpty();
  }

  /**
   * A style from matplotlib's arguments: a format string such as {@code "r--"} or {@code "go"}
   * ({@code [color][marker][line]} in any order), overridden by the keywords given.
   *
   * @throws IllegalArgumentException for a format, colour or style matplotlib would not accept
   */
  static Style of(
      Object fmt, Object color, Object label, Object linewidth, Object linestyle, Object marker) {
    Colors.Rgb c = null;
    String ls = null;
    char mk = 0;
    if (fmt != null) {
      String f = fmt.toString();
      for (int i = 0; i < f.length(); i++) {
        char ch = f.charAt(i);
        if (f.startsWith("--", i) || f.startsWith("-.", i)) {
          ls = f.substring(i, i + 2);
          i++;
        } else if (ch == '-' || ch == ':') {
          ls = String.valueOf(ch);
        } else if ("bgrcmykw".indexOf(ch) >= 0 && c == null) {
          c = Colors.parse(String.valueOf(ch));
        } else if (MARKERS.indexOf(ch) >= 0 && mk == 0) {
          mk = ch;
        } else {
          throw new IllegalArgumentException(
              "'" + f + "' is not a valid format string (unrecognized character '" + ch + "')");
        }
      }
      if (mk != 0 && ls == null) {
        ls = ""; // "o" alone: markers without a line, as matplotlib draws it
      }
    }
    if (color != null) {
      c = Colors.parse(color.toString());
    }
    if (linestyle != null) {
      ls = linestyle(linestyle.toString());
    }
    if (marker != null) {
      String m = marker.toString();
      if (m.isEmpty() || m.equals("None") || m.equals("none")) {
        mk = 0;
      } else if (m.length() != 1 || MARKERS.indexOf(m.charAt(0)) < 0) {
        throw new IllegalArgumentException(
            "unrecognized marker style '" + m + "': expected one of " + MARKERS);
      } else {
        mk = m.charAt(0);
      }
    }
    double lw = linewidth == null ? Double.NaN : Args.toDouble(linewidth, "linewidth");
    if (lw < 0) {
      throw new IllegalArgumentException("linewidth must be non-negative, found " + lw);
    }
    return new Style(c, ls, lw, mk, Double.NaN, label == null ? null : label.toString());
  }

  /** matplotlib's line style names and codes. */
  static String linestyle(String s) {
    switch (s) {
      case "-":
      case "solid":
        return "-";
      case "--":
      case "dashed":
        return "--";
      case ":":
      case "dotted":
        return ":";
      case "-.":
      case "dashdot":
        return "-.";
      case "":
      case "None":
      case "none":
        return "";
      default:
        throw new IllegalArgumentException(
            "'"
                + s
                + "' is not a valid value for ls; supported values are '-', '--', '-.', ':',"
                + " 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'");
    }
  }
}
