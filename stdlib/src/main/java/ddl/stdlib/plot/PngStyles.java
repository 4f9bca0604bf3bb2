package ddl.stdlib.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A layer's style as XChart's: strokes with matplotlib's dash patterns, markers by code. */
final class PngStyles {
  private PngStyles() {}

  static BasicStroke stroke(Style s, float dflt) {
    float w = PngPanel.width(s, dflt);
    String ls = s.linestyle() == null ? "-" : s.linestyle();
    float[] dash;
    switch (ls) {
      case "--":
        dash = new float[] {3.7f * w, 1.6f * w};
        break;
      case ":":
        dash = new float[] {w, 1.65f * w};
        break;
      case "-.":
        dash = new float[] {6.4f * w, 1.6f * w, w, 1.6f * w};
        break;
      default:
        return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
    return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  static Marker marker(char m) {
    switch (m) {
      case 's':
        return SeriesMarkers.SQUARE;
      case '^':
        return SeriesMarkers.TRIANGLE_UP;
      case 'v':
        return SeriesMarkers.TRIANGLE_DOWN;
      case 'D':
      case 'd':
        return SeriesMarkers.DIAMOND;
      case 'x':
        return SeriesMarkers.CROSS;
      case '+':
        return SeriesMarkers.PLUS;
      default:
        return SeriesMarkers.CIRCLE;
    }
  }

  /** A series drawn as a line in the layer's colour and stroke, without markers. */
  static void line(XYSeries s, Color c, Style st, float dflt) {
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(c);
    s.setLineStyle(stroke(st, dflt));
  }
}
