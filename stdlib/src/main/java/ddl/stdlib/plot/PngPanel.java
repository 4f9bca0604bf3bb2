package ddl.stdlib.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * What a PNG artist draws on: the XChart chart of one panel, to which it adds series (lines,
 * points, polygons) that XChart draws and puts in the legend; and, for what XChart cannot draw
 * (images, filled contours, large scatters, text), Java2D painters run under or over the chart
 * with the data-to-pixel mapping of its plot area. Artists also mark where they put ink, so that
 * the legend goes where it hides no data.
 */
final class PngPanel {
  /** The plot area in pixels, known once XChart has laid the chart out. */
  static final class Area {
    double left;
    double right;
    double top;
    double bottom;
  }

  static final int OCCUPANCY = 24;

  final XYChart chart;
  final Scale sx;
  final Scale sy;
  /** The axis ranges, in axis coordinates (after the scales). */
  final double ax0;
  final double ax1;
  final double ay0;
  final double ay1;
  final int yGroup;
  final Area area;
  final List<Consumer<Graphics2D>> under;
  final List<Consumer<Graphics2D>> over;
  final boolean[][] ink;
  private final Set<String> names;

  PngPanel(XYChart chart, Scale sx, Scale sy, double ax0, double ax1, double ay0, double ay1,
      int yGroup, Area area, List<Consumer<Graphics2D>> under, List<Consumer<Graphics2D>> over,
      boolean[][] ink, Set<String> names) {
    this.chart = chart;
    this.sx = sx;
    this.sy = sy;
    this.ax0 = ax0;
    this.ax1 = ax1;
    this.ay0 = ay0;
    this.ay1 = ay1;
    this.yGroup = yGroup;
    this.area = area;
    this.under = under;
    this.over = over;
    this.ink = ink;
    this.names = names;
  }

  static PngPanel of(XYChart chart, Scale sx, Scale sy, double[] x, double[] y) {
    return new PngPanel(chart, sx, sy, x[0], x[1], y[0], y[1], 0, new Area(), new ArrayList<>(),
        new ArrayList<>(), new boolean[OCCUPANCY][OCCUPANCY], new HashSet<>());
  }

  /** The panel of a second y axis: the same chart, plot area and painters, another y range. */
  PngPanel twin(Scale ty, double[] y) {
    return new PngPanel(chart, sx, ty, ax0, ax1, y[0], y[1], 1, area, under, over, ink, names);
  }

  /** The value XChart is given for a data x: on an inverted axis, its negation. */
  double chartX(double x) {
    return sx == Scale.INVERTED ? -x : x;
  }

  double chartY(double y) {
    return sy == Scale.INVERTED ? -y : y;
  }

  /** The pixel column of a data x (valid while painting). */
  double px(double x) {
    return area.left + (sx.apply(x) - ax0) / (ax1 - ax0) * (area.right - area.left);
  }

  double py(double y) {
    return area.bottom - (sy.apply(y) - ay0) / (ay1 - ay0) * (area.bottom - area.top);
  }

  /** The data x at a pixel column (valid while painting). */
  double dataX(double px) {
    return sx.invert(ax0 + (px - area.left) / (area.right - area.left) * (ax1 - ax0));
  }

  double dataY(double py) {
    return sy.invert(ay0 + (area.bottom - py) / (area.bottom - area.top) * (ay1 - ay0));
  }

  /** Adds a series of data values (NaN: a gap) to the chart under a unique name. */
  XYSeries series(String label, double[] x, double[] y) {
    List<Double> xs = new ArrayList<>(x.length);
    List<Double> ys = new ArrayList<>(y.length);
    for (int i = 0; i < x.length; i++) {
      double u = sx.apply(x[i]);
      double v = sy.apply(y[i]);
      xs.add(Double.isFinite(u) ? chartX(x[i]) : null);
      ys.add(Double.isFinite(u) && Double.isFinite(v) ? chartY(y[i]) : null);
    }
    // XChart needs an x for every point: a gap keeps the x of its neighbour
    for (int i = 0; i < xs.size(); i++) {
      if (xs.get(i) == null) {
        xs.set(i, i > 0 && xs.get(i - 1) != null ? xs.get(i - 1) : sx.invert(ax0));
        ys.set(i, null);
      }
    }
    if (xs.isEmpty() || ys.stream().allMatch(v -> v == null)) {
      xs = List.of(sx.invert(ax0) - 1);
      ys = List.of(0.0);
    }
    XYSeries s = chart.addSeries(unique(label), xs, ys);
    s.setYAxisGroup(yGroup);
    s.setShowInLegend(label != null);
    return s;
  }

  /**
   * A legend entry alone, for a layer drawn by a painter: a series of one point of the layer's own
   * (XChart's axes need finite values), drawn where the painter draws it.
   */
  void legendOnly(String label, Color c, Layer.Mark mark, double x, double y) {
    if (label == null) {
      return;
    }
    double u = Double.isFinite(sx.apply(x)) ? x : sx.invert(ax0);
    double v = Double.isFinite(sy.apply(y)) ? y : sy.invert(ay0);
    XYSeries s = chart.addSeries(unique(label), new double[] {chartX(u)}, new double[] {chartY(v)});
    s.setYAxisGroup(yGroup);
    if (mark == Layer.Mark.POINT) {
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(c);
    } else if (mark == Layer.Mark.FILL) {
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
      s.setMarker(SeriesMarkers.NONE);
      s.setFillColor(c);
      s.setLineColor(c);
    } else {
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(c);
    }
  }

  /** Marks the data point (x, y) as inked, for the legend's placement. */
  void occupy(double x, double y) {
    double u = (sx.apply(x) - ax0) / (ax1 - ax0);
    double v = (sy.apply(y) - ay0) / (ay1 - ay0);
    if (u >= 0 && u <= 1 && v >= 0 && v <= 1) {
      ink[Math.min(OCCUPANCY - 1, (int) (v * OCCUPANCY))][Math.min(OCCUPANCY - 1, (int) (u * OCCUPANCY))] = true;
    }
  }

  /** Marks a segment between data points, sampled finely enough to touch every cell it crosses. */
  void occupySegment(double x0, double y0, double x1, double y1) {
    for (int k = 0; k <= 2 * OCCUPANCY; k++) {
      double t = k / (2.0 * OCCUPANCY);
      double u = sx.invert(sx.apply(x0) + t * (sx.apply(x1) - sx.apply(x0)));
      double v = sy.invert(sy.apply(y0) + t * (sy.apply(y1) - sy.apply(y0)));
      occupy(u, v);
    }
  }

  /** Marks the whole plot area (an image fills it). */
  void occupyAll() {
    for (boolean[] row : ink) {
      java.util.Arrays.fill(row, true);
    }
  }

  static Color awt(Colors.Rgb c) {
    return new Color(c.r(), c.g(), c.b());
  }

  static Color awt(Colors.Rgb c, double alpha) {
    return new Color(c.r(), c.g(), c.b(), (int) Math.round(255 * (Double.isNaN(alpha) ? 1 : alpha)));
  }

  /** A line width in pixels: matplotlib's default of 1.5 points, scaled as XChart draws. */
  static float width(Style s, float dflt) {
    return Double.isNaN(s.linewidth()) ? dflt : (float) (s.linewidth() * 1.4);
  }

  private String unique(String name) {
    String n = name == null || name.isEmpty() ? " " : name;
    for (int k = 2; !names.add(n); k++) {
      n = (name == null ? " " : name) + " (" + k + ")";
    }
    return n;
  }
}
