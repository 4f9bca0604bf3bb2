package ddl.stdlib.index;

/**
 * numpy's {@code np.newaxis} ({@code None}) as an index item: inserts an axis of length 1.
 *
 * <p>A Java {@code null} index item means the same, as {@code None} does in numpy.
 *
 * <pre>{@code
 * x = [1, 2, 3]
 * x[newaxis, :].shape   # (1, 3)
 * }</pre>
 */
public enum NewAxis {
  /** The only instance. */
  INSTANCE;

  @Override
  public String toString() {
    return "None";
  }
}
