package ddl.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;

/**
 * A terminal for tests, after jline3's {@code ReaderTestSupport}: keystrokes go in through a pipe,
 * what the reader draws comes out as text, and the reader is configured as the REPL configures it.
 */
final class VirtualTerminal {
  final PipedOutputStream keys = new PipedOutputStream();
  final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  final LineReaderImpl reader;

  VirtualTerminal(Repl repl, Path history) throws IOException {
    PipedInputStream in = new PipedInputStream(keys, 1 << 16);
    DumbTerminal terminal =
        new DumbTerminal("test", "xterm-256color", in, screen, StandardCharsets.UTF_8);
    terminal.setSize(new Size(100, 40));
    reader = new LineReaderImpl(terminal, "ddl", null);
    reader.setParser(new ReplParser());
    reader.setCompleter(new ReplCompleter(repl.lazyEngine(), repl.commands()));
    reader.setHighlighter(new ReplHighlighter(repl.lazyEngine(), () -> true));
    reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, TerminalShell.CONTINUATION);
    reader.setVariable(LineReader.INDENTATION, 2);
    reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
    ClosingBracket.install(reader);
    if (history != null) {
      reader.setVariable(LineReader.HISTORY_FILE, history);
      reader.setHistory(new DefaultHistory(reader));
    }
  }

  /** Types {@code text} (\r is Enter, \t is Tab) and returns the line the reader accepts. */
  String type(String text) throws IOException {
    keys.write(text.getBytes(StandardCharsets.UTF_8));
    keys.flush();
    return reader.readLine(TerminalShell.PROMPT);
  }

  String screen() {
    return screen.toString(StandardCharsets.UTF_8);
  }
}
