package ddl.engine;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The class path JShell compiles snippets against: ddl's own jars or folders, then the caller's. */
final class ClassPath {
  private ClassPath() {}

  static Set<String> of(ClassLoader loader, List<String> extra) {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> c : new Class<?>[] {Engine.class, ddl.stdlib.Tensor.class}) {
      CodeSource cs = c.getProtectionDomain().getCodeSource();
      if (cs != null && cs.getLocation() != null) {
        try {
          entries.add(Paths.get(cs.getLocation().toURI()).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
          // not a file location: the system class path below has to do
        }
      }
    }
    String system = System.getProperty("java.class.path", "");
    for (String s : system.split(File.pathSeparator)) {
      if (!s.isBlank()) {
        entries.add(s);
      }
    }
    entries.addAll(extra);
    return entries;
  }
}
