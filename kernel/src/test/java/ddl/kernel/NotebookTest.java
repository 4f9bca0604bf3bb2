package ddl.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/lecture1.ipynb runs top to bottom in the kernel and gives the outputs saved in it: text
 * exactly (streams, results, errors), figures as PNG images with a text drawing. After a change of
 * output, {@code jupyter nbconvert --to notebook --execute --inplace} saves new ones.
 */
class NotebookTest {
  @TempDir Path dir;

  /** An output reduced to what is compared: its kind, the stream name, and its text. */
  record Output(String kind, String name, String text) {}

  @Test
  void lecture1RunsTopToBottomWithTheSavedOutputs() throws IOException {
    JsonNode nb =
        KernelClient.JSON.readTree(Files.readString(Path.of("../examples/lecture1.ipynb")));
    assertEquals("ddl", nb.get("metadata").get("kernelspec").get("name").asText());
    int cells = 0;
    int figures = 0;
    try (KernelClient kernel = new KernelClient(dir)) {
      kernel.ready(60_000);
      for (JsonNode cell : nb.get("cells")) {
        if (!cell.get("cell_type").asText().equals("code")) {
          continue;
        }
        String code = source(cell.get("source"));
        KernelClient.Cell ran = kernel.execute(code, 120_000);
        assertEquals("ok", ran.reply().content().get("status").asText(), code);
        List<Output> expected = saved(cell.get("outputs"));
        List<Output> actual = received(ran);
        assertEquals(expected, actual, "outputs of\n" + code);
        cells++;
        figures += (int) actual.stream().filter(o -> o.kind().equals("figure")).count();
      }
    }
    assertTrue(cells >= 10, "the lecture's code cells: " + cells);
    assertEquals(4, figures, "the lecture's figures");
  }

  static String source(JsonNode s) {
    if (s.isTextual()) {
      return s.asText();
    }
    StringBuilder sb = new StringBuilder();
    s.forEach(line -> sb.append(line.asText()));
    return sb.toString();
  }

  /** The outputs stored in the notebook, consecutive text of one stream joined. */
  static List<Output> saved(JsonNode outputs) {
    List<Output> out = new ArrayList<>();
    for (JsonNode o : outputs) {
      switch (o.get("output_type").asText()) {
        case "stream" ->
            add(out, new Output("stream", o.get("name").asText(), source(o.get("text"))));
        case "execute_result" ->
            add(out, new Output("result", null, source(o.get("data").get("text/plain"))));
        case "display_data" -> display(out, o.get("data"));
        case "error" ->
            add(out, new Output("error", o.get("ename").asText(), o.get("evalue").asText()));
        default -> throw new AssertionError("unexpected output " + o);
      }
    }
    return out;
  }

  /** The outputs a run published, reduced the same way; figures checked to be PNG images. */
  static List<Output> received(KernelClient.Cell cell) {
    // an output with a display id shows its last update, as in a front end (the progress bar)
    java.util.Map<String, JsonNode> last = new java.util.HashMap<>();
    for (KernelClient.Received r : cell.iopub()) {
      String id = r.content().path("transient").path("display_id").asText("");
      if (!id.isEmpty() && r.type().endsWith("display_data")) {
        last.put(id, r.content().get("data"));
      }
    }
    List<Output> out = new ArrayList<>();
    for (KernelClient.Received r : cell.iopub()) {
      JsonNode c = r.content();
      String id = c.path("transient").path("display_id").asText("");
      switch (r.type()) {
        case "display_data" -> display(out, id.isEmpty() ? c.get("data") : last.get(id));
        case "update_display_data" -> {}
        case "stream" ->
            add(out, new Output("stream", c.get("name").asText(), c.get("text").asText()));
        case "execute_result" ->
            add(out, new Output("result", null, c.get("data").get("text/plain").asText()));
        case "error" ->
            add(out, new Output("error", c.get("ename").asText(), c.get("evalue").asText()));
        default -> {}
      }
    }
    return out;
  }

  /**
   * A figure counts as one when it has a PNG image and a text drawing (the drawing's details belong
   * to the figure tests); an emptied progress bar is no output.
   */
  private static void display(List<Output> out, JsonNode data) {
    if (data.has("image/png")) {
      byte[] png = Base64.getDecoder().decode(source(data.get("image/png")).replace("\n", ""));
      assertEquals("PNG", new String(png, 1, 3), "a PNG image");
      assertTrue(!source(data.get("text/plain")).isBlank(), "the drawing as text/plain");
      out.add(new Output("figure", null, null));
    } else if (!source(data.path("text/plain")).isEmpty()) {
      out.add(new Output("display", null, source(data.get("text/plain"))));
    }
  }

  private static void add(List<Output> out, Output o) {
    if (o.kind().equals("stream") && !out.isEmpty()) {
      Output last = out.get(out.size() - 1);
      if (last.kind().equals("stream") && last.name().equals(o.name())) {
        out.set(out.size() - 1, new Output("stream", o.name(), last.text() + o.text()));
        return;
      }
    }
    out.add(o);
  }
}
