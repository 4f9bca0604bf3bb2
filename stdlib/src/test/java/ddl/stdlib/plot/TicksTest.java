package ddl.stdlib.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicksTest {
  @Test
  void roundStepsAndExtendedRange() {
    Ticks.Axis a = Ticks.linear(30, 120, 6, true);
    assertArrayEquals(new String[] {"20", "40", "60", "80", "100", "120"}, a.labels());
    assertEquals(20, a.lo());
    assertEquals(120, a.hi());
  }

  @Test
  void ticksInsideAFixedRange() {
    Ticks.Axis a = Ticks.linear(-0.3, 1.3, 5, false);
    assertArrayEquals(new String[] {"0", "0.5", "1.0"}, a.labels());
    assertEquals(-0.3, a.lo());
  }

  @Test
  void labelsOfSmallLargeAndFractionalSteps() {
    assertEquals("0.25", Ticks.format(0.25, 0.25));
    assertEquals("-0.002", Ticks.format(-0.002, 0.001));
    assertEquals("2e5", Ticks.format(200000, 100000));
    assertEquals("1.5e6", Ticks.format(1500000, 500000));
    assertEquals("1e-5", Ticks.format(1e-5, 1e-5));
  }

  @Test
  void logAxisAtPowersOfTen() {
    Ticks.Axis a = Ticks.log(Math.log10(3000), Math.log10(2e7), 5);
    assertArrayEquals(new String[] {"1000", "10000", "1e5", "1e6", "1e7", "1e8"}, a.labels());
  }

  @Test
  void emptyRangeWidensByATenth() {
    Ticks.Axis a = Ticks.linear(5, 5, 3, true);
    assertEquals(4.5, a.lo(), 1e-9);
    assertEquals(5.5, a.hi(), 1e-9);
  }

  @Test
  void compactNumbers() {
    assertEquals("1.453e7", Ticks.compact(14532101));
    assertEquals("8700", Ticks.compact(8700.2));
    assertEquals("0.1235", Ticks.compact(0.123456));
  }
}
