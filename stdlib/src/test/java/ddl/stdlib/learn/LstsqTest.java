package ddl.stdlib.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.stdlib.DType;
import ddl.stdlib.Tensor;
import ddl.stdlib.io.Table;
import org.junit.jupiter.api.Test;

/**
 * lstsq against the certified coefficients NIST publishes for its StRD linear-regression sets
 * (https://www.itl.nist.gov/div898/strd/lls/lls.shtml), compared by the log relative error: the
 * number of correct significant digits.
 */
class LstsqTest {
  private static final double[] NORRIS = {-0.262323073774029, 1.00211681802045};
  private static final double[] LONGLEY = {
    -3482258.63459582,
    15.0618722713733,
    -0.358191792925910E-01,
    -2.02022980381683,
    -1.03322686717359,
    -0.511041056535807E-01,
    1829.15146461355
  };

  @Test
  void norrisToNineDigits() {
    Table t = Data.table("norris");
    Tensor phi = LearnBuiltins.lstsq(t.get("x"), t.get("y"));
    assertDigits(NORRIS, phi, 9);
  }

  @Test
  void longleyToNineDigits() {
    Table t = Data.table("longley");
    Tensor x =
        Data.columns(t, "deflator", "gnp", "unemployed", "armed_forces", "population", "year");
    Tensor phi = LearnBuiltins.lstsq(x, t.get("employed"));
    assertDigits(LONGLEY, phi, 9);
  }

  @Test
  void exactLineFromIntegers() {
    Tensor phi = LearnBuiltins.lstsq(Tensor.of(1, 2, 3), Tensor.of(3, 5, 7));
    assertEquals(DType.FLOAT64, phi.dtype());
    assertArrayEquals(new double[] {1, 2}, phi.toDoubleArray(), 1e-12);
  }

  @Test
  void constantColumnIsAnError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LearnBuiltins.lstsq(Tensor.of(2, 2, 2), Tensor.of(1, 2, 3)));
    assertTrue(e.getMessage().startsWith("lstsq: the columns of [1, x] are linearly dependent"));
  }

  @Test
  void mismatchedLengthsNameBoth() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LearnBuiltins.lstsq(Tensor.of(1, 2, 3), Tensor.of(1, 2)));
    assertEquals("lstsq: x has 3 rows but y has shape (2,)", e.getMessage());
  }

  /** Every coefficient has at least {@code digits} correct significant digits. */
  static void assertDigits(double[] certified, Tensor phi, double digits) {
    assertEquals(certified.length, phi.size());
    for (int j = 0; j < certified.length; j++) {
      double lre = -Math.log10(Math.abs(phi.getDouble(j) - certified[j]) / Math.abs(certified[j]));
      assertTrue(
          lre >= digits,
          "phi[" + j + "] = " + phi.getDouble(j) + " has " + lre + " correct digits");
    }
  }
}
