package ddl.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel as a front end sees it: a kernel process, real ZeroMQ sockets, signed messages. One
 * kernel serves most tests (each uses names of its own); a second one shows that two kernels are
 * independent and is then shut down with restart, as a front end restarts a kernel.
 */
class KernelProtocolTest {
  @TempDir static Path dir;
  static KernelClient kernel;
  static KernelClient other;

  @BeforeAll
  static void start() throws IOException {
    kernel = new KernelClient(dir);
    other = new KernelClient(dir);
    kernel.ready(60_000);
    other.ready(60_000);
  }

  @AfterAll
  static void stop() {
    if (kernel != null) {
      kernel.close();
    }
    if (other != null) {
      other.close();
    }
  }

  private static ObjectNode content() {
    return KernelClient.JSON.createObjectNode();
  }

  @Test
  void kernelInfo() {
    String id = kernel.send(kernel.shell, "kernel_info_request", content());
    JsonNode c = kernel.reply(kernel.shell, id, 5000).content();
    assertEquals("ok", c.get("status").asText());
    assertEquals("5.3", c.get("protocol_version").asText());
    assertEquals("ddl", c.get("implementation").asText());
    assertEquals("ddl", c.get("language_info").get("name").asText());
    assertEquals(".ddl", c.get("language_info").get("file_extension").asText());
  }

  @Test
  void executeStreamsAndResult() {
    KernelClient.Cell cell = kernel.execute("ex = [1, 2, 3]\nprint(ex * 2)\n2 * ex + 1", 30_000);
    assertEquals("execute_reply", cell.reply().type());
    assertEquals("ok", cell.reply().content().get("status").asText());
    int count = cell.reply().content().get("execution_count").asInt();
    assertTrue(count >= 1);
    List<String> types = cell.iopub().stream().map(KernelClient.Received::type).toList();
    assertEquals(List.of("status", "execute_input", "stream", "execute_result", "status"), types);
    assertEquals("busy", cell.iopub().get(0).content().get("execution_state").asText());
    assertEquals(count, cell.of("execute_input").get(0).content().get("execution_count").asInt());
    assertEquals("[2 4 6]\n", cell.stdout());
    assertEquals("[3 5 7]", cell.result());
    assertEquals(count, cell.of("execute_result").get(0).content().get("execution_count").asInt());
    // a statement ending in ';' shows nothing; strings show quoted
    assertNull(kernel.execute("ex2 = sum(ex);", 10_000).result());
    assertEquals("\"rent\"", kernel.execute("\"rent\"", 10_000).result());
    assertEquals(
        count + 3,
        kernel.execute("1 + 1", 10_000).reply().content().get("execution_count").asInt());
    ObjectNode c = content();
    c.put("code", "ue = 21");
    c.putObject("user_expressions").put("twice", "ue * 2").put("bad", "ue +");
    JsonNode r =
        kernel
            .reply(kernel.shell, kernel.send(kernel.shell, "execute_request", c), 10_000)
            .content()
            .get("user_expressions");
    assertEquals("42", r.get("twice").get("data").get("text/plain").asText());
    assertEquals("error", r.get("bad").get("status").asText());
  }

  @Test
  void printStreamsWhileTheCellRuns() {
    KernelClient.Cell cell =
        kernel.execute("for i in range(3) { print(i); Thread.sleep(200) }", 30_000);
    List<KernelClient.Received> streams = cell.of("stream");
    assertEquals("0\n1\n2\n", cell.stdout());
    assertTrue(streams.size() >= 2, "output sent as it was printed, not at the end: " + streams);
  }

  @Test
  void warningsGoToStderr() {
    KernelClient.Cell cell = kernel.execute("[1.0, 2.0] / 0", 30_000);
    List<KernelClient.Received> streams = cell.of("stream");
    assertEquals(1, streams.size(), cell.iopub().toString());
    assertEquals("stderr", streams.get(0).content().get("name").asText());
    assertEquals(
        "RuntimeWarning: divide by zero encountered in divide\n",
        streams.get(0).content().get("text").asText());
    assertEquals("[inf inf]", cell.result());
  }

