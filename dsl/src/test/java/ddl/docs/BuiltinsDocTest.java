package ddl.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code docs/builtins.md} is what {@link BuiltinsDoc} generates from the registry. */
class BuiltinsDocTest {
  @Test
  void builtinsPageIsUpToDate() throws IOException {
    Path page = DocsTest.DOCS.resolve("builtins.md");
    String want = BuiltinsDoc.render();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(page, want, StandardCharsets.UTF_8);
    }
    String got = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
    assertEquals(want, got, "docs/builtins.md is stale: regenerate it with "
        + "./mvnw -pl dsl test -Dtest=BuiltinsDocTest -Dgolden.update=true");
  }
}
