package ddl.kernel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ddl.engine.Engine;
import ddl.lang.DdlError;
import ddl.lang.ErrorRenderer;
import ddl.lang.Source;
import ddl.repl.Editing;
import ddl.stdlib.Context;
import ddl.stdlib.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs cells in the kernel's one engine: {@code execute_request} with its stream, result, display
 * and error messages on IOPub, and the execution count and history. Called from the shell thread
 * only; {@link #interrupt} comes from the control thread or a signal.
 */
final class Cells {
  /** What a cell gave: the reply's status and, for an error, its name and message. */
  record Outcome(String status, String ename, String evalue, List<String> traceback) {
    static final Outcome OK = new Outcome("ok", null, null, List.of());
  }

  /** One stored input: its execution count and the code. */
  record Input(int count, String code) {}

  private final IoPub iopub;
  private final CellStreams streams;
  private final CompletableFuture<Engine> engine;
  private final List<Input> history = new ArrayList<>();
  private int count;
  private volatile boolean running;

  Cells(IoPub iopub, CellStreams streams, CompletableFuture<Engine> engine) {
    this.iopub = iopub;
    this.streams = streams;
    this.engine = engine;
  }

  int count() {
    return count;
  }

  List<Input> history() {
    return history;
  }

  /** The engine once it has started (the first cell waits for it). */
  Engine engine() {
    return engine.join();
  }

  /** The engine if it has started, else null: completion does without rather than wait. */
  Engine engineNow() {
    return engine.isDone() && !engine.isCompletedExceptionally() ? engine.join() : null;
  }

  /** Runs an {@code execute_request}; returns the count it ran as and how it went. */
  Outcome execute(Message request) {
    String code = request.text("code", "");
    boolean silent = request.flag("silent", false);
    if (request.flag("store_history", true) && !silent) {
      count++;
      history.add(new Input(count, code));
    }
    int n = count;
    if (!silent) {
      ObjectNode input = Json.object();
      input.put("code", code);
      input.put("execution_count", n);
      iopub.publish("execute_input", request, input);
    }
    streams.parent(request);
    NotebookProgress progress = new NotebookProgress(iopub, request);
    Engine e;
    try {
      e = engine();
    } catch (RuntimeException x) {
      return error(request, "InternalError", "the ddl engine did not start: " + x, null);
    }
    Context ctx = e.context();
    ctx.setDisplay(FigureOutput.TEXT);
    ctx.setProgress(progress);
    ctx.setFigures(figure -> display(request, figure));
    running = true;
    try {
      if (code.isBlank()) {
        return Outcome.OK;
      }
      String help = helpRequest(code);
      if (help != null) {
        ctx.out().println(Introspection.help(e, help));
        return Outcome.OK;
      }
      Engine.Result r = e.eval(new Source("In[" + n + "]", code), true, true);
      if (r.hasValue() && r.value() != null && !silent) {
        result(request, n, r.value(), ctx);
      }
      return Outcome.OK;
    } catch (DdlError x) {
      progress.end();
      return error(request, ename(x), x.getMessage(), ErrorRenderer.render(x));
    } catch (Context.Interrupted x) {
      progress.end();
      return error(request, "Interrupted", "interrupted", null);
    } catch (RuntimeException x) {
      progress.end();
      return error(request, "InternalError", String.valueOf(x), null);
    } finally {
      running = false;
      progress.end();
      ctx.setFigures(Context.FigureDisplay.TEXT);
      ctx.setProgress(Context.Progress.NONE);
      streams.flush();
    }
  }

  /**
   * The request's {@code user_expressions}, each evaluated after the cell as the front end asks:
   * {@code {status, data: {text/plain}, metadata}}, or the error it gave.
   */
  ObjectNode userExpressions(Message request) {
    ObjectNode out = Json.object();
    var fields = request.content().path("user_expressions").fields();
    while (fields.hasNext()) {
      var f = fields.next();
      ObjectNode r = out.putObject(f.getKey());
      try {
        Engine e = engine();
        Engine.Result v = e.eval(new Source("<user_expression>", f.getValue().asText()), true);
        r.put("status", "ok");
        r.putObject("data")
            .put(
                "text/plain",
                v.hasValue() ? Values.display(v.value(), e.context().printOptions()) : "None");
        r.set("metadata", Json.object());
      } catch (DdlError x) {
        r.put("status", "error");
        r.put("ename", ename(x));
        r.put("evalue", x.getMessage());
        r.putArray("traceback").add(ErrorRenderer.render(x));
      }
    }
    return out;
  }

  /** {@code ?name} or {@code name?} alone in a cell asks for help, as in IPython. */
  static String helpRequest(String code) {
    String s = code.strip();
    if (s.startsWith("?")) {
      s = s.substring(1);
    } else if (s.endsWith("?")) {
      s = s.substring(0, s.length() - 1);
    } else {
      return null;
    }
    s = s.strip();
    return s.matches("[A-Za-z_][A-Za-z0-9_.]*") ? s : null;
  }

  /** Stops the running cell, if any: within a second, every variable kept (Engine.stop). */
  void interrupt() {
    Engine e = engineNow();
    if (running && e != null) {
      e.stop();
    }
  }

  private void result(Message request, int n, Object value, Context ctx) {
    if (FigureOutput.isFigure(value)) {
      display(request, value);
      return;
    }
    String text = Values.display(value, ctx.printOptions(), ctx::check);
    ObjectNode data = Json.object();
    data.put("text/plain", text);
    ObjectNode c = Json.object();
    c.put("execution_count", n);
    c.set("data", data);
    c.set("metadata", Json.object());
    streams.flush();
    iopub.publish("execute_result", request, c);
  }

  /** Publishes a figure as {@code display_data}; true, so that {@code show} prints nothing. */
  private boolean display(Message request, Object figure) {
    if (!FigureOutput.isFigure(figure)) {
      return false;
    }
    ObjectNode c = Json.object();
    c.set("data", FigureOutput.data(figure));
    c.set("metadata", Json.object());
    c.set("transient", Json.object());
    streams.flush();
    iopub.publish("display_data", request, c);
    return true;
  }

  private Outcome error(Message request, String ename, String evalue, String rendered) {
    List<String> traceback =
        List.of(
            Editing.colorError(rendered != null ? rendered : ename + ": " + evalue).split("\n"));
    ObjectNode c = Json.object();
    c.put("ename", ename);
    c.put("evalue", evalue);
    ArrayNode tb = c.putArray("traceback");
    traceback.forEach(tb::add);
    streams.flush();
    iopub.publish("error", request, c);
    return new Outcome("error", ename, evalue, traceback);
  }

  /** A Python-like name for the kind of error, for front ends that show {@code ename}. */
  static String ename(DdlError e) {
    if ("interrupted".equals(e.getMessage())) {
      return "Interrupted";
    }
    return switch (e.kind()) {
      case SYNTAX, UNCLOSED, LEXICAL, BRACKET, MISPLACED, ASSIGNMENT -> "SyntaxError";
      case ARGUMENTS -> "TypeError";
      case UNKNOWN_NAME -> "NameError";
      case RUNTIME -> "RuntimeError";
      case INTERNAL -> "InternalError";
    };
  }
}
