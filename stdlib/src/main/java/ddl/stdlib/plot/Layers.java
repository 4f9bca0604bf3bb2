package ddl.stdlib.plot;

import ddl.stdlib.Args;
import ddl.stdlib.Tensor;
import ddl.stdlib.Tuple;
import ddl.stdlib.learn.Fit;
import java.util.ArrayList;
import java.util.List;

/**
 * The layers of the drawing functions, made from their arguments as matplotlib reads them, with
 * its errors for arguments it would refuse.
 */
final class Layers {
  private Layers() {}

  /** {@code plot(y)}, {@code plot(x, y)}, {@code plot(x, Y)} (a line per column of a 2-D Y). */
  static List<Layer> plot(Object x, Object y, Style style, List<String> labels) {
    Tensor ty = Args.tensor(y == null ? x : y, "y");
    double[] xs;
    if (y == null) {
      int n = ty.ndim() == 0 ? 1 : ty.shape(0);
      xs = new double[n];
      for (int i = 0; i < n; i++) {
        xs[i] = i;
      }
    } else {
      xs = values(x, "x");
    }
    List<Layer> out = new ArrayList<>();
    if (ty.ndim() == 2) {
      int n = ty.shape(0);
      int k = ty.shape(1);
      if (n != xs.length) {
        throw sizes(xs.length, ty.shapeString());
      }
      double[] all = ty.toDoubleArray();
      for (int c = 0; c < k; c++) {
        double[] col = new double[n];
        for (int i = 0; i < n; i++) {
          col[i] = all[i * k + c];
        }
        String label = labels == null ? null : labels.get(Math.min(c, labels.size() - 1));
        out.add(new XYLayer(xs, col, style.withLabel(label)));
      }
      return out;
    }
    double[] ys = values(ty, "y");
    if (ys.length != xs.length) {
      throw sizes(xs.length, "(" + ys.length + ",)");
    }
    out.add(new XYLayer(xs, ys, style.withLabel(labels == null ? null : labels.get(0))));
    return out;
  }

  /** matplotlib's error for x and y of different lengths. */
  static IllegalArgumentException sizes(int nx, String yShape) {
    return new IllegalArgumentException(
        "x and y must have same first dimension, but have shapes (" + nx + ",) and " + yShape);
  }

  /** A label, or one per column from a list of labels. */
  static List<String> labels(Object label) {
    if (label == null) {
      return null;
    }
    if (label instanceof List && !(label instanceof String)) {
      List<String> l = new ArrayList<>();
      for (Object o : (List<?>) label) {
        l.add(String.valueOf(o));
      }
      return l.isEmpty() ? null : l;
    }
    return List.of(label.toString());
  }

  /** The model line of phi (two numbers, intercept first) or of a fit's phi. */
  static ModelLineLayer line(Object phi, Style style) {
    String name = null;
    if (phi instanceof Fit) {
      name = ((Fit) phi).method();
      phi = ((Fit) phi).phi();
      if (phi == null) {
        throw new IllegalArgumentException("line: the fit has no phi (it is not a linear model)");
      }
    }
    double[] p = Args.tensor(phi, "phi").toDoubleArray();
    if (p.length < 1 || p.length > 2) {
      throw new IllegalArgumentException(
          "line: phi must hold 2 values (intercept, slope), found " + p.length);
    }
    String auto =
        "phi=[" + Ticks.compact(p[0]) + (p.length > 1 ? ", " + Ticks.compact(p[1]) : "") + "]";
    return new ModelLineLayer(
        p, style.withLabel(style.label() != null ? style.label() : name != null ? name : auto));
  }

