package ddl.stdlib;

/** numpy's AxisError: an axis out of range for the array's dimension. */
public class AxisError extends IndexOutOfBoundsException {
  private static final long serialVersionUID = 1L;

  public AxisError(int axis, int ndim) {
    super("axis " + axis + " is out of bounds for array of dimension " + ndim);
  }

  public AxisError(String message) {
    super(message);
  }
}
