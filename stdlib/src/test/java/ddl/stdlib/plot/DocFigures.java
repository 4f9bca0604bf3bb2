package ddl.stdlib.plot;

import ddl.stdlib.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the figures of docs/plots.md: each as a PNG into a directory (relative to the repository
 * root), and its terminal rendering at 72×22 to standard output, to paste into the page. Run from
 * the repository root (it is skipped without the property):
 *
 * <pre>
 * ./mvnw -q -pl stdlib test -Dtest=DocFigures -Ddocs.figures=docs/plots
 * </pre>
 */
public final class DocFigures {
  @Test
  @EnabledIfSystemProperty(named = "docs.figures", matches = ".+")
  void writeDocFigures() throws Exception {
    Path root = Path.of("").toAbsolutePath();
    while (root.getParent() != null && !Files.exists(root.resolve("mvnw"))) {
      root = root.getParent();
    }
    main(new String[] {root.resolve(System.getProperty("docs.figures")).toString()});
  }

  /** The figures of the page, by file name, in the page's order. */
  static Map<String, Supplier<Figure>> figures() {
    Map<String, Supplier<Figure>> m = new LinkedHashMap<>();
    m.put("data-lines", Lecture::candidates);
    m.put("surface-path", Lecture::surfacePath);
    m.put("loss-curve", Lecture::lossCurve);
    m.put("hist", Lecture::histogram);
    return m;
  }

  /** Writes the PNGs into {@code args[0]} (default docs/plots) and prints the renderings. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "docs/plots");
    Files.createDirectories(dir);
    Context.Display display = new Context.Display(72, 22, false, true);
    for (Map.Entry<String, Supplier<Figure>> e : figures().entrySet()) {
      Figure fig = e.getValue().get();
      String png = fig.save(dir.resolve(e.getKey() + ".png").toString());
      System.out.println("## " + e.getKey() + " -> " + png);
      System.out.println(fig.render(display));
      System.out.println();
    }
  }
}