  /** The path of iterates: columns 0 and 1 of a fit's history.phi or of an (n, 2) tensor. */
  static XYLayer path(Object fit, Style style) {
    String name = "path";
    Tensor h;
    if (fit instanceof Fit) {
      Fit f = (Fit) fit;
      if (f.history() == null) {
        throw new IllegalArgumentException(
            "path: the fit has no history (iterative fits such as gd have one)");
      }
      h = f.history().phi();
      name = f.method();
    } else {
      h = Args.tensor(fit, "fit");
    }
    if (h.ndim() != 2 || h.shape(1) < 2) {
      throw new IllegalArgumentException(
          "path: expected iterates of shape (n, 2) or more columns, found " + h.shapeString());
    }
    int n = h.shape(0);
    int k = h.shape(1);
    double[] all = h.toDoubleArray();
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = all[i * k];
      b[i] = all[i * k + 1];
    }
    Style s = style.marker() == 0 ? style.withMarker('o') : style;
    return new XYLayer(a, b, s.withLabel(style.label() != null ? style.label() : name));
  }

  /** numpy.histogram's bins: {@code bins} equal-width bins over the data, or given edges. */
  static BarsLayer hist(Object x, Object bins, Style style) {
    double[] v = Args.tensor(x, "x").toDoubleArray();
    double[] edges;
    if (bins instanceof Tensor || bins instanceof List) {
      edges = values(bins, "bins");
      for (int i = 1; i < edges.length; i++) {
        if (!(edges[i] > edges[i - 1])) {
          throw new IllegalArgumentException("`bins` must increase monotonically, when an array");
        }
      }
    } else {
      int n = Args.toInt(bins, "bins");
      if (n < 1) {
        throw new IllegalArgumentException("`bins` must be positive, when an integer");
      }
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double d : v) {
        if (!Double.isFinite(d)) {
          throw new IllegalArgumentException(
              "autodetected range of [" + Math.min(lo, d) + ", " + Math.max(hi, d) + "] is not finite");
        }
        lo = Math.min(lo, d);
        hi = Math.max(hi, d);
      }
      if (v.length == 0) {
        lo = 0;
        hi = 1;
      } else if (lo == hi) {
        lo -= 0.5; // numpy widens an empty range by 0.5 on each side
        hi += 0.5;
      }
      edges = new double[n + 1];
      for (int i = 0; i <= n; i++) {
        edges[i] = lo + (hi - lo) * i / n;
      }
    }
    int n = edges.length - 1;
    double[] counts = new double[n];
    for (double d : v) {
      if (d < edges[0] || d > edges[n] || Double.isNaN(d)) {
        continue;
      }
      // the last bin is closed on the right, as numpy's
      int k = java.util.Arrays.binarySearch(edges, d);
      int bin = k >= 0 ? Math.min(n - 1, k) : -k - 2;
      counts[bin]++;
    }
    double[] left = java.util.Arrays.copyOfRange(edges, 0, n);
    double[] right = java.util.Arrays.copyOfRange(edges, 1, n + 1);
    return new BarsLayer(left, right, new double[n], counts, true, style);
  }

  /** {@code bar(x, height, width=0.8, bottom=0)}: bars centred on x. */
  static BarsLayer bar(Object x, Object height, Object width, Object bottom, Style style) {
    double[] xs = values(x, "x");
    double[] hs = broadcast(height, xs.length, "height");
    double[] ws = broadcast(width == null ? 0.8 : width, xs.length, "width");
    double[] bs = broadcast(bottom == null ? 0.0 : bottom, xs.length, "bottom");
    double[] l = new double[xs.length];
    double[] r = new double[xs.length];
    double[] t = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      l[i] = xs[i] - ws[i] / 2;
      r[i] = xs[i] + ws[i] / 2;
      t[i] = bs[i] + hs[i];
    }
    return new BarsLayer(l, r, bs, t, false, style);
  }

  /** {@code fill_between(x, y1, y2=0)}: y1 and y2 arrays of x's length or numbers. */
  static BandLayer band(Object x, Object y1, Object y2, Style style) {
    double[] xs = values(x, "x");
    return new BandLayer(
        xs, broadcast(y1, xs.length, "y1"), broadcast(y2 == null ? 0.0 : y2, xs.length, "y2"), style);
  }

  /** A number repeated n times, or an array of n values. */
  static double[] broadcast(Object v, int n, String name) {
    if (v instanceof Number) {
      double[] d = new double[n];
      java.util.Arrays.fill(d, ((Number) v).doubleValue());
      return d;
    }
    double[] d = values(v, name);
    if (d.length == 1 && n != 1) {
      return broadcast(d[0], n, name);
    }
    if (d.length != n) {
      throw new IllegalArgumentException(
          "shape mismatch: " + name + " of shape (" + d.length + ",) cannot be broadcast to (" + n + ",)");
    }
    return d;
  }

  /**
   * {@code imshow(Z)}: an (h, w) array of numbers or (h, w, 3|4) of colours (floats in [0, 1],
   * integers in [0, 255]); {@code extent} (left, right, bottom, top) in data units, else the pixel
   * indices; {@code origin} "upper" (row 0 at the top) or "lower".
   */
  static ImageLayer image(
      Object z, Object cmap, Object vmin, Object vmax, Object extent, boolean upper, boolean bar, String fn) {
    Tensor t = Args.tensor(z, "Z");
    int[] s = t.shape();
    boolean rgb = s.length == 3 && (s[2] == 3 || s[2] == 4);
    if (!(s.length == 2 || rgb) || t.size() == 0) {
      throw new IllegalArgumentException(fn + ": Invalid shape " + t.shapeString() + " for image data");
    }
    int h = s[0];
    int w = s[1];
    double[] v = t.toDoubleArray();
    if (rgb && t.dtype() != ddl.stdlib.DType.FLOAT64) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= 255;
      }
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      if (Double.isFinite(d)) {
        lo = Math.min(lo, d);
        hi = Math.max(hi, d);
      }
    }
    if (lo > hi) {
      lo = 0;
      hi = 1;
    }
    lo = vmin == null ? lo : Args.toDouble(vmin, "vmin");
    hi = vmax == null ? hi : Args.toDouble(vmax, "vmax");
    double[] e;
    if (extent != null) {
      e = values(extent, "extent");
      if (e.length != 4) {
        throw new IllegalArgumentException(
            fn + ": extent must be (left, right, bottom, top), found " + e.length + " values");
      }
    } else if (upper) {
      e = new double[] {-0.5, w - 0.5, h - 0.5, -0.5}; // matplotlib's: the y axis counts rows down
    } else {
      e = new double[] {-0.5, w - 0.5, -0.5, h - 0.5};
    }
    // row 0 starts at the top edge for origin "upper", at the bottom edge for "lower"
    double y0 = upper ? e[3] : e[2];
    double y1 = upper ? e[2] : e[3];
    return new ImageLayer(
        v, h, w, rgb ? s[2] : 1, e[0], e[1], y0, y1, Colormap.of(cmap), lo, hi, bar, Style.DEFAULT);
  }

  /** The values of a vector, also of an (n, 1) or (1, n) column or row, or a number. */
  static double[] values(Object v, String name) {
    Tensor t = Args.tensor(v, name);
    int big = 0;
    for (int d : t.shape()) {
      big += d > 1 ? 1 : 0;
    }
    if (big > 1) {
      throw new IllegalArgumentException(name + " must be 1-D, found shape " + t.shapeString());
    }
    return t.toDoubleArray();
  }

  /** Two numbers (lo, hi) from a pair or a tuple, for xlim and ylim. */
  static double[] pair(Object lo, Object hi, String name) {
    if (hi == null && (lo instanceof List || lo instanceof Tensor || lo instanceof Tuple)) {
      double[] d = values(lo, name);
      if (d.length != 2) {
        throw new IllegalArgumentException(name + ": expected (left, right), found " + d.length + " values");
      }
      return d;
    }
    return new double[] {Args.toDouble(lo, name), Args.toDouble(hi, name)};
  }
}
