package ddl.stdlib.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Consumer;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * An XChart annotation that draws nothing of its own: painted after the chart is laid out, it
 * learns where the plot area lies in pixels (so that images and fills can be drawn under the chart
 * in the same place) and runs the painters that go over the chart, such as text.
 */
final class PlotAreaProbe extends Annotation {
  private final PngPanel.Area area;
  private final List<Consumer<Graphics2D>> over;

  PlotAreaProbe(PngPanel.Area area, List<Consumer<Graphics2D>> over) {
    super(true);
    this.area = area;
    this.over = over;
  }

  @Override
  public void paint(Graphics2D g) {
    int x0 = getXAxisScreenValueForMin();
    int x1 = getXAxisScreenValueForMax();
    int y0 = getYAxisScreenValueForMin();
    int y1 = getYAxisScreenValueForMax();
    area.left = Math.min(x0, x1);
    area.right = Math.max(x0, x1);
    area.top = Math.min(y0, y1);
    area.bottom = Math.max(y0, y1);
    bounds = new Rectangle2D.Double(area.left, area.top, area.right - area.left, area.bottom - area.top);
    for (Consumer<Graphics2D> p : over) {
      p.accept(g);
    }
  }
}
