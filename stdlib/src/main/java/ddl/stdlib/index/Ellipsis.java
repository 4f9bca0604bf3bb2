package ddl.stdlib.index;

/**
 * numpy's {@code ...} as an index item: stands for as many full slices {@code :} as needed to index
 * every axis. An index may hold at most one.
 *
 * <pre>{@code
 * T = zeros(2, 3, 4)
 * T[..., 0].shape   # (2, 3)
 * }</pre>
 */
public enum Ellipsis {
  /** The only instance. */
  INSTANCE;

  @Override
  public String toString() {
    return "Ellipsis";
  }
}