  @Test
  void longWorkShowsProgressThenEmptiesIt() {
    kernel.execute("px = linspace(0, 1, 1000); py = 2 * px + 1", 30_000);
    KernelClient.Cell cell =
        kernel.execute("pfit = gd(linear(), px, py, lr=1e-4, steps=20000);", 60_000);
    List<KernelClient.Received> bars =
        cell.iopub().stream().filter(r -> r.type().endsWith("display_data")).toList();
    assertTrue(bars.size() >= 2, "a bar and its end: " + bars);
    assertEquals("display_data", bars.get(0).type());
    String id = bars.get(0).content().get("transient").get("display_id").asText();
    assertTrue(
        bars.get(0)
            .content()
            .get("data")
            .get("text/plain")
            .asText()
            .matches("gd \\[#*\\.*\\] \\d+/20000"),
        bars.get(0).toString());
    KernelClient.Received last = bars.get(bars.size() - 1);
    assertEquals("update_display_data", last.type());
    assertEquals(id, last.content().get("transient").get("display_id").asText());
    assertEquals("", last.content().get("data").get("text/plain").asText());
  }

  @Test
  void errorKeepsVariables() {
    kernel.execute("er = [1, 2, 3]", 30_000);
    KernelClient.Cell cell = kernel.execute("er = er + [1, 2]", 30_000);
    JsonNode reply = cell.reply().content();
    assertEquals("error", reply.get("status").asText());
    assertEquals("RuntimeError", reply.get("ename").asText());
    assertEquals(
        "operands could not be broadcast together with shapes (3,) (2,)",
        reply.get("evalue").asText());
    JsonNode err = cell.of("error").get(0).content();
    List<String> tb = new ArrayList<>();
    err.get("traceback").forEach(t -> tb.add(t.asText()));
    String plain = String.join("\n", tb).replaceAll("\u001b\\[[0-9;]*m", "");
    int n = reply.get("execution_count").asInt();
    assertEquals(
        "In["
            + n
            + "]:1:6: operands could not be broadcast together with shapes (3,)"
            + " (2,)\ner = er + [1, 2]\n     ^~~~~~~~~~~",
        plain);
    assertTrue(tb.get(0).contains("\u001b[1;31m"), "the message in red: " + tb);
    assertEquals("[1 2 3]", kernel.execute("er", 10_000).result());
    KernelClient.Cell unknown = kernel.execute("er1 = 1\ner2 = er + nosuchname\ner3 = 3", 10_000);
    assertEquals("NameError", unknown.reply().content().get("ename").asText());
    // the cell stops at the failing statement, as Python does: what came before it has run
    assertEquals("1", kernel.execute("er1", 10_000).result());
    assertEquals(
        "NameError", kernel.execute("er3", 10_000).reply().content().get("ename").asText());
    KernelClient.Cell help = kernel.execute("?linspace", 10_000);
    assertTrue(help.stdout().startsWith("linspace("), help.stdout());
  }

  @Test
  void figuresAreImages() {
    KernelClient.Cell cell =
        kernel.execute("fx = [1, 2, 3]\nshow(scatter(fx, fx))\nplot(fx, fx * 2)", 60_000);
    List<KernelClient.Received> shown = cell.of("display_data");
    assertEquals(2, shown.size(), "show(fig) and a figure value: " + cell.iopub());
    for (KernelClient.Received d : shown) {
      byte[] png = Base64.getDecoder().decode(d.content().get("data").get("image/png").asText());
      assertEquals((byte) 0x89, png[0]);
      assertEquals("PNG", new String(png, 1, 3));
      assertTrue(
          d.content().get("data").get("text/plain").asText().contains("┤"),
          "the terminal drawing as text/plain");
    }
    assertNull(cell.result());
    assertEquals("", cell.stdout(), "show prints nothing when the front end shows images");
  }

  @Test
  void complete() {
    kernel.execute("cm_value = [1.0, 2.0]", 30_000);
    ObjectNode c = content();
    c.put("code", "y = lin");
    c.put("cursor_pos", 7);
    String id = kernel.send(kernel.shell, "complete_request", c);
    JsonNode r = kernel.reply(kernel.shell, id, 5000).content();
    assertEquals("ok", r.get("status").asText());
    assertEquals(4, r.get("cursor_start").asInt());
    assertEquals(7, r.get("cursor_end").asInt());
    List<String> matches = new ArrayList<>();
    r.get("matches").forEach(m -> matches.add(m.asText()));
    assertTrue(matches.contains("linspace") && matches.contains("linear"), matches.toString());
    assertTrue(matches.stream().allMatch(m -> m.startsWith("lin")), matches.toString());

    c.put("code", "cm_v");
    c.put("cursor_pos", 4);
    r =
        kernel
            .reply(kernel.shell, kernel.send(kernel.shell, "complete_request", c), 5000)
            .content();
    assertEquals("cm_value", r.get("matches").get(0).asText());

    c.put("code", "cm_value.sh");
    c.put("cursor_pos", 11);
    r =
        kernel
            .reply(kernel.shell, kernel.send(kernel.shell, "complete_request", c), 5000)
            .content();
    assertEquals("shape", r.get("matches").get(0).asText());
    assertEquals(9, r.get("cursor_start").asInt());
  }

