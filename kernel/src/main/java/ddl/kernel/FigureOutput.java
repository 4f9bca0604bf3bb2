package ddl.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ddl.stdlib.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * A figure as a notebook shows it: the PNG a figure saves, with its terminal drawing as the {@code
 * text/plain} fallback. Only the figure's public {@code render(Context.Display)} and {@code
 * save(path)} are used, found by reflection as the REPL finds {@code render}, so any value that
 * draws itself this way is shown as a figure.
 */
final class FigureOutput {
  /** The drawing in the text fallback: 80 columns as with no terminal, no colour codes. */
  static final Context.Display TEXT = new Context.Display(80, 24, false, true);

  private FigureOutput() {}

  /** Whether {@code value} is a figure: it can draw itself as text and save a PNG. */
  static boolean isFigure(Object value) {
    return value != null && render(value) != null && save(value) != null;
  }

  /** The {@code display_data} bundle of a figure: image/png (base64) and text/plain. */
  static ObjectNode data(Object figure) {
    ObjectNode data = Json.object();
    data.put("image/png", Base64.getEncoder().encodeToString(png(figure)));
    data.put("text/plain", text(figure));
    return data;
  }

  static String text(Object figure) {
    try {
      return (String) render(figure).invoke(figure, TEXT);
    } catch (ReflectiveOperationException e) {
      throw unwrap(e);
    }
  }

  /** The figure's PNG, through its {@code save} into a temporary file. */
  static byte[] png(Object figure) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("ddl-figure-", ".png");
      save(figure).invoke(figure, tmp.toString());
      return Files.readAllBytes(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw unwrap(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // a temporary file left behind is harmless
        }
      }
    }
  }

  private static Method render(Object value) {
    try {
      Method m = value.getClass().getMethod("render", Context.Display.class);
      return m.getReturnType() == String.class ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Method save(Object value) {
    try {
      return value.getClass().getMethod("save", Object.class);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static RuntimeException unwrap(ReflectiveOperationException e) {
    Throwable c = e instanceof InvocationTargetException ? e.getCause() : e;
    return c instanceof RuntimeException r ? r : new IllegalStateException(c);
  }
}
