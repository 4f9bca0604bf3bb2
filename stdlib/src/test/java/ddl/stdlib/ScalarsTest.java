package ddl.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ddl.stdlib.math.BinaryOp;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Python's ints on scalars: exact at any size, a Long while they fit; expected values from Python 3. */
class ScalarsTest {
  /** A Python int as ddl holds it: a Long when it fits, else a BigInteger. */
  private static Object py(String digits) {
    return Scalars.normalize(new BigInteger(digits));
  }

  private static void assertInt(String expected, BinaryOp op, String a, String b) {
    Object r = Ops.binary(op, py(a), py(b));
    assertEquals(py(expected), r, a + " " + op.symbol() + " " + b);
    assertEquals(py(expected).getClass(), r.getClass(), "a result that fits is a Long");
  }

  private static Object div(String a, String b) {
    return Ops.div(py(a), py(b));
  }

  @Test
  void integerArithmeticIsExactBeyondALong() {
    assertInt("9223372036854775808", BinaryOp.ADD, "9223372036854775807", "1");
    assertInt("-9223372036854775809", BinaryOp.SUB, "-9223372036854775808", "1");
    assertInt("18446744073709551616", BinaryOp.MUL, "4611686018427387904", "4");
    assertInt("-9223372036854775808", BinaryOp.MUL, "-4294967296", "2147483648");
    assertInt("9223372037000250000", BinaryOp.MUL, "3037000500", "3037000500");
    assertInt("9223372036854775808", BinaryOp.POW, "2", "63");
    assertInt("100000000000000000000", BinaryOp.POW, "10", "20");
    assertInt("-36472996377170786403", BinaryOp.POW, "-3", "41");
    assertInt("1267650600228229401496703205376", BinaryOp.POW, "2", "100");
    assertInt("9223372036854775808", BinaryOp.FLOORDIV, "-9223372036854775808", "-1");
    assertInt("-142857142857142857142857142858", BinaryOp.FLOORDIV, "-1000000000000000000000000000000", "7");
    assertInt("-142857142857142857142857142858", BinaryOp.FLOORDIV, "1000000000000000000000000000000", "-7");
    assertInt("6", BinaryOp.MOD, "-1000000000000000000000000000000", "7");
    assertInt("-6", BinaryOp.MOD, "1000000000000000000000000000000", "-7");
    assertInt("5", BinaryOp.SUB, "18446744073709551616", "18446744073709551611");
    assertInt("0", BinaryOp.ADD, "18446744073709551616", "-18446744073709551616");
    assertInt("1180591620717411303424", BinaryOp.AND, "-1180591620717411303424", "1180591620717411303429");
    assertInt("-36893488147419103233", BinaryOp.XOR, "36893488147419103232", "-1");
    assertEquals(0.125, Ops.pow((Object) 2L, (Object) (-3L)));
  }

  @Test
  void trueDivisionOfIntsIsCorrectlyRounded() {
    assertEquals(3.333333333333333e+19, div("100000000000000000000", "3"));
    assertEquals(1.0, div("9223372036854775809", "9223372036854775807"));
    assertEquals(-1.4285714285714285e+29, div("-1000000000000000000000000000000", "7"));
    assertEquals(9007199254740992.0, div("9007199254740993", "1"));
    assertEquals(3002399751580331.0, div("9007199254740993", "3"));
    assertEquals(1.9999999999999947, div("9223372036854775807", "4611686018427400249"));
    assertEquals(1.9999999999999947, Ops.div(9223372036854775807L, 4611686018427400249L));
    BigInteger e400 = BigInteger.TEN.pow(400);
    assertEquals(10.0, Ops.div(e400, BigInteger.TEN.pow(399)));
    assertEquals(3.3333333333333334e-301, Ops.div(1L, BigInteger.valueOf(3).multiply(BigInteger.TEN.pow(300))));
    ArithmeticException big = assertThrows(ArithmeticException.class, () -> Ops.div(e400, 3L));
    assertEquals("integer division result too large for a float", big.getMessage());
    assertThrows(ArithmeticException.class, () -> Ops.div(e400, 0L));
  }

  @Test
  void comparisonsAcrossLongBigIntegerAndDoubleAreExact() {
    assertEquals(false, Ops.eq((Object) py("9007199254740993"), (Object) 9007199254740992.0));
    assertEquals(true, Ops.eq((Object) py("9007199254740992"), (Object) 9007199254740992.0));
    assertEquals(true, Ops.gt(py("9223372036854775808"), 9223372036854775807L));
    assertEquals(true, Ops.lt(py("9223372036854775807"), 9223372036854775808.0));
    assertEquals(true, Ops.gt(BigInteger.TEN.pow(400), 1e308));
    assertEquals(false, Ops.gt(BigInteger.TEN.pow(400), Double.POSITIVE_INFINITY));
    assertEquals(false, Ops.eq((Object) BigInteger.TEN.pow(400), (Object) Double.NaN));
    assertEquals(true, Values.equal(BigInteger.valueOf(5), 5L), "a BigInteger bound from Java equals the Long");
  }

  @Test
  void mixingWithFloatsConvertsAndRaisesPythonsOverflowError() {
    assertEquals(1.2676506002282294e+30, Ops.add(py("1267650600228229401496703205376"), 0.5));
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> Ops.add(BigInteger.TEN.pow(400), 0.5));
    assertEquals("int too large to convert to float", e.getMessage());
  }

  @Test
  void negationAbsAndTheEdgesOfALong() {
    assertEquals(py("9223372036854775808"), Ops.neg((Object) Long.MIN_VALUE));
    assertEquals(Long.MIN_VALUE, Ops.neg(py("9223372036854775808")));
    assertEquals(py("9223372036854775808"), Scalars.abs(Long.MIN_VALUE));
    assertEquals(py("-9223372036854775809"), Ops.invert(py("9223372036854775808")));
    assertThrows(ArithmeticException.class, () -> Ops.powExact(2, 63));
    assertEquals(4611686018427387904L, Ops.powExact(2, 62));
    assertEquals(-9223372036854775808L, Ops.powExact(-2, 63));
    assertEquals(-1L, Ops.powExact(-1, Long.MAX_VALUE));
    assertThrows(ArithmeticException.class, () -> Ops.floordiv(Long.MIN_VALUE, -1L));
  }

  @Test
  void tensorsKeepInt64AndRefuseIntsBeyondIt() {
    Tensor t = (Tensor) Ops.mul(Tensor.of(1L << 62), (Object) 4L);
    assertEquals(0L, t.getLong(0), "numpy's int64 wraps around");
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> Lang.array(py("18446744073709551616")));
    assertEquals("Python int too large to convert to C long", e.getMessage());
    assertThrows(ArithmeticException.class, () -> Ops.add(Tensor.of(1L, 2L), py("1180591620717411303424")));
    Tensor f = (Tensor) Ops.add(Tensor.of(0.0), py("1180591620717411303424"));
    assertEquals(1.1805916207174113e+21, f.getDouble(0));
    IndexOutOfBoundsException ix =
        assertThrows(IndexOutOfBoundsException.class, () -> Lang.getitem(Tensor.of(1L), py("18446744073709551616")));
    assertEquals("cannot fit 'int' into an index-sized integer", ix.getMessage());
  }
}
