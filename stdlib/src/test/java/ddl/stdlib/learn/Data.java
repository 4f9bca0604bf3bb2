package ddl.stdlib.learn;

import ddl.stdlib.Tensor;
import ddl.stdlib.io.IoBuiltins;
import ddl.stdlib.io.Table;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The data sets of the tests, read with readcsv from the test resources. */
public final class Data {
  private Data() {}

  /** The table in {@code src/test/resources/data/<name>.csv}. */
  public static Table table(String name) {
    try {
      Path p = Path.of(Data.class.getResource("/data/" + name + ".csv").toURI());
      return IoBuiltins.readcsv(p.toString());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The named columns of a table side by side, as an (n, k) float64 tensor. */
  public static Tensor columns(Table t, String... names) {
    int n = t.rows();
    double[] x = new double[n * names.length];
    for (int j = 0; j < names.length; j++) {
      Tensor c = t.get(names[j]);
      for (int i = 0; i < n; i++) {
        x[i * names.length + j] = c.getDouble(i);
      }
    }
    return Tensor.wrap(x, n, names.length);
  }
}
