package ddl.stdlib.plot;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * matplotlib's colormaps by name, each as nine colours it takes at 0, 1/8, ..., 1, between which
 * values are interpolated linearly. viridis is the default, as in matplotlib.
 */
record Colormap(String name, List<Colors.Rgb> anchors) {
  private static final Map<String, Colormap> MAPS = new TreeMap<>();

  static {
    add("viridis", "440154 472d7b 3b528b 2c728e 21918c 28ae80 5ec962 addc30 fde725");
    add("plasma", "0d0887 4c02a1 7e03a8 a92395 cc4778 e56b5d f89441 fdc328 f0f921");
    add("magma", "000004 1c1044 4f127b 812581 b5367a e55064 fb8761 fec287 fcfdbf");
    add("inferno", "000004 1f0c48 550f6d 88226a ba3655 e35933 f98e09 f9cb35 fcffa4");
    add("gray", "000000 202020 404040 606060 808080 9f9f9f bfbfbf dfdfdf ffffff");
    add("grey", "000000 202020 404040 606060 808080 9f9f9f bfbfbf dfdfdf ffffff");
    add("Greys", "ffffff f0f0f0 d9d9d9 bdbdbd 969696 737373 525252 252525 000000");
    add("hot", "0b0000 5a0000 aa0000 fa0000 ff4a00 ff9a00 ffea00 ffff6f ffffff");
    add("coolwarm", "3b4cc0 6282ea 8db0fe b8d0f9 dddcdc f5c4ad f49a7b e26952 b40426");
    add("RdBu", "67001f b2182b d6604d f4a582 f7f7f7 92c5de 4393c3 2166ac 053061");
    add("Blues", "f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 08519c 08306b");
  }

  private static void add(String name, String hexes) {
    MAPS.put(name, new Colormap(name, java.util.Arrays.stream(hexes.split(" ")).map(Colors::hex).toList()));
  }

  static final Colormap VIRIDIS = MAPS.get("viridis");

  /**
   * The colormap of a name; a name ending in {@code _r} is the map reversed, as in matplotlib.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  static Colormap of(Object name) {
    if (name == null) {
      return VIRIDIS;
    }
    String n = name.toString();
    boolean reversed = n.endsWith("_r");
    Colormap m = MAPS.get(reversed ? n.substring(0, n.length() - 2) : n);
    if (m == null) {
      for (Map.Entry<String, Colormap> e : MAPS.entrySet()) {
        if (e.getKey().toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT))) {
          m = e.getValue();
        }
      }
    }
    if (m == null) {
      throw new IllegalArgumentException(
          "'" + n + "' is not a valid value for cmap; supported values are "
              + String.join(", ", MAPS.keySet()) + " (and their _r reversals)");
    }
    if (reversed) {
      List<Colors.Rgb> r = new java.util.ArrayList<>(m.anchors);
      java.util.Collections.reverse(r);
      return new Colormap(n, List.copyOf(r));
    }
    return m;
  }

  /** The colour at {@code t} in [0, 1] (clamped). */
  Colors.Rgb at(double t) {
    double u = Math.max(0, Math.min(1, t)) * (anchors.size() - 1);
    int i = Math.min(anchors.size() - 2, (int) Math.floor(u));
    double f = u - i;
    Colors.Rgb a = anchors.get(i);
    Colors.Rgb b = anchors.get(i + 1);
    return new Colors.Rgb(
        (int) Math.round(a.r() + f * (b.r() - a.r())),
        (int) Math.round(a.g() + f * (b.g() - a.g())),
        (int) Math.round(a.b() + f * (b.b() - a.b())));
  }

  /** One of {@code n} evenly spread colours: the k-th level of a contour plot. */
  Colors.Rgb level(int k, int n) {
    return at(n <= 1 ? 0.5 : (double) k / (n - 1));
  }
}
