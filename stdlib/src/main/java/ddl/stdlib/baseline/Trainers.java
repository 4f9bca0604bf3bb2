package ddl.stdlib.baseline;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Model;
import org.tribuo.Trainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.ensemble.BaggingTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.Huber;
import org.tribuo.regression.sgd.objectives.SquaredLoss;
import org.tribuo.regression.slm.ElasticNetCDTrainer;

/** The Tribuo trainers behind {@code baseline}, configured once here with fixed seeds. */
final class Trainers {
  /** Fixed so that a baseline gives the same numbers every run. */
  static final long SEED = 12345L;

  /** The methods offered, by the name a user passes. */
  enum Kind {
    LINEAR("linear", true, false),
    SGD("sgd", true, true),
    HUBER("huber", true, true),
    CART("cart", false, false),
    FOREST("forest", false, false);

    private final String label;
    private final boolean linear;
    private final boolean standardise;

    Kind(String label, boolean linear, boolean standardise) {
      this.label = label;
      this.linear = linear;
      this.standardise = standardise;
    }

    String label() {
      return label;
    }

    /** Whether the model is linear, so phi can be read from it. */
    boolean linear() {
      return linear;
    }

    /** Whether the trainer needs features and y at unit scale (the SGD step sizes). */
    boolean standardise() {
      return standardise;
    }

    static Kind of(String name) {
      for (Kind k : values()) {
        if (k.label.equals(name.toLowerCase(Locale.ROOT))) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "baseline: unknown method '"
              + name
              + "'; the methods are linear, sgd, huber, cart,"
              + " forest");
    }
  }

  private Trainers() {}

  /**
   * Tribuo and its configuration library log training progress through java.util.logging; ddl
   * prints results only. Held here so the configured loggers are not garbage collected.
   */
  private static final Logger[] QUIET = {
    Logger.getLogger("org.tribuo"), Logger.getLogger("com.oracle.labs.mlrg.olcut")
  };

  static {
    for (Logger l : QUIET) {
      l.setLevel(Level.OFF);
    }
  }

  static Model<Regressor> train(Kind kind, TribuoData data) {
    return trainer(kind, data).train(data.dataset());
  }

  private static Trainer<Regressor> trainer(Kind kind, TribuoData data) {
    switch (kind) {
      case LINEAR:
        // alpha = 0 removes the penalty: coordinate descent then solves plain least squares, to
        // Tribuo's default tolerance (slow to converge on collinear data such as Longley's)
        return new ElasticNetCDTrainer(0.0, 0.5, SEED);
      case SGD:
        return sgd(new SquaredLoss(), data);
      case HUBER:
        // 1.345 standard deviations: Huber's tuning constant, on the standardised y
        return sgd(new Huber(1.345), data);
      case CART:
        return new CARTRegressionTrainer();
      case FOREST:
        // a fraction of the features per split is what makes a forest's trees differ; with one
        // feature only bootstrap samples can, which is bagging (Tribuo's forest rejects that case)
        if (data.k == 1) {
          return new BaggingTrainer<>(
              new CARTRegressionTrainer(), new AveragingCombiner(), 50, SEED);
        }
        CARTRegressionTrainer tree =
            new CARTRegressionTrainer(
                Integer.MAX_VALUE, 5f, 0f, 0.5f, false, new MeanSquaredError(), SEED);
        return new RandomForestTrainer<>(tree, new AveragingCombiner(), 50, SEED);
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * Linear SGD with AdaGrad: Tribuo's plain SGD with a decaying rate does not reach the line in the
   * same number of epochs. Epochs scale down with the data (Tribuo takes about 10 µs per example)
   * so that large sets take one pass.
   */
  private static Trainer<Regressor> sgd(
      org.tribuo.regression.sgd.RegressionObjective objective, TribuoData data) {
    int epochs = (int) Math.max(1, Math.min(200, 200_000L / Math.max(1, data.n)));
    return new LinearSGDTrainer(
        objective, new AdaGrad(0.1, 1e-6), epochs, Integer.MAX_VALUE, 1, SEED);
  }
}
