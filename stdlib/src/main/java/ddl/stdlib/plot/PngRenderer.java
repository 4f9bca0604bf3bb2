package ddl.stdlib.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a figure as an image: each panel as an XChart x–y chart (axes, ticks, title, legend and the
 * series its layers add), with the painters of images and fills under it and a colour bar beside
 * it; a grid of panels side by side in one image under the figure's title.
 */
final class PngRenderer {
  private static final int BAR_WIDTH = 90;
  private static final Color CLEAR = new Color(0, 0, 0, 0);

  private PngRenderer() {}

  static BufferedImage image(Figure fig, int width, int height) {
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    if (!fig.isGrid()) {
      g.drawImage(panel(fig, width, height, fig.title()), 0, 0, null);
      g.dispose();
      return out;
    }
    int top = 0;
    if (fig.title() != null) {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
      FontMetrics fm = g.getFontMetrics();
      g.drawString(fig.title(), (width - fm.stringWidth(fig.title())) / 2, fm.getAscent() + 6);
      top = fm.getHeight() + 10;
    }
    int w = width / fig.cols;
    int h = (height - top) / fig.rows;
    for (int i = 0; i < fig.rows; i++) {
      for (int j = 0; j < fig.cols; j++) {
        Figure p = fig.panels[i * fig.cols + j];
        if (w >= 50 && h >= 50) {
          g.drawImage(panel(p, w, h, p.title()), j * w, top + i * h, null);
        }
      }
    }
    g.dispose();
    return out;
  }

  /** A panel drawn, and the panel it was drawn on (its plot area and mapping). */
  record Drawn(BufferedImage image, PngPanel panel) {}

  private static BufferedImage panel(Figure p, int width, int height, String title) {
    return draw(p, width, height, title).image();
  }

  /** The panel of a one-panel figure drawn at that size: where its plot area lies (for tests). */
  static PngPanel layout(Figure p, int width, int height) {
    return draw(p, width, height, p.title()).panel();
  }

