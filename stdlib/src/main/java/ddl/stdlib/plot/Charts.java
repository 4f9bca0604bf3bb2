package ddl.stdlib.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A figure as an XChart {@link XYChart}: points, lines, bars as a filled step outline, and a
 * surface as contour lines (ten levels coloured low to high with the viridis ramp) under its paths.
 * Contours rather than XChart's HeatMapChart, because only an XY chart can draw the
 * gradient-descent path over the surface, as the terminal heat map does.
 */
final class Charts {
  private Charts() {}

  static void writePng(Figure fig, int width, int height, OutputStream out) throws IOException {
    BitmapEncoder.saveBitmap(chart(fig, width, height), out, BitmapEncoder.BitmapFormat.PNG);
  }

  static XYChart chart(Figure fig, int width, int height) {
    XYChart chart =
        new XYChartBuilder()
            .width(width)
            .height(height)
            .title(fig.title() == null ? "" : fig.title())
            .xAxisTitle(fig.xlabel() == null ? "" : fig.xlabel())
            .yAxisTitle(fig.ylabel() == null ? "" : fig.ylabel())
            .build();
    XYStyler st = chart.getStyler();
    st.setChartBackgroundColor(Color.WHITE);
    st.setPlotBackgroundColor(Color.WHITE);
    st.setPlotBorderColor(Color.DARK_GRAY);
    st.setPlotGridLinesColor(new Color(230, 230, 230));
    st.setLegendBorderColor(Color.LIGHT_GRAY);
    st.setLegendPosition(Styler.LegendPosition.InsideNE);
    st.setChartTitleBoxVisible(false);
    st.setMarkerSize(7);
    st.setAxisTitlesVisible(fig.xlabel() != null || fig.ylabel() != null);
    Set<String> names = new HashSet<>();
    List<Series> all = fig.series();
    Surface s = fig.surface();
    if (s != null) {
      contours(chart, s, names);
      st.setLegendPosition(Styler.LegendPosition.OutsideE);
      st.setLegendVisible(!Boolean.FALSE.equals(fig.legendChoice()));
      st.setXAxisMin(s.p0()[0]);
      st.setXAxisMax(s.p0()[s.p0().length - 1]);
      st.setYAxisMin(s.p1()[0]);
      st.setYAxisMax(s.p1()[s.p1().length - 1]);
    } else {
      st.setLegendVisible(fig.showLegend());
      st.setYAxisLogarithmic(fig.logY());
    }
    double[] xr = xRange(all, s);
    for (int i = 0; i < all.size(); i++) {
      Series ser = all.get(i);
      Colors.Rgb rgb = ser.color() != null ? ser.color() : defaultColor(s != null, i);
      Color c = new Color(rgb.r(), rgb.g(), rgb.b());
      add(chart, ser, unique(ser.label(), names), c, xr, fig.logY());
    }
    if (all.stream().anyMatch(x -> x.kind() == Series.Kind.BARS)) {
      st.setYAxisMin(0.0);
      // XChart puts the ticks of few x values on the values themselves: the bin edges, whose
      // digits would fill the axis
      st.setXAxisDecimalPattern("0.##");
    }
    if (names.isEmpty()) {
      // XChart cannot draw a chart without series: an invisible point keeps an empty figure valid
      XYSeries blank = chart.addSeries(" ", new double[] {0}, new double[] {0});
      blank.setMarker(SeriesMarkers.NONE);
      blank.setLineColor(Color.WHITE);
      blank.setShowInLegend(false);
    }
    return chart;
  }

  private static void add(
      XYChart chart, Series s, String name, Color c, double[] xr, boolean logY) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    switch (s.kind()) {
      case MODEL:
        x.add(xr[0]);
        y.add(s.model(xr[0]));
        x.add(xr[1]);
        y.add(s.model(xr[1]));
        break;
      case BARS:
        // the outline of the bars as one step curve, filled down to zero
        x.add(s.x()[0]);
        y.add(0.0);
        for (int i = 0; i < s.y().length; i++) {
          x.add(s.x()[i]);
          y.add(s.y()[i]);
          x.add(s.x()[i + 1]);
          y.add(s.y()[i]);
        }
        x.add(s.x()[s.x().length - 1]);
        y.add(0.0);
        break;
      default:
        for (int i = 0; i < s.x().length; i++) {
          // a log axis cannot place zero or negative values: they are left out, as matplotlib does
          if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i]) && (!logY || s.y()[i] > 0)) {
            x.add(s.x()[i]);
            y.add(s.y()[i]);
          }
        }
    }
    if (x.isEmpty()) {
      return;
    }
    XYSeries xs = chart.addSeries(name, x, y);
    switch (s.kind()) {
      case POINTS:
        xs.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        xs.setMarker(SeriesMarkers.CIRCLE);
        xs.setMarkerColor(c);
        break;
      case PATH:
        xs.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        xs.setMarker(SeriesMarkers.CIRCLE);
        xs.setMarkerColor(c);
        xs.setLineColor(c);
        xs.setLineStyle(new BasicStroke(2f));
        break;
      case BARS:
        xs.setXYSeriesRenderStyle(XYSeriesRenderStyle.Area);
        xs.setMarker(SeriesMarkers.NONE);
        xs.setLineColor(c);
        xs.setLineStyle(new BasicStroke(2f));
        xs.setFillColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 170));
        break;
      default:
        xs.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        xs.setMarker(SeriesMarkers.NONE);
        xs.setLineColor(c);
        xs.setLineStyle(new BasicStroke(2.5f));
    }
  }

  private static void contours(XYChart chart, Surface s, Set<String> names) {
    List<Contours.Level> levels = Contours.of(s, 10);
    for (int k = 0; k < levels.size(); k++) {
      Contours.Level l = levels.get(k);
      if (l.x().isEmpty()) {
        continue;
      }
      Colors.Rgb rgb = Colors.ramp((double) k / (levels.size() - 1));
      XYSeries xs = chart.addSeries(unique(Ticks.compact(l.value()), names), l.x(), l.y());
      xs.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
      xs.setMarker(SeriesMarkers.NONE);
      xs.setLineColor(new Color(rgb.r(), rgb.g(), rgb.b()));
      xs.setLineStyle(new BasicStroke(1.5f));
    }
  }

  private static Colors.Rgb defaultColor(boolean surface, int i) {
    if (surface) {
      return HeatMap.OVERLAY_COLORS.get(i % HeatMap.OVERLAY_COLORS.size());
    }
    return Colors.CYCLE.get(i % Colors.CYCLE.size());
  }

  private static double[] xRange(List<Series> all, Surface s) {
    if (s != null) {
      return new double[] {s.p0()[0], s.p0()[s.p0().length - 1]};
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series ser : all) {
      for (double v : ser.x()) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    return lo > hi ? new double[] {0, 1} : new double[] {lo, hi};
  }

  /** XChart needs distinct series names: a repeated label gets a number. */
  private static String unique(String name, Set<String> names) {
    String n = name == null || name.isEmpty() ? " " : name;
    for (int k = 2; !names.add(n); k++) {
      n = name + " (" + k + ")";
    }
    return n;
  }
}
