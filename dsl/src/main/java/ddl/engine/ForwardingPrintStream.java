package ddl.engine;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A print stream that passes everything on to another, which can be chosen after the stream was
 * handed to an engine: a pre-started engine learns its caller's streams when it is taken. Text is
 * forwarded as text, so the target's own charset applies. Closing it only flushes, as the target
 * belongs to the caller.
 */
final class ForwardingPrintStream extends PrintStream {
  private volatile PrintStream target;

  ForwardingPrintStream(PrintStream target) {
    super(OutputStream.nullOutputStream());
    this.target = target;
  }

  void target(PrintStream target) {
    this.target = target;
  }

  @Override
  public void write(int b) {
    target.write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    target.write(b, off, len);
  }

  @Override
  public void flush() {
    target.flush();
  }

  @Override
  public void close() {
    target.flush();
  }

  @Override
  public boolean checkError() {
    return target.checkError();
  }

  @Override
  public void print(String s) {
    target.print(s);
  }

  @Override
  public void print(Object o) {
    target.print(o);
  }

  @Override
  public void print(char[] s) {
    target.print(s);
  }

  @Override
  public void print(boolean b) {
    target.print(b);
  }

  @Override
  public void print(char c) {
    target.print(c);
  }

  @Override
  public void print(int i) {
    target.print(i);
  }

  @Override
  public void print(long l) {
    target.print(l);
  }

  @Override
  public void print(double d) {
    target.print(d);
  }

  @Override
  public void print(float f) {
    target.print(f);
  }

  @Override
  public void println() {
    target.println();
  }

  @Override
  public void println(String s) {
    target.println(s);
  }

  @Override
  public void println(Object o) {
    target.println(o);
  }

  @Override
  public void println(char[] s) {
    target.println(s);
  }

  @Override
  public void println(boolean b) {
    target.println(b);
  }

  @Override
  public void println(char c) {
    target.println(c);
  }

  @Override
  public void println(int i) {
    target.println(i);
  }

  @Override
  public void println(long l) {
    target.println(l);
  }

  @Override
  public void println(double d) {
    target.println(d);
  }

  @Override
  public void println(float f) {
    target.println(f);
  }

  @Override
  public PrintStream format(String format, Object... args) {
    target.format(format, args);
    return this;
  }

  @Override
  public PrintStream format(Locale l, String format, Object... args) {
    target.format(l, format, args);
    return this;
  }

  @Override
  public PrintStream append(CharSequence csq) {
    target.append(csq);
    return this;
  }

  @Override
  public PrintStream append(CharSequence csq, int start, int end) {
    target.append(csq, start, end);
    return this;
  }

  @Override
  public PrintStream append(char c) {
    target.append(c);
    return this;
  }
}
