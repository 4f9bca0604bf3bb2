package ddl.script;

import ddl.engine.Engine;
import ddl.lang.DdlError;
import ddl.lang.ErrorRenderer;
import ddl.lang.Source;
import ddl.stdlib.Tuple;
import ddl.stdlib.Values;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Runs a {@code .ddl} file or {@code -e} code: what the command line does besides the REPL. */
public final class ScriptRunner {
  private final PrintStream out;
  private final PrintStream err;

  public ScriptRunner(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs a script file with {@code args}; returns the process exit code (0, or 1 on error). */
  public int runFile(String file, String[] args) {
    Source source;
    try {
      source = new Source(file, read(Path.of(file)));
    } catch (NoSuchFileException e) {
      err.println("ddl: " + file + ": no such file");
      return 1;
    } catch (CharacterCodingException e) {
      err.println("ddl: " + file + ": not a UTF-8 text file");
      return 1;
    } catch (IOException e) {
      err.println("ddl: " + file + ": " + e.getMessage());
      return 1;
    }
    try (Engine engine = Engine.create(out, err, java.util.List.of())) {
      engine.set("args", tupleOf(args));
      return run(engine, source, false, true);
    }
  }

  /** Runs {@code -e CODE}: a final bare expression is displayed as the REPL would. */
  public int runCode(String code, String[] args) {
    try (Engine engine = Engine.create(out, err, java.util.List.of())) {
      engine.set("args", tupleOf(args));
      return run(engine, new Source("<string>", code), true, false);
    }
  }

  private int run(Engine engine, Source source, boolean display, boolean stopAtError) {
    try {
      Engine.Result r = engine.eval(source, display, stopAtError);
      if (r.hasValue() && r.value() != null) {
        out.println(Values.display(r.value(), engine.context().printOptions()));
      }
      out.flush();
      return 0;
    } catch (DdlError e) {
      out.flush();
      err.println(ErrorRenderer.render(e));
      return 1;
    }
  }

  /**
   * The file as UTF-8 text; malformed bytes are an error, not replacement characters. A byte order
   * mark at the start is dropped, as Python drops it, so columns count from the text after it.
   */
  static String read(Path p) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  static Tuple tupleOf(String[] args) {
    return Tuple.of((Object[]) Arrays.copyOf(args, args.length, Object[].class));
  }
}
