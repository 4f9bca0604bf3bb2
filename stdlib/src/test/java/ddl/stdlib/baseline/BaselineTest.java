package ddl.stdlib.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.stdlib.Tensor;
import ddl.stdlib.io.Table;
import ddl.stdlib.learn.Data;
import ddl.stdlib.learn.Fit;
import ddl.stdlib.learn.LearnBuiltins;
import org.junit.jupiter.api.Test;

/**
 * The Tribuo baselines on cars against exact least squares, with the tolerance the course states: a
 * linear baseline's loss within 1% of lstsq's.
 */
class BaselineTest {
  private final Table cars = Data.table("cars");
  private final Tensor x = cars.get("speed");
  private final Tensor y = cars.get("dist");
  private final double exactLoss =
      (Double) LearnBuiltins.sse(LearnBuiltins.linear(x, LearnBuiltins.lstsq(x, y)), y);

  @Test
  void exactLinearWithinOnePercent() {
    Fit fit = BaselineBuiltins.baseline(x, y, "linear");
    assertEquals("tribuo linear", fit.method());
    assertEquals(exactLoss, fit.loss(), 0.01 * exactLoss);
    assertArrayEquals(LearnBuiltins.lstsq(x, y).toDoubleArray(), fit.phi().toDoubleArray(), 1e-6);
  }

  @Test
  void sgdWithinOnePercentAndRepeatable() {
    Fit fit = BaselineBuiltins.baseline(x, y, "sgd");
    assertEquals("tribuo sgd", fit.method());
    assertEquals(exactLoss, fit.loss(), 0.01 * exactLoss);
    Fit again = BaselineBuiltins.baseline(x, y, "sgd");
    assertArrayEquals(fit.phi().toDoubleArray(), again.phi().toDoubleArray(), 0);
  }

  @Test
  void treesHaveNoPhiButPredict() {
    for (String m : new String[] {"cart", "forest"}) {
      Fit fit = BaselineBuiltins.baseline(x, y, m);
      assertNull(fit.phi());
      assertTrue(fit.loss() < exactLoss, m + " fits the training data closer than a line");
      Tensor p = (Tensor) fit.predict(Tensor.of(10, 20));
      assertArrayEquals(new int[] {2}, p.shape());
      assertTrue(p.getDouble(1) > p.getDouble(0));
    }
  }

  @Test
  void huberIsALine() {
    Fit fit = BaselineBuiltins.baseline(x, y, "huber");
    assertEquals(2, fit.phi().size());
    assertEquals(exactLoss, fit.loss(), 0.05 * exactLoss);
  }

  @Test
  void unknownMethodListsTheMethods() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BaselineBuiltins.baseline(x, y, "svm"));
    assertEquals(
        "baseline: unknown method 'svm'; the methods are linear, sgd, huber, cart, forest",
        e.getMessage());
  }
}
