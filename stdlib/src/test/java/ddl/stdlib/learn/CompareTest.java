package ddl.stdlib.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ddl.stdlib.Context;
import ddl.stdlib.Tensor;
import ddl.stdlib.io.Table;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The text of compare, with time left out so that it is fixed. */
class CompareTest {
  @Test
  void tableWithoutTime() {
    Table cars = Data.table("cars");
    Tensor x = cars.get("speed");
    Tensor y = cars.get("dist");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Context ctx = new Context(new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err);
    Fit gd = LearnBuiltins.gd(ctx, LearnBuiltins.linear(null, null), x, y, null, 100_000L, null);
    LearnBuiltins.compare(
        ctx, x, y, new Object[] {gd, LearnBuiltins.lstsq(x, y), Tensor.of(0, 3)}, false);
    assertEquals(
        """
        method  phi                         loss      R²
        gd      [-17.579095   3.932409]  11353.5  0.6511
        phi 2   [-17.579095   3.932409]  11353.5  0.6511
        phi 3   [0 3]                      13063  0.5985
        """,
        bytes.toString(StandardCharsets.UTF_8));
  }
}