  @Test
  void inspect() {
    ObjectNode c = content();
    c.put("code", "s = sum(x)");
    c.put("cursor_pos", 6);
    c.put("detail_level", 0);
    JsonNode r =
        kernel.reply(kernel.shell, kernel.send(kernel.shell, "inspect_request", c), 5000).content();
    assertEquals("ok", r.get("status").asText());
    assertTrue(r.get("found").asBoolean());
    assertTrue(
        r.get("data").get("text/plain").asText().startsWith("sum(a, axis=None, keepdims=false)"),
        r.toString());
    c.put("code", "qqq_nothing");
    c.put("cursor_pos", 3);
    r = kernel.reply(kernel.shell, kernel.send(kernel.shell, "inspect_request", c), 5000).content();
    assertFalse(r.get("found").asBoolean());
  }

  @Test
  void isComplete() {
    assertEquals("incomplete", isComplete("def f(x) {").get("status").asText());
    assertEquals("  ", isComplete("def f(x) {").get("indent").asText());
    assertEquals("complete", isComplete("x = 1").get("status").asText());
    assertEquals("invalid", isComplete("x = 'abc").get("status").asText());
  }

  private JsonNode isComplete(String code) {
    ObjectNode c = content();
    c.put("code", code);
    return kernel
        .reply(kernel.shell, kernel.send(kernel.shell, "is_complete_request", c), 5000)
        .content();
  }

  @Test
  void historyAndCommInfo() {
    kernel.execute("hist_a = 1", 30_000);
    kernel.execute("hist_b = 2", 30_000);
    ObjectNode c = content();
    c.put("hist_access_type", "tail");
    c.put("n", 2);
    c.put("output", false);
    c.put("raw", true);
    JsonNode r =
        kernel.reply(kernel.shell, kernel.send(kernel.shell, "history_request", c), 5000).content();
    assertEquals("hist_a = 1", r.get("history").get(0).get(2).asText());
    assertEquals("hist_b = 2", r.get("history").get(1).get(2).asText());
    assertEquals(
        r.get("history").get(0).get(1).asInt() + 1, r.get("history").get(1).get(1).asInt());

    JsonNode comms =
        kernel
            .reply(kernel.shell, kernel.send(kernel.shell, "comm_info_request", content()), 5000)
            .content();
    assertEquals("ok", comms.get("status").asText());
    assertEquals(0, comms.get("comms").size());
  }

  @Test
  void interruptRequestStopsARunawayCell() {
    kernel.execute("ir = 0", 30_000);
    ObjectNode c = content();
    c.put("code", "print(\"looping\")\nwhile true { ir = ir + 1 }");
    c.put("silent", false);
    String id = kernel.send(kernel.shell, "execute_request", c);
    awaitStream(id, "looping\n");
    long asked = System.nanoTime();
    String irq = kernel.send(kernel.control, "interrupt_request", content());
    assertNotNull(kernel.reply(kernel.control, irq, 5000), "interrupt_reply");
    KernelClient.Received reply = kernel.reply(kernel.shell, id, 5000);
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
    assertNotNull(reply, "the cell stopped");
    assertTrue(ms < 1500, "stopped within a second or so: " + ms + " ms");
    assertEquals("error", reply.content().get("status").asText());
    assertEquals("Interrupted", reply.content().get("ename").asText());
    List<KernelClient.Received> rest = kernel.iopubUntilIdle(id, 5000);
    assertEquals(
        "Interrupted",
        rest.stream()
            .filter(r -> r.type().equals("error"))
            .findFirst()
            .orElseThrow()
            .content()
            .get("ename")
            .asText());
    assertEquals("true", kernel.execute("ir > 0", 10_000).result(), "the loop's work is kept");
  }

  @Test
  void sigintStopsARunawayCell() throws Exception {
    kernel.execute("si = 0", 30_000);
    ObjectNode c = content();
    c.put("code", "si = 7\nprint(\"looping\")\nwhile true {}");
    String id = kernel.send(kernel.shell, "execute_request", c);
    awaitStream(id, "looping\n");
    long asked = System.nanoTime();
    new ProcessBuilder("kill", "-INT", String.valueOf(kernel.process.pid())).start().waitFor();
    KernelClient.Received reply = kernel.reply(kernel.shell, id, 5000);
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
    assertNotNull(reply, "the cell stopped");
    assertTrue(ms < 1500, "stopped within a second or so: " + ms + " ms");
    assertEquals("Interrupted", reply.content().get("ename").asText());
    kernel.iopubUntilIdle(id, 5000);
    assertTrue(kernel.process.isAlive(), "SIGINT does not end the kernel");
    assertEquals("7", kernel.execute("si", 10_000).result());
  }

