package ddl.stdlib.plot;

import java.util.List;

/**
 * The axes of one panel as both renderers need them: the scales, and the ranges of x and y in axis
 * coordinates that the layers and limits ask for, before a renderer rounds them to its ticks. An
 * axis is pinned when it should end exactly at its range (an image, a histogram, a limit that was
 * set) rather than at the round ticks just outside it.
 */
final class AxesView {
  private AxesView() {}

  static Scale xScale(Figure p) {
    return p.logx ? Scale.LOG : Scale.LINEAR;
  }

  static Scale yScale(Figure p) {
    return p.logy ? Scale.LOG : p.yinverted ? Scale.INVERTED : Scale.LINEAR;
  }

  /** The x range of a panel and of its twin, which shares its x axis. */
  static double[] xRange(Figure p, Scale sx) {
    if (p.xlim != null) {
      double a = sx.apply(p.xlim[0]);
      double b = sx.apply(p.xlim[1]);
      return new double[] {Math.min(a, b), Math.max(a, b)};
    }
    Extent e = Extent.NONE;
    for (Figure f : p.twin == null ? List.of(p) : List.of(p, p.twin)) {
      for (Layer l : f.layers) {
        e = e.union(l.extent(sx, yScale(f)));
      }
    }
    return Double.isNaN(e.x0()) ? new double[] {0, 1} : new double[] {e.x0(), e.x1()};
  }

  static boolean pinsX(Figure p) {
    return p.xlim != null || p.layers.stream().anyMatch(Layer::pinsAxes);
  }

  /** The y range of a panel's layers over the x range [x0, x1] (axis coordinates). */
  static double[] yRange(Figure p, Scale sx, Scale sy, double x0, double x1) {
    if (p.ylim != null) {
      double a = sy.apply(p.ylim[0]);
      double b = sy.apply(p.ylim[1]);
      return new double[] {Math.min(a, b), Math.max(a, b)};
    }
    Extent e = Extent.NONE;
    for (Layer l : p.layers) {
      e = e.union(l.extentOver(sx, sy, x0, x1));
    }
    return Double.isNaN(e.y0()) ? new double[] {0, 1} : new double[] {e.y0(), e.y1()};
  }

  static boolean pinsY(Figure p) {
    return p.ylim != null || p.layers.stream().anyMatch(Layer::pinsY);
  }

  /** The first colour bar asked for by a layer of the panel, or null. */
  static Layer.ColorBar colorBar(Figure p) {
    for (Layer l : p.layers) {
      if (l.colorBar() != null) {
        return l.colorBar();
      }
    }
    return null;
  }
}
