package ddl.jsr223;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The bytes ddl prints, as text for the writer of the script context that is running: ddl prints to
 * a {@code PrintStream} (UTF-8 here), {@code javax.script} offers a {@code Writer}. Bytes are
 * decoded on flush; a character split between two flushes waits for its other bytes.
 */
final class WriterOutput extends OutputStream {
  private final Supplier<Writer> writer;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private ByteBuffer bytes = ByteBuffer.allocate(256);
  private final CharBuffer chars = CharBuffer.allocate(256);

  WriterOutput(Supplier<Writer> writer) {
    this.writer = writer;
  }

  @Override
  public synchronized void write(int b) {
    ensure(1);
    bytes.put((byte) b);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    ensure(len);
    bytes.put(b, off, len);
  }

  private void ensure(int more) {
    if (bytes.remaining() < more) {
      ByteBuffer bigger =
          ByteBuffer.allocate(Math.max(bytes.capacity() * 2, bytes.position() + more));
      bytes.flip();
      bigger.put(bytes);
      bytes = bigger;
    }
  }

  @Override
  public synchronized void flush() {
    Writer w = writer.get();
    bytes.flip();
    try {
      while (true) {
        boolean overflow = decoder.decode(bytes, chars, false).isOverflow();
        chars.flip();
        w.append(chars);
        chars.clear();
        if (!overflow) {
          break;
        }
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      bytes.compact();
    }
  }
}
