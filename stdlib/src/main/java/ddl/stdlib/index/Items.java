package ddl.stdlib.index;

import ddl.stdlib.DType;
import ddl.stdlib.Tensor;
import java.util.List;

/** Classifies index items and builds numpy's indexing error messages. */
final class Items {
  private Items() {}

  static final int INT = 0;
  static final int SLICE = 1;
  static final int NEWAXIS = 2;
  static final int ELLIPSIS = 3;
  static final int ARRAY = 4;

  static final String INVALID =
      "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or"
          + " boolean arrays are valid indices";

  /** The kind of one index item, or numpy's IndexError for anything that cannot index. */
  static int kind(Object o) {
    if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
      return INT;
    }
    if (o instanceof java.math.BigInteger) {
      ddl.stdlib.Scalars.toIndex(o); // a Python int beyond an index is Python's IndexError
      return INT;
    }
    if (o instanceof Slice) {
      return SLICE;
    }
    if (o == null || o == NewAxis.INSTANCE) {
      return NEWAXIS;
    }
    if (o == Ellipsis.INSTANCE) {
      return ELLIPSIS;
    }
    if (o instanceof Tensor) {
      Tensor t = (Tensor) o;
      // numpy treats a 0-d integer array as a plain integer
      return t.ndim() == 0 && t.dtype() == DType.INT64 ? INT : ARRAY;
    }
    if (o instanceof Boolean
        || o instanceof List
        || o instanceof long[]
        || o instanceof int[]
        || o instanceof boolean[]) {
      return ARRAY;
    }
    throw new IndexOutOfBoundsException(INVALID);
  }

  /** The value of an item of kind {@link #INT}. */
  static long intValue(Object o) {
    return o instanceof Tensor ? ((Tensor) o).getLong(0) : ((Number) o).longValue();
  }

  /** {@code i} made non-negative for an axis of length {@code n}, or numpy's IndexError. */
  static int normalize(long i, int n, int axis) {
    if (i < -n || i >= n) {
      throw new IndexOutOfBoundsException(
          "index " + i + " is out of bounds for axis " + axis + " with size " + n);
    }
    return (int) (i < 0 ? i + n : i);
  }

  static IndexOutOfBoundsException tooMany(int ndim, int indexed) {
    return new IndexOutOfBoundsException(
        "too many indices for array: array is "
            + ndim
            + "-dimensional, but "
            + indexed
            + " were indexed");
  }

  static IndexOutOfBoundsException twoEllipses() {
    return new IndexOutOfBoundsException("an index can only have a single ellipsis ('...')");
  }
}
