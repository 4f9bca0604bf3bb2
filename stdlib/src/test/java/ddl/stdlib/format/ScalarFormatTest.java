package ddl.stdlib.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ddl.stdlib.Tensor;
import org.junit.jupiter.api.Test;

/** Scalars print as Python prints them, booleans as ddl's literals, shapes as tuples. */
class ScalarFormatTest {

  @Test
  void scalars() {
    assertEquals("0.5", ScalarFormat.str(0.5));
    assertEquals("1e-05", ScalarFormat.str(1e-5));
    assertEquals("7400000.0", ScalarFormat.str(7400000.0));
    assertEquals("nan", ScalarFormat.str(Double.NaN));
    assertEquals("-7", ScalarFormat.str(-7L));
    assertEquals("3", ScalarFormat.str(3));
    assertEquals("true", ScalarFormat.str(true));
    assertEquals("false", ScalarFormat.str(false));
    assertEquals("None", ScalarFormat.str(null));
    assertEquals("hello", ScalarFormat.str("hello"));
  }

  @Test
  void shapesAreTuples() {
    assertEquals("(3, 4)", ScalarFormat.str(new int[] {3, 4}));
    assertEquals("(3,)", ScalarFormat.str(new int[] {3}));
    assertEquals("()", ScalarFormat.str(new int[] {}));
    assertEquals("(2, 5)", ScalarFormat.str(new long[] {2, 5}));
    assertEquals("(7,)", ScalarFormat.str(new long[] {7}));
  }

  @Test
  void tensorsUseTheOptions() {
    Tensor t = Tensor.of(1.0 / 3, 2.0);
    assertEquals("[0.33333333 2.        ]", ScalarFormat.str(t));
    assertEquals("[0.3333 2.    ]", ScalarFormat.str(t, PrintOptions.DEFAULTS.withPrecision(4)));
    assertEquals("True", ScalarFormat.str(Tensor.scalar(true)));
  }

  @Test
  void printOptionsValidateAsNumpy() {
    assertEquals(8, PrintOptions.DEFAULTS.precision());
    assertEquals(75, PrintOptions.DEFAULTS.withSuppress(true).linewidth());
    assertThrows(IllegalArgumentException.class, () -> PrintOptions.DEFAULTS.withPrecision(-1));
    assertThrows(IllegalArgumentException.class, () -> PrintOptions.DEFAULTS.withSign('x'));
    assertThrows(IllegalArgumentException.class, () -> PrintOptions.DEFAULTS.withFloatmode("x"));
  }
}
