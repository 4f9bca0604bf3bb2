package ddl.stdlib.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Python's {@code repr(float)}.
 *
 * <p>{@code format/pyfloat_repr.tsv} was written by {@code format/make_cases.py} with CPython 3.11:
 * each line is a double's 64-bit pattern in hex and Python's {@code repr} of it, for about 7700
 * doubles — every power of ten and of two in range, 3000 random bit patterns, random
 * integers-as-floats up to 1e17, random decimals, subnormals, and the boundary values (smallest
 * subnormal, smallest normal, largest double, 2^53 + 1, nan, ±inf).
 */
class PyFloatTest {

  @Test
  void matchesPythonOnEveryFixture() throws IOException {
    List<String> failures = new ArrayList<>();
    int count = 0;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                PyFloatTest.class.getResourceAsStream("/format/pyfloat_repr.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] parts = line.split("\t");
        double x = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16));
        count++;
        String actual = PyFloat.repr(x);
        if (!actual.equals(parts[1])) {
          failures.add(parts[0] + ": expected " + parts[1] + " but was " + actual);
        }
      }
    }
    assertEquals(true, count > 7000, "fixture lines: " + count);
    assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0.1|0.1",
        "1e-05|1e-05",
        "1e23|1e+23",
        "7400000.0|7400000.0",
        "0.30000000000000004|0.30000000000000004",
        "1e16|1e+16",
        "-0.0|-0.0",
        "NaN|nan",
        "Infinity|inf",
        "-Infinity|-inf",
        "123456789012345.0|123456789012345.0",
        "1.2345678901234567e16|1.2345678901234568e+16",
        "1.2345678901234566e16|1.2345678901234566e+16",
        "0.0001|0.0001",
        "1e22|1e+22",
        "4.9e-324|5e-324",
        "1.7976931348623157e308|1.7976931348623157e+308",
      })
  void examples(String java, String python) {
    assertEquals(python, PyFloat.repr(Double.parseDouble(java)));
  }

  @Test
  void shortestDigits() {
    assertEquals(new PyFloat.Shortest(false, "1", 23), PyFloat.shortest(1e23));
    assertEquals(new PyFloat.Shortest(true, "125", -3), PyFloat.shortest(-0.00125));
    assertEquals(new PyFloat.Shortest(false, "0", 0), PyFloat.shortest(0.0));
    assertThrows(IllegalArgumentException.class, () -> PyFloat.shortest(Double.NaN));
  }
}
