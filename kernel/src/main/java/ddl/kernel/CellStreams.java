package ddl.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * stdout and stderr of the session as {@code stream} messages, sent while a cell runs: text is
 * gathered and published every 50 ms (a training loop's prints show as it goes), and at once when
 * the cell ends or something else is about to be published, so the order of outputs is kept. One
 * buffer for both streams keeps their interleaving too.
 */
final class CellStreams implements AutoCloseable {
  private static final long INTERVAL_MS = 50;

  private final IoPub iopub;
  private final StringBuilder text = new StringBuilder();
  private final Utf8 pendingOut = new Utf8();
  private final Utf8 pendingErr = new Utf8();
  private String name;
  private volatile Message parent;
  private final ScheduledExecutorService flusher =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "ddl-kernel-streams");
            t.setDaemon(true);
            return t;
          });
  final PrintStream out =
      new PrintStream(new Sink("stdout", pendingOut), true, StandardCharsets.UTF_8);
  final PrintStream err =
      new PrintStream(new Sink("stderr", pendingErr), true, StandardCharsets.UTF_8);

  CellStreams(IoPub iopub) {
    this.iopub = iopub;
    flusher.scheduleWithFixedDelay(this::flush, INTERVAL_MS, INTERVAL_MS, TimeUnit.MILLISECONDS);
  }

  /** The request that output belongs to from now on (output between cells goes to the last one). */
  void parent(Message request) {
    flush();
    parent = request;
  }

  /** Publishes what has been written and not yet sent. */
  void flush() {
    String n;
    String t;
    synchronized (this) {
      if (text.length() == 0) {
        return;
      }
      n = name;
      t = text.toString();
      text.setLength(0);
    }
    send(n, t);
  }

  private void send(String stream, String t) {
    ObjectNode c = Json.object();
    c.put("name", stream);
    c.put("text", t);
    iopub.publish("stream", parent, c);
  }

  private void append(String stream, String t) {
    String before = null;
    String beforeName = null;
    synchronized (this) {
      if (name != null && !name.equals(stream) && text.length() > 0) {
        beforeName = name;
        before = text.toString();
        text.setLength(0);
      }
      name = stream;
      text.append(t);
    }
    if (before != null) {
      send(beforeName, before);
    }
  }

  @Override
  public void close() {
    flusher.shutdownNow();
    out.flush();
    err.flush();
    flush();
  }

  /** Bytes from a PrintStream, decoded as UTF-8 without splitting a character between writes. */
  private final class Sink extends OutputStream {
    private final String stream;
    private final Utf8 pending;

    Sink(String stream, Utf8 pending) {
      this.stream = stream;
      this.pending = pending;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      String t;
      synchronized (pending) {
        t = pending.decode(b, off, len);
      }
      if (!t.isEmpty()) {
        append(stream, t);
      }
    }
  }

  /** Holds the bytes of a character cut at the end of a write until the rest arrives. */
  static final class Utf8 {
    private byte[] held = new byte[0];

    String decode(byte[] b, int off, int len) {
      byte[] all = new byte[held.length + len];
      System.arraycopy(held, 0, all, 0, held.length);
      System.arraycopy(b, off, all, held.length, len);
      int end = completeLength(all);
      held = java.util.Arrays.copyOfRange(all, end, all.length);
      return new String(all, 0, end, StandardCharsets.UTF_8);
    }

    /** The length of the longest prefix that does not end inside a multi-byte sequence. */
    static int completeLength(byte[] a) {
      int n = a.length;
      for (int back = 1; back <= Math.min(3, n); back++) {
        int c = a[n - back] & 0xff;
        if ((c & 0xc0) == 0x80) {
          continue; // a continuation byte: look further back for its lead
        }
        int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        return need > back ? n - back : n;
      }
      return n;
    }
  }
}
