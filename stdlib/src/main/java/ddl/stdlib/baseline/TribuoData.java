package ddl.stdlib.baseline;

import ddl.stdlib.learn.Design;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * Regression data as Tribuo wants it: an in-memory dataset of dense examples with features {@code
 * x0 .. x(k-1)} and the output {@code y}, optionally standardised (each column and y to mean 0 and
 * standard deviation 1) for the SGD trainers, whose step size assumes unit scale.
 */
final class TribuoData {
  static final RegressionFactory FACTORY = new RegressionFactory();
  static final String OUTPUT = "y";

  final int n;
  final int k;
  final String[] names;
  private final double[] x;
  private final double[] y;

  /** Column means and standard deviations; y's are the last entry. Identity when not scaled. */
  final double[] mean;

  final double[] scale;

  TribuoData(Design d, double[] x, double[] y, boolean standardise) {
    this.n = d.rows();
    this.k = d.columns();
    this.x = x;
    this.y = y;
    this.names = new String[k];
    for (int j = 0; j < k; j++) {
      names[j] = "x" + j;
    }
    mean = new double[k + 1];
    scale = new double[k + 1];
    for (int j = 0; j <= k; j++) {
      if (standardise) {
        double m = 0;
        for (int i = 0; i < n; i++) {
          m += value(i, j);
        }
        m /= n;
        double v = 0;
        for (int i = 0; i < n; i++) {
          v += (value(i, j) - m) * (value(i, j) - m);
        }
        double s = Math.sqrt(v / n);
        mean[j] = m;
        scale[j] = s > 0 ? s : 1;
      } else {
        scale[j] = 1;
      }
    }
  }

  /** Column j of row i, with j = k meaning y. */
  private double value(int i, int j) {
    return j == k ? y[i] : x[i * k + j];
  }

  /** The training set, scaled if this data is standardised. */
  MutableDataset<Regressor> dataset() {
    MutableDataset<Regressor> ds =
        new MutableDataset<>(new SimpleDataSourceProvenance("ddl data", FACTORY), FACTORY);
    for (int i = 0; i < n; i++) {
      double target = (y[i] - mean[k]) / scale[k];
      ds.add(example(x, i, new Regressor(OUTPUT, target)));
    }
    return ds;
  }

  /** Row i of {@code xs} (k columns, unscaled) as an example, scaled as the training data. */
  ArrayExample<Regressor> example(double[] xs, int i, Regressor output) {
    double[] row = new double[k];
    for (int j = 0; j < k; j++) {
      row[j] = (xs[i * k + j] - mean[j]) / scale[j];
    }
    return new ArrayExample<>(output, names, row);
  }

  /** The model's predictions for the rows of {@code xs}, in y's original units. */
  double[] predict(Model<Regressor> model, double[] xs) {
    int rows = xs.length / k;
    double[] out = new double[rows];
    for (int i = 0; i < rows; i++) {
      Example<Regressor> e = example(xs, i, RegressionFactory.UNKNOWN_REGRESSOR);
      out[i] = mean[k] + scale[k] * model.predict(e).getOutput().getValues()[0];
    }
    return out;
  }

  /**
   * phi of a linear model, read from its predictions: f(1) at x = (1, ..., 1), and f(1 + e_j) for
   * each column, so phi_j = f(1 + e_j) - f(1) and phi0 = f(1) - sum phi_j. Points away from 0 keep
   * every feature present in Tribuo's sparse examples.
   */
  double[] linearPhi(Model<Regressor> model) {
    double[] pts = new double[(k + 1) * k];
    java.util.Arrays.fill(pts, 1.0);
    for (int j = 0; j < k; j++) {
      pts[(j + 1) * k + j] = 2.0;
    }
    double[] f = predict(model, pts);
    double[] phi = new double[k + 1];
    phi[0] = f[0];
    for (int j = 0; j < k; j++) {
      phi[j + 1] = f[j + 1] - f[0];
      phi[0] -= phi[j + 1];
    }
    return phi;
  }
}