  @Test
  void badSignatureIsRejectedNotExecuted() {
    ObjectNode c = content();
    c.put("code", "forged = 1\nprint(\"ran\")");
    String id = kernel.sendSigned(kernel.shell, "execute_request", c, "0".repeat(64));
    assertNull(kernel.reply(kernel.shell, id, 700), "no reply to a wrongly signed message");
    // a message without its frames
    kernel.shell.send("not a message", 0);
    // rightly signed frames that are not JSON
    byte[][] frames = {"{\"msg_type\":".getBytes(), "{}".getBytes(), "{}".getBytes(), "{}".getBytes()};
    kernel.shell.sendMore("<IDS|MSG>");
    kernel.shell.sendMore(kernel.sign(frames));
    for (int i = 0; i < 3; i++) {
      kernel.shell.sendMore(frames[i]);
    }
    kernel.shell.send(frames[3], 0);
    KernelClient.Cell cell = kernel.execute("forged", 10_000);
    assertEquals("NameError", cell.reply().content().get("ename").asText());
    String log = kernel.readLog();
    assertTrue(log.contains("rejected a message: wrong signature"), log);
    assertTrue(log.contains("rejected a message: no <IDS|MSG> delimiter"), log);
    assertTrue(log.contains("rejected a message: malformed JSON frame"), log);
  }

  @Test
  void heartbeatEchoes() {
    kernel.heartbeat.send("ping".getBytes(), 0);
    kernel.heartbeat.setReceiveTimeOut(5000);
    assertEquals("ping", new String(kernel.heartbeat.recv()));
  }

  @Test
  void twoKernelsAreIndependentAndRestartGivesAFreshSession() throws Exception {
    kernel.execute("shared_name = 1", 30_000);
    other.execute("shared_name = 2", 30_000);
    assertEquals("1", kernel.execute("shared_name", 10_000).result());
    assertEquals("2", other.execute("shared_name", 10_000).result());

    ObjectNode c = content();
    c.put("restart", true);
    String id = other.send(other.control, "shutdown_request", c);
    JsonNode r = other.reply(other.control, id, 5000).content();
    assertEquals("ok", r.get("status").asText());
    assertTrue(r.get("restart").asBoolean());
    assertTrue(other.process.waitFor(10, TimeUnit.SECONDS), "the kernel exits on shutdown");
    assertEquals(0, other.process.exitValue());
    // the front end starts a new kernel on the same connection file: a fresh session
    Path file = other.connectionFile;
    other.close();
    other = new KernelClient(dir, file);
    other.ready(60_000);
    assertEquals(
        "NameError", other.execute("shared_name", 30_000).reply().content().get("ename").asText());
    assertEquals(
        2, other.execute("1 + 1", 10_000).reply().content().get("execution_count").asInt());
  }

  @Test
  void exitsWhenItsParentDies() throws Exception {
    Path conn = KernelClient.writeConnection(dir);
    Path log = dir.resolve("orphan.log");
    // a shell starts the kernel and is then killed, as a crashed front end would be
    String java =
        String.join(" ", KernelClient.command(conn).stream().map(a -> "'" + a + "'").toList());
    // JPY_PARENT_PID as jupyter_client sets it: the kernel watches the shell even if the shell
    // dies before the kernel has started
    Process parent =
        new ProcessBuilder(
                "bash",
                "-c",
                "export JPY_PARENT_PID=$$; " + java + " >'" + log + "' 2>&1 & echo $!; wait")
            .start();
    long pid =
        Long.parseLong(
            new java.io.BufferedReader(new java.io.InputStreamReader(parent.getInputStream()))
                .readLine()
                .strip());
    ProcessHandle child = ProcessHandle.of(pid).orElseThrow();
    sleep(1500);
    assertTrue(child.isAlive(), "the kernel runs while its parent does");
    parent.destroyForcibly();
    try {
      child.onExit().get(30, TimeUnit.SECONDS);
    } finally {
      child.destroyForcibly();
    }
    assertFalse(child.isAlive(), "no orphaned kernel");
  }

  /** Waits until the cell {@code id} has printed {@code text}: its loop is running. */
  private static void awaitStream(String id, String text) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < end) {
      KernelClient.Received r = kernel.receive(kernel.iopub, 1000);
      if (r != null
          && id.equals(r.parentId())
          && r.type().equals("stream")
          && r.content().get("text").asText().equals(text)) {
        return;
      }
    }
    throw new AssertionError("the cell did not print " + text);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
