package ddl.stdlib.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ddl.stdlib.Tensor;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The shortcut for the sum of a contiguous float64 vector gives the planned reduction's bits. */
class SumOfVectorTest {
  @Test
  void equalsTheGeneralSumAtEverySize() {
    SplittableRandom r = new SplittableRandom(7);
    for (int n = 0; n < 600; n++) {
      double[] d = new double[n + 3];
      for (int i = 0; i < d.length; i++) {
        d[i] = r.nextDouble(-1e3, 1e3) * Math.pow(10, r.nextInt(-8, 8));
      }
      Tensor whole = Tensor.wrap(d.clone(), d.length).view(new int[] {n}, new int[] {1}, 2);
      double general = ((Tensor) Reductions.sum(whole.copy(), null, false)).getDouble(0);
      assertEquals(Double.doubleToRawLongBits(general),
          Double.doubleToRawLongBits(Reductions.sumOfVector(whole)), "n = " + n);
    }
  }
}
