package ddl.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {
  @TempDir Path dir;

  @Test
  void installIntoAPrefixWritesTheSpec() throws Exception {
    System.setProperty("ddl.launcher", "/opt/ddl/ddl");
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code =
          KernelSpec.install(
              new String[] {"--prefix", dir.toString()},
              new PrintStream(out, true),
              new PrintStream(new ByteArrayOutputStream(), true));
      assertEquals(0, code);
      Path spec = dir.resolve("share/jupyter/kernels/ddl/kernel.json");
      assertTrue(out.toString().contains(spec.getParent().toString()), out.toString());
      JsonNode s = KernelClient.JSON.readTree(Files.readString(spec));
      assertEquals("[\"/opt/ddl/ddl\",\"kernel\",\"{connection_file}\"]", s.get("argv").toString());
      assertEquals("ddl", s.get("display_name").asText());
      assertEquals("ddl", s.get("language").asText());
      assertEquals("message", s.get("interrupt_mode").asText());
    } finally {
      System.clearProperty("ddl.launcher");
    }
  }

  @Test
  void userFolderFollowsJupyter() {
    assertEquals(Path.of("/d/kernels"), KernelSpec.userKernels(Map.of("JUPYTER_DATA_DIR", "/d")));
    if (System.getProperty("os.name").toLowerCase().contains("linux")) {
      assertEquals(
          Path.of("/x/jupyter/kernels"), KernelSpec.userKernels(Map.of("XDG_DATA_HOME", "/x")));
      assertEquals(
          Path.of(System.getProperty("user.home"), ".local/share/jupyter/kernels"),
          KernelSpec.userKernels(Map.of()));
      assertEquals(Path.of("/usr/local/share/jupyter/kernels"), KernelSpec.systemKernels(Map.of()));
    }
  }

  @Test
  void badArgumentsAreRefused() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        KernelSpec.install(
            new String[] {"--usr"},
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true));
    assertEquals(2, code);
    assertTrue(err.toString().contains("unexpected arguments --usr"), err.toString());
  }
}
