package ddl.stdlib.plot;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Colours by name for both renderings: an RGB value for the PNG and its nearest entry of the xterm
 * 256-colour palette for the terminal. Series without a colour take the next one of matplotlib's
 * "tab10" cycle, so that ddl's figures look like the ones students know from matplotlib.
 */
final class Colors {
  /** An sRGB colour. */
  record Rgb(int r, int g, int b) {
    /** The nearest colour of the xterm 6×6×6 cube or grey ramp (codes 16–255). */
    int ansi256() {
      int cr = cubeIndex(r);
      int cg = cubeIndex(g);
      int cb = cubeIndex(b);
      int cube = 16 + 36 * cr + 6 * cg + cb;
      int cubeDist = dist(CUBE[cr], CUBE[cg], CUBE[cb]);
      int grey = Math.max(0, Math.min(23, Math.round(((r + g + b) / 3f - 8) / 10f)));
      int gv = 8 + 10 * grey;
      return dist(gv, gv, gv) < cubeDist ? 232 + grey : cube;
    }

    /** The ANSI escape that sets this colour as the foreground. */
    String fg() {
      return "\u001b[38;5;" + ansi256() + "m";
    }

    /** The ANSI escape that sets this colour as the background. */
    String bg() {
      return "\u001b[48;5;" + ansi256() + "m";
    }

    private int dist(int rr, int gg, int bb) {
      return (r - rr) * (r - rr) + (g - gg) * (g - gg) + (b - bb) * (b - bb);
    }
  }

  /** The levels of the xterm colour cube. */
  private static final int[] CUBE = {0, 95, 135, 175, 215, 255};

  private static int cubeIndex(int v) {
    return v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40;
  }

  /** matplotlib's default colour cycle ("tab10"). */
  static final List<Rgb> CYCLE =
      List.of(
          hex("1f77b4"),
          hex("ff7f0e"),
          hex("2ca02c"),
          hex("d62728"),
          hex("9467bd"),
          hex("8c564b"),
          hex("e377c2"),
          hex("7f7f7f"),
          hex("bcbd22"),
          hex("17becf"));

  /** Colours drawn over an image or heat map: warm ones that stand out on viridis. */
  static final List<Rgb> OVERLAY =
      List.of(hex("d62728"), hex("ff7f0e"), hex("e377c2"), hex("17becf"));

  private static final Map<String, Rgb> NAMED =
      Map.ofEntries(
          Map.entry("blue", CYCLE.get(0)),
          Map.entry("orange", CYCLE.get(1)),
          Map.entry("green", CYCLE.get(2)),
          Map.entry("red", CYCLE.get(3)),
          Map.entry("purple", CYCLE.get(4)),
          Map.entry("brown", CYCLE.get(5)),
          Map.entry("pink", CYCLE.get(6)),
          Map.entry("gray", CYCLE.get(7)),
          Map.entry("grey", CYCLE.get(7)),
          Map.entry("olive", CYCLE.get(8)),
          Map.entry("cyan", CYCLE.get(9)),
          Map.entry("magenta", hex("ff00ff")),
          Map.entry("yellow", hex("ffd700")),
          Map.entry("black", hex("000000")),
          Map.entry("white", hex("ffffff")),
          // matplotlib's one-letter codes, as in format strings ("r--")
          Map.entry("b", hex("0000ff")),
          Map.entry("g", hex("008000")),
          Map.entry("r", hex("ff0000")),
          Map.entry("c", hex("00bfbf")),
          Map.entry("m", hex("bf00bf")),
          Map.entry("y", hex("bfbf00")),
          Map.entry("k", hex("000000")),
          Map.entry("w", hex("ffffff")));

  /**
   * The heat-map ramp, low to high: viridis sampled at ten points (matplotlib's default colormap,
   * readable by colour-blind viewers and in grey).
   */
  static final List<Rgb> RAMP =
      List.of(
          hex("440154"),
          hex("482878"),
          hex("3e4989"),
          hex("31688e"),
          hex("26828e"),
          hex("1f9e89"),
          hex("35b779"),
          hex("6ece58"),
          hex("b5de2b"),
          hex("fde725"));

  private Colors() {}

  /**
   * A colour from a name ({@code "red"}) or a hex code ({@code "#ff8800"}).
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  static Rgb parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.matches("#[0-9a-f]{6}")) {
      return hex(n.substring(1));
    }
    if (n.matches("c[0-9]")) {
      return CYCLE.get(n.charAt(1) - '0'); // "C0".."C9": the cycle's colours, as in matplotlib
    }
    if (n.startsWith("tab:")) {
      n = n.substring(4);
    }
    Rgb c = NAMED.get(n);
    if (c == null) {
      throw new IllegalArgumentException(
          "unknown color '"
              + name
              + "': expected one of "
              + String.join(
                  ", ",
                  NAMED.keySet().stream()
                      .filter(k -> k.length() > 1)
                      .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)))
              + ", a letter of bgrcmykw, C0 to C9 or a code such as \"#ff8800\"");
    }
    return c;
  }

  /** The colour of a ramp level {@code t} in [0, 1]. */
  static Rgb ramp(double t) {
    int i = (int) Math.floor(t * RAMP.size());
    return RAMP.get(Math.max(0, Math.min(RAMP.size() - 1, i)));
  }

  /** A colour mixed with white: what a fill of opacity {@code alpha} shows over a white plot. */
  static Rgb over(Rgb c, Rgb under, double alpha) {
    return new Rgb(
        (int) Math.round(c.r() * alpha + under.r() * (1 - alpha)),
        (int) Math.round(c.g() * alpha + under.g() * (1 - alpha)),
        (int) Math.round(c.b() * alpha + under.b() * (1 - alpha)));
  }

  static Rgb hex(String h) {
    int v = Integer.parseInt(h, 16);
    return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
  }
}