  static Drawn draw(Figure p, int width, int height, String title) {
    Scale sx = AxesView.xScale(p);
    Scale sy = AxesView.yScale(p);
    double[] xr = margins(AxesView.xRange(p, sx), AxesView.pinsX(p) || p.xlim != null);
    double[] yr = margins(AxesView.yRange(p, sx, sy, xr[0], xr[1]), AxesView.pinsY(p));
    if (p.ylim == null && p.layers.stream().anyMatch(l -> l instanceof BarsLayer)) {
      // bars stand on their base line, as matplotlib's sticky edges keep it at the axis
      double[] raw = AxesView.yRange(p, sx, sy, xr[0], xr[1]);
      if (raw[0] == 0) {
        yr[0] = 0;
      }
    }
    Layer.ColorBar bar = AxesView.colorBar(p);
    int chartWidth = bar == null ? width : Math.max(50, width - BAR_WIDTH);
    XYChart chart = chart(p, chartWidth, height, title, sx, sy, xr, yr);
    PngPanel pp = PngPanel.of(chart, sx, sy, xr, yr);
    {
      // XChart needs a series to draw a chart at all: one invisible point keeps a figure that
      // painters draw (or an empty one) valid
      XYSeries blank = pp.series(null, new double[] {sx.invert(xr[0])}, new double[] {Double.NaN});
      blank.setMarker(SeriesMarkers.NONE);
      blank.setLineColor(CLEAR);
    }
    List<Layer> layers = new ArrayList<>(p.layers);
    layers.sort(Comparator.comparingInt(Layer::order));
    for (Layer l : layers) {
      l.png().draw(pp);
    }
    if (p.twin != null) {
      Scale ty = AxesView.yScale(p.twin);
      double[] tr = margins(AxesView.yRange(p.twin, sx, ty, xr[0], xr[1]), AxesView.pinsY(p.twin));
      XYStyler st = chart.getStyler();
      st.setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
      st.setYAxisMin(1, ty.invert(tr[0]));
      st.setYAxisMax(1, ty.invert(tr[1]));
      if (p.twin.ylabel != null) {
        chart.setYAxisGroupTitle(1, p.twin.ylabel);
      }
      PngPanel tp = pp.twin(ty, tr);
      List<Layer> tl = new ArrayList<>(p.twin.layers);
      tl.sort(Comparator.comparingInt(Layer::order));
      for (Layer l : tl) {
        l.png().draw(tp);
      }
    }
    XYStyler st = chart.getStyler();
    st.setLegendVisible(p.showLegend());
    st.setLegendPosition(LegendPlacement.choose(p, pp.ink, chartWidth, height));
    if (!pp.under.isEmpty()) {
      st.setPlotGridLinesVisible(false); // grid lines would cross images and fills
    }
    chart.addAnnotation(new PlotAreaProbe(pp.area, pp.over));

    BufferedImage top = new BufferedImage(chartWidth, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D tg = top.createGraphics();
    tg.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    chart.paint(tg, chartWidth, height);
    tg.dispose();

    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.clipRect((int) Math.floor(pp.area.left), (int) Math.floor(pp.area.top),
        (int) Math.ceil(pp.area.right - pp.area.left) + 1, (int) Math.ceil(pp.area.bottom - pp.area.top) + 1);
    for (var painter : pp.under) {
      painter.accept(g);
    }
    g.setClip(null);
    g.drawImage(top, 0, 0, null);
    if (bar != null) {
      ColorBarPainter.paint(g, bar, chartWidth + 12, pp.area.top, pp.area.bottom);
    }
    g.dispose();
    return new Drawn(out, pp);
  }

  /** matplotlib's margins: 5% of the range on each side, unless the axis is pinned. */
  private static double[] margins(double[] r, boolean pinned) {
    double lo = r[0];
    double hi = r[1];
    if (hi - lo <= Math.abs(hi) * 1e-12) {
      double d = lo == 0 ? 1 : Math.abs(lo) * 0.1;
      return new double[] {lo - d, hi + d};
    }
    if (pinned) {
      return r;
    }
    double m = (hi - lo) * 0.05;
    return new double[] {lo - m, hi + m};
  }

  private static XYChart chart(Figure p, int w, int h, String title, Scale sx, Scale sy, double[] xr, double[] yr) {
    XYChart chart =
        new XYChartBuilder()
            .width(w)
            .height(h)
            .title(title == null ? "" : title)
            .xAxisTitle(p.xlabel == null ? "" : p.xlabel)
            .yAxisTitle(p.ylabel == null ? "" : p.ylabel)
            .build();
    XYStyler st = chart.getStyler();
    st.setChartBackgroundColor(CLEAR);
    st.setPlotBackgroundColor(CLEAR);
    st.setPlotBorderColor(Color.DARK_GRAY);
    st.setPlotGridLinesColor(new Color(230, 230, 230));
    st.setLegendBorderColor(Color.LIGHT_GRAY);
    st.setLegendBackgroundColor(new Color(255, 255, 255, 235));
    st.setChartTitleBoxVisible(false);
    // the axis ranges already hold matplotlib's margins: the data may use the whole plot area
    st.setPlotContentSize(1.0);
    // XChart colours an axis' labels like its series when it has one: black, always, as matplotlib
    st.setAxisTickLabelsColor(Color.BLACK);
    st.setYAxisGroupTickLabelsColorMap(0, Color.BLACK);
    st.setYAxisGroupTickLabelsColorMap(1, Color.BLACK);
    st.setYAxisGroupTickMarksColorMap(0, Color.DARK_GRAY);
    st.setYAxisGroupTickMarksColorMap(1, Color.DARK_GRAY);
    st.setYAxisGroupTitleColor(0, Color.BLACK);
    st.setYAxisGroupTitleColor(1, Color.BLACK);
    st.setMarkerSize(7);
    st.setAxisTitlesVisible(p.xlabel != null || p.ylabel != null);
    if (w < 400 || h < 300) {
      // panels of a grid: smaller type, so that ticks and titles leave room for the plot
      st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
      st.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
      st.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      st.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
      st.setMarkerSize(5);
      st.setChartPadding(4);
    }
    st.setXAxisLogarithmic(sx == Scale.LOG);
    st.setYAxisLogarithmic(sy == Scale.LOG);
    st.setXAxisMin(chartValue(sx, xr[0]));
    st.setXAxisMax(chartValue(sx, xr[1]));
    st.setYAxisMin(chartValue(sy, yr[0]));
    st.setYAxisMax(chartValue(sy, yr[1]));
    // ddl formats the tick labels of linear axes: XChart's own format comes out empty when only
    // painters draw (its series hold no data for it to size the labels by)
    if (sx != Scale.LOG) {
      st.setXAxisTickLabelsFormattingFunction(v -> Ticks.compact(Math.abs(v) < 1e-12 ? 0 : v));
    }
    if (sy == Scale.INVERTED) {
      // XChart's axes grow upwards: an image's rows are given negated and labelled as rows
      st.setYAxisTickLabelsFormattingFunction(v -> Ticks.compact(Math.abs(v) < 1e-12 ? 0 : -v));
    } else if (sy != Scale.LOG) {
      st.setYAxisTickLabelsFormattingFunction(v -> Ticks.compact(Math.abs(v) < 1e-12 ? 0 : v));
    }
    return chart;
  }

  /** The value XChart is given for an axis coordinate. */
  private static double chartValue(Scale s, double t) {
    return s == Scale.LOG ? Math.pow(10, t) : t;
  }
}
