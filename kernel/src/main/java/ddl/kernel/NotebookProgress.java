package ddl.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ddl.stdlib.Context;
import java.util.UUID;

/**
 * Long work (gradient descent, training) as a bar in the cell's output, as the terminal draws it on
 * its last line: a {@code display_data} with a display id, updated in place at most ten times a
 * second, and emptied when the work ends. Work shorter than half a second shows no bar.
 */
final class NotebookProgress implements Context.Progress {
  /** Half a second; {@code -Dddl.kernel.progressDelayMs=0} shows every bar (the tests). */
  private static final long DELAY_NS = Long.getLong("ddl.kernel.progressDelayMs", 500) * 1_000_000L;

  private static final long INTERVAL_NS = 100_000_000L;
  private static final int WIDTH = 60;

  private final IoPub iopub;
  private final Message parent;
  private final String displayId = UUID.randomUUID().toString();
  private long started = -1;
  private long lastDraw;
  private boolean shown; // the output exists
  private boolean visible; // and holds a bar

  NotebookProgress(IoPub iopub, Message parent) {
    this.iopub = iopub;
    this.parent = parent;
  }

  @Override
  public synchronized void update(String task, long done, long total) {
    long now = System.nanoTime();
    if (total > 0 && done >= total) {
      end();
      return;
    }
    if (started < 0) {
      started = now;
    }
    if (now - started < DELAY_NS || (shown && now - lastDraw < INTERVAL_NS)) {
      return;
    }
    lastDraw = now;
    publish(bar(task, done, total));
  }

  /** Empties the bar, if one is shown: the work has finished, failed or been stopped. */
  synchronized void end() {
    started = -1;
    if (visible) {
      publish("");
    }
  }

  private void publish(String text) {
    ObjectNode data = Json.object();
    data.put("text/plain", text);
    ObjectNode c = Json.object();
    c.set("data", data);
    c.set("metadata", Json.object());
    c.set("transient", Json.object().put("display_id", displayId));
    iopub.publish(shown ? "update_display_data" : "display_data", parent, c);
    shown = true;
    visible = !text.isEmpty();
  }

  /** {@code gd [#######.........] 350/1000}, as the terminal's bar. */
  static String bar(String task, long done, long total) {
    String count = total > 0 ? done + "/" + total : String.valueOf(done);
    String label = task.length() > 20 ? task.substring(0, 20) : task;
    int width = Math.max(5, WIDTH - label.length() - count.length() - 4);
    int filled = total > 0 ? (int) Math.min(width, width * done / total) : 0;
    return label + " [" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + count;
  }
}
