package ddl.repl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.jline.reader.Candidate;

/** File names for completion inside a string ({@code readcsv("da<TAB>}) and after {@code /load}. */
final class FileNames {
  private FileNames() {}

  /** Adds the entries of the folder that {@code typed} names, whose names start as it does. */
  static void complete(String typed, Map<String, Candidate> found) {
    int slash = typed.lastIndexOf('/');
    String dirPart = slash >= 0 ? typed.substring(0, slash + 1) : "";
    String prefix = slash >= 0 ? typed.substring(slash + 1) : typed;
    Path dir = dirPart.isEmpty() ? Paths.get(".") : Paths.get(expandHome(dirPart));
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (!name.startsWith(prefix) || (name.startsWith(".") && !prefix.startsWith("."))) {
          continue;
        }
        boolean isDir = Files.isDirectory(p);
        String value = dirPart + name + (isDir ? "/" : "");
        found.putIfAbsent(
            value, new Candidate(value, name + (isDir ? "/" : ""), null, null, null, null, false));
      }
    } catch (IOException e) {
      // an unreadable folder offers nothing
    }
  }

  static String expandHome(String path) {
    return path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
  }
}
