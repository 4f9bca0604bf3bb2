package ddl.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The lines real users type: every example script and every ddl code block of the docs. */
final class Corpus {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("..").normalize();
  private static final Pattern BLOCK = Pattern.compile("```(?:ddl)?\\n(.*?)```", Pattern.DOTALL);

  private Corpus() {}

  /** Snippets of a few lines each, in a fixed order. */
  static List<String> load() throws IOException {
    List<String> snippets = new ArrayList<>();
    try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".ddl")).sorted().toList()) {
        snippets.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        Matcher m = BLOCK.matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (m.find()) {
          snippets.add(m.group(1).replaceAll("(?m)^(ddl>|\\.\\.\\.>) ?", ""));
        }
      }
    }
    if (snippets.isEmpty()) {
      throw new IOException("no examples or docs under " + ROOT);
    }
    return snippets;
  }
}
