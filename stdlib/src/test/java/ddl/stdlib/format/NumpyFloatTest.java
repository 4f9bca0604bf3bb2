package ddl.stdlib.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.stdlib.format.NumpyFloat.Trim;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * numpy's {@code format_float_positional} / {@code format_float_scientific} (and {@code str} of a
 * float64), compared with {@code format/numpy_float.tsv} from {@code format/make_cases.py}: each
 * line is a double's bit pattern, the call (e.g. {@code scientific p=8 min=8 unique trim=k}) and
 * numpy's result. This checks the Dragon4 port's cutoffs, minimum digits and exact mode, which the
 * array printer relies on.
 */
class NumpyFloatTest {

  @Test
  void matchesNumpyOnEveryFixture() throws IOException {
    List<String> failures = new ArrayList<>();
    int count = 0;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                NumpyFloatTest.class.getResourceAsStream("/format/numpy_float.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] parts = line.split("\t");
        double x = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16));
        count++;
        String actual = call(parts[1], x);
        if (!actual.equals(parts[2])) {
          failures.add(parts[0] + " " + parts[1] + ": expected '" + parts[2] + "' was '" + actual);
        }
      }
    }
    assertTrue(count > 6000, "fixture lines: " + count);
    assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
  }

  /** Runs a call described as in the fixture: {@code positional p=4 min=4 unique trim=k}. */
  private static String call(String spec, double x) {
    if (spec.equals("str")) {
      return PyFloat.repr(x);
    }
    int precision = -1;
    int minDigits = -1;
    int padLeft = -1;
    int padRight = -1;
    int expDigits = -1;
    boolean unique = true;
    boolean sign = false;
    Trim trim = Trim.KEEP;
    String[] words = spec.split(" ");
    for (String w : words) {
      String value = w.substring(w.indexOf('=') + 1);
      if (w.startsWith("p=")) {
        precision = Integer.parseInt(value);
      } else if (w.startsWith("min=")) {
        minDigits = Integer.parseInt(value);
      } else if (w.startsWith("padl=")) {
        padLeft = Integer.parseInt(value);
      } else if (w.startsWith("padr=")) {
        padRight = Integer.parseInt(value);
      } else if (w.startsWith("expd=")) {
        expDigits = Integer.parseInt(value);
      } else if (w.equals("exact")) {
        unique = false;
      } else if (w.equals("sign")) {
        sign = true;
      } else if (w.startsWith("trim=")) {
        trim = trim(value);
      }
    }
    if (words[0].equals("positional")) {
      return NumpyFloat.positional(x, precision, minDigits, unique, trim, sign, padLeft, padRight);
    }
    return NumpyFloat.scientific(x, precision, minDigits, unique, trim, sign, padLeft, expDigits);
  }

  private static Trim trim(String code) {
    switch (code) {
      case "k":
        return Trim.KEEP;
      case ".":
        return Trim.ZEROS;
      case "0":
        return Trim.LEAVE_ONE_ZERO;
      default:
        return Trim.DPT_ZEROS;
    }
  }
}
