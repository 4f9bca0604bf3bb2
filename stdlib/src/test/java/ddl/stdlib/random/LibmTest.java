package ddl.stdlib.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Libm#log}'s fast path against the C library's log it stands for. */
class LibmTest {
  @Test
  void theCLibraryIsLoadedOnThisPlatform() {
    assertTrue(Libm.isNative(), "JNA could not bind the C library's log");
  }

  @Test
  void fastLogHasTheCLibrarysBits() {
    assumeTrue(Libm.isNative());
    SplittableRandom r = new SplittableRandom(20261202);
    for (int i = 0; i < 1_200_000; i++) {
      double x = switch (i % 6) {
        case 0 -> r.nextDouble();                                    // a uniform, as in draws
        case 1 -> 1.0 - r.nextDouble();
        case 2 -> 1.0 + r.nextDouble(-0.07, 0.07);                   // glibc's path near 1
        case 3 -> Math.exp(r.nextDouble(-745, 709));                 // every binade
        case 4 -> Double.longBitsToDouble(r.nextLong(1L, 0x000fffffffffffffL));  // subnormal
        default -> Math.scalb(1.0, r.nextInt(-1074, 1024)) * (i % 12 == 5 ? 1 : 1.5);
      };
      assertEquals(Double.doubleToRawLongBits(Libm.nativeLog(x)),
          Double.doubleToRawLongBits(Libm.log(x)), () -> "log(" + Double.toHexString(x) + ")");
    }
  }

  @Test
  void specialArguments() {
    assertEquals(Double.NEGATIVE_INFINITY, Libm.log(0.0));
    assertEquals(Double.POSITIVE_INFINITY, Libm.log(Double.POSITIVE_INFINITY));
    assertTrue(Double.isNaN(Libm.log(-1.0)));
    assertTrue(Double.isNaN(Libm.log(Double.NaN)));
    assertEquals(0.0, Libm.log(1.0));
    assertEquals(Math.log(2.0), Libm.log(2.0));
  }
}
