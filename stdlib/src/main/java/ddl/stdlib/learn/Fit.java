package ddl.stdlib.learn;

import ddl.stdlib.Fn;
import ddl.stdlib.Tensor;
import ddl.stdlib.Values;
import ddl.stdlib.format.PrintOptions;

/**
 * The result of fitting a model: {@code .phi} (intercept first, null for models that have none,
 * such as a regression tree), {@code .loss} (the lecture's total square loss on the training data),
 * {@code .history.phi} (steps+1, k+1) and {@code .history.loss} (steps+1,) for iterative methods
 * (row 0 the start; null otherwise), and {@code .predict(x)}. The REPL shows it as {@code
 * Fit(method="gd", phi=[-17.57909489 3.93240876], loss=11353.521051124224)}.
 */
public final class Fit {
  private final String method;
  private final Tensor phi;
  private final double loss;
  private final History history;
  private final Fn predictor;
  private final double seconds;

  /** The path of an iterative fit: one row per step, row 0 the starting point. */
  public record History(Tensor phi, Tensor loss) {
    @Override
    public String toString() {
      return "History(phi=" + phi.shapeString() + ", loss=" + loss.shapeString() + ")";
    }
  }

  public Fit(
      String method, Tensor phi, double loss, History history, Fn predictor, double seconds) {
    this.method = method;
    this.phi = phi;
    this.loss = loss;
    this.history = history;
    this.predictor = predictor;
    this.seconds = seconds;
  }

  public String method() {
    return method;
  }

  public Tensor phi() {
    return phi;
  }

  public double loss() {
    return loss;
  }

  public History history() {
    return history;
  }

  /** Training time in seconds. */
  public double seconds() {
    return seconds;
  }

  /** The fitted model's predictions for {@code x}. */
  public Object predict(Object x) {
    return predictor.call(x);
  }

  /** This fit with its training time set (the built-ins time the whole call). */
  public Fit withSeconds(double value) {
    return new Fit(method, phi, loss, history, predictor, value);
  }

  @Override
  public String toString() {
    return "Fit(method=\""
        + method
        + "\", phi="
        + (phi == null ? "None" : Values.str(phi, PrintOptions.DEFAULTS))
        + ", loss="
        + Values.str(loss, PrintOptions.DEFAULTS)
        + ")";
  }
}
