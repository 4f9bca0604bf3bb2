package ddl.docs;

import ddl.stdlib.Builtin;
import ddl.stdlib.Builtins;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code docs/builtins.md} from {@link Builtins#all()}: each built-in's signature, doc and
 * example, grouped as numpy's reference groups them: by sub-module ({@code random}, {@code linalg}),
 * else by the class that declares it. {@link BuiltinsDocTest} fails when the file is
 * stale; regenerate with {@code ./mvnw -pl dsl test -Dtest=BuiltinsDocTest -Dgolden.update=true}.
 */
public final class BuiltinsDoc {
  private BuiltinsDoc() {}

  /** Section titles by declaring class; a class not listed is titled by its simple name. */
  private static final Map<String, String> TITLES = Map.ofEntries(
      Map.entry("CreateBuiltins", "Creating arrays"),
      Map.entry("MathBuiltins", "Mathematics"),
      Map.entry("ArrayBuiltins", "Arrays: shape, reductions, indexing"),
      Map.entry("SystemBuiltins", "Session and printing"),
      Map.entry("MoreBuiltins", "More numpy functions"),
      Map.entry("LearnBuiltins", "Lecture 1: models, losses, fitting"),
      Map.entry("BaselineBuiltins", "Baselines (Tribuo)"),
      Map.entry("IoBuiltins", "Files"),
      Map.entry("PlotBuiltins", "Plots"),
      Map.entry("AutodiffBuiltins", "Automatic differentiation"),
      Map.entry("MoreCreateBuiltins", "Creating arrays: more of numpy's constructors"),
      Map.entry("UfuncBuiltins", "Elementwise functions (numpy's ufuncs)"),
      Map.entry("TensorMethods", "Array methods (ndarray)"),
      Map.entry("PrintOptionBuiltins", "Print options"),
      Map.entry("PyMathBuiltins", "Python's math module"));

  /** Sections of numpy's functions beyond lecture 1, titled as numpy's reference groups them. */
  private static final Map<String, String> NUMPY_TITLES = Map.of(
      "ReduceBuiltins", "Statistics, sums, products, differences",
      "OrderBuiltins", "Sorting, searching, counting",
      "ShapeBuiltins", "Array manipulation",
      "SignalBuiltins", "Convolution and correlation",
      "RandomBuiltins", "Random numbers: numpy's legacy generator (np.random)",
      "GeneratorBuiltins", "Random numbers: numpy's Generator (random.default_rng)",
      "ProductBuiltins", "Products: dot, einsum",
      "LinalgBuiltins", "Linear algebra: linalg (numpy.linalg)");

  /** The text of the page. */
  public static String render() {
    Map<String, List<Builtins.Info>> byClass = new TreeMap<>();
    List<String> order = new ArrayList<>();
    for (Builtins.Info info : Builtins.all().values()) {
      Builtin b = info.method().getAnnotation(Builtin.class);
      if (!info.name().equals(b.name().isEmpty() ? info.method().getName() : b.name())) {
        continue; // an alias: listed under its built-in
      }
      String owner = section(info.name(), b.aliases(), info.method().getDeclaringClass().getSimpleName());
      if (!byClass.containsKey(owner)) {
        order.add(owner);
      }
      byClass.computeIfAbsent(owner, k -> new ArrayList<>()).add(info);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# Built-in functions\n\n")
        .append("Generated from the built-ins' own signatures and documentation; do not edit by")
        .append(" hand. Regenerate\nwith `./mvnw -pl dsl test -Dtest=BuiltinsDocTest")
        .append(" -Dgolden.update=true`. Every built-in takes\nkeyword arguments by its parameter")
        .append(" names; `help(name)` shows the same text in ddl. The language\nitself is described")
        .append(" in [language.md](language.md).\n");
    order.sort((a, b) -> Integer.compare(rank(a), rank(b)));
    for (String owner : order) {
      sb.append("\n## ").append(TITLES.getOrDefault(owner, NUMPY_TITLES.getOrDefault(owner, owner))).append("\n");
      for (Builtins.Info info : byClass.get(owner)) {
        sb.append("\n### `").append(info.name()).append("`\n\n");
        sb.append("```\n").append(info.signature()).append("\n```\n\n");
        if (info.doc() != null && !info.doc().isBlank()) {
          sb.append(info.doc().strip()).append("\n\n");
        }
        String[] aliases = info.method().getAnnotation(Builtin.class).aliases();
        if (aliases.length > 0) {
          sb.append("Also written ").append("`" + String.join("`, `", aliases) + "`").append(".\n\n");
        }
        if (info.example() != null && !info.example().isBlank()) {
          sb.append("```ddl\n").append(info.example().strip()).append("\n```\n");
        }
      }
    }
    return sb.toString().replaceAll("\n+$", "\n");
  }

  /** numpy's sub-modules, titled as numpy's reference titles them. */
  private static final Map<String, String> MODULES = Map.of(
      "random", "Random sampling (numpy.random)",
      "linalg", "Linear algebra (numpy.linalg)",
      "math", "Python's math");

  /**
   * The section of a built-in: the module of its first dotted name, as numpy's reference groups
   * them ({@code rand} is also {@code random.rand}), else its declaring class.
   */
  private static String section(String name, String[] aliases, String owner) {
    List<String> names = new ArrayList<>(List.of(name));
    names.addAll(List.of(aliases));
    for (String n : names) {
      int dot = n.indexOf('.');
      if (dot > 0 && MODULES.containsKey(n.substring(0, dot))) {
        return MODULES.get(n.substring(0, dot));
      }
    }
    return owner;
  }

  private static int rank(String owner) {
    String[] order = {"CreateBuiltins", "MoreCreateBuiltins", "ArrayBuiltins", "TensorMethods",
        "MathBuiltins", "UfuncBuiltins", "MoreBuiltins", "ReduceBuiltins", "OrderBuiltins",
        "ShapeBuiltins", "SignalBuiltins", "ProductBuiltins", MODULES.get("linalg"), "LinalgBuiltins",
        MODULES.get("random"), MODULES.get("math"), "PyMathBuiltins", "SystemBuiltins",
        "PrintOptionBuiltins", "IoBuiltins", "LearnBuiltins", "AutodiffBuiltins", "BaselineBuiltins",
        "PlotBuiltins"};
    for (int i = 0; i < order.length; i++) {
      if (order[i].equals(owner)) {
        return i;
      }
    }
    return order.length;
  }

  /** Writes the page: {@code BuiltinsDoc [PATH]} (default {@code docs/builtins.md}). */
  public static void main(String[] args) throws IOException {
    Path p = Path.of(args.length > 0 ? args[0] : "docs/builtins.md");
    Files.writeString(p, render(), StandardCharsets.UTF_8);
  }
}
