package ddl.stdlib.linalg;

/** numpy's {@code LinAlgError} (a ValueError): "Singular matrix", "SVD did not converge", ... */
public class LinAlgError extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public LinAlgError(String message) {
    super(message);
  }
}
