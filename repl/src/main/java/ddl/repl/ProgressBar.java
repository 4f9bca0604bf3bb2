package ddl.repl;

import ddl.stdlib.Context;
import java.io.PrintWriter;

/**
 * Draws long work (gradient descent, training) as a bar on the terminal's last line, at most ten
 * times a second, and erases it when the work ends, also by Ctrl-C or an error ({@link #end}).
 * Installed only when output is a terminal.
 */
final class ProgressBar implements Context.Progress {
  private final PrintWriter out;
  private final java.util.function.IntSupplier width;
  private long lastDraw;
  private boolean shown;
  private boolean ended;

  ProgressBar(PrintWriter out, java.util.function.IntSupplier width) {
    this.out = out;
    this.width = width;
  }

  @Override
  public synchronized void update(String task, long done, long total) {
    if (ended) {
      return;
    }
    long now = System.nanoTime();
    boolean finished = total > 0 && done >= total;
    if (finished) {
      clear();
      return;
    }
    if (shown && now - lastDraw < 100_000_000L) {
      return;
    }
    lastDraw = now;
    // two columns spare for the ^C the tty echoes after the bar: on the same line, it is erased too
    out.print("\r" + line(task, done, total, Math.max(20, width.getAsInt() - 3)) + "\u001b[K");
    out.flush();
    shown = true;
  }

  /** Lets the bar be drawn: an evaluation starts. */
  synchronized void begin() {
    ended = false;
  }

  /**
   * Erases the bar, if one is drawn, and draws no more until {@link #begin}: the work has stopped
   * (finished, failed or Ctrl-C), and what follows starts on a clean line. True if one was erased.
   */
  synchronized boolean end() {
    ended = true;
    return clear();
  }

  private boolean clear() {
    if (!shown) {
      return false;
    }
    out.print("\r\u001b[K");
    out.flush();
    shown = false;
    return true;
  }

  /** {@code gd  [#######.........]  350/1000} fitted to {@code cols} columns. */
  static String line(String task, long done, long total, int cols) {
    String count = total > 0 ? done + "/" + total : String.valueOf(done);
    String label = task.length() > 20 ? task.substring(0, 20) : task;
    int barWidth = Math.max(5, cols - label.length() - count.length() - 6);
    int filled = total > 0 ? (int) Math.min(barWidth, barWidth * done / total) : 0;
    return label + " [" + "#".repeat(filled) + ".".repeat(barWidth - filled) + "] " + count;
  }
}
