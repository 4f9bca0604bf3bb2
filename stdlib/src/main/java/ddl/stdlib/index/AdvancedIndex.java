package ddl.stdlib.index;

import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.math.Elementwise;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * numpy's advanced indexing: integer arrays and boolean masks, mixed freely with integers, slices,
 * newaxis and an ellipsis (numpy's rules in "Indexing on ndarrays", "Combining advanced and basic
 * indexing").
 *
 * <p>The index is planned in two parts. The basic items give a view {@code v} in which every axis
 * that an array indexes is kept whole; a k-d mask becomes k integer arrays (its {@code nonzero()}),
 * a 0-d mask a new axis of length 1 indexed by {@code [0]} or {@code []}, and integers become 0-d
 * arrays. All arrays broadcast to one shape B. The result has B in place of the indexed axes when
 * the advanced items are adjacent in the index, and B first otherwise. Getting and setting then
 * copy one block of the remaining axes per position of B.
 */
final class AdvancedIndex {
  final Tensor v;
  final int[] outShape;

  /** Storage position in {@code v} of every block, C order over B. */
  final int[] vBase;

  final int[] b;

  /** The output axis of each axis of B. */
  final int[] bPos;

  /** The axes of {@code v} that no array indexes, in order, and their output axes. */
  final int[] restAxes;

  final int[] restPos;

  private AdvancedIndex(
      Tensor v, int[] outShape, int[] vBase, int[] b, int[] bPos, int[] restAxes, int[] restPos) {
    this.v = v;
    this.outShape = outShape;
    this.vBase = vBase;
    this.b = b;
    this.bPos = bPos;
    this.restAxes = restAxes;
    this.restPos = restPos;
  }

  /** One array on one axis of {@code v}; {@code axis} is the array's axis for error messages. */
  private record Entry(int vAxis, Tensor index, int axis) {}

  static AdvancedIndex plan(Tensor a, Object[] items) {
    int nd = a.ndim();
    Object[] conv = new Object[items.length];
    int consumed = 0;
    boolean ellipsis = false;
    for (int i = 0; i < items.length; i++) {
      int k = Items.kind(items[i]);
      conv[i] = items[i];
      if (k == Items.INT || k == Items.SLICE) {
        consumed++;
      } else if (k == Items.ELLIPSIS) {
        if (ellipsis) {
          throw Items.twoEllipses();
        }
        ellipsis = true;
      } else if (k == Items.ARRAY) {
        Tensor t = indexTensor(items[i]);
        conv[i] = t;
        consumed += t.dtype() == DType.BOOL ? t.ndim() : 1;
      }
    }
    if (consumed > nd) {
      throw Items.tooMany(nd, consumed);
    }
    int[] shape = a.shape();
    int[] strides = a.strides();
    int cap = nd + items.length;
    int[] vs = new int[cap];
    int[] vst = new int[cap];
    int m = 0;
    int off = a.offset();
    List<Entry> entries = new ArrayList<>();
    List<int[]> arrayShapes = new ArrayList<>();
    int firstAdv = -1;
    int lastAdv = -1;
    int advItems = 0;
    int axis = 0;
    for (int i = 0; i < conv.length; i++) {
      Object o = conv[i];
      int k = Items.kind(o);
      if (k == Items.INT || k == Items.ARRAY) {
        firstAdv = firstAdv < 0 ? i : firstAdv;
        lastAdv = i;
        advItems++;
      }
      if (k == Items.INT) {
        long[] value = {Items.intValue(o)};
        entries.add(new Entry(m, Tensor.wrap(value), axis));
        vs[m] = shape[axis];
        vst[m++] = strides[axis++];
      } else if (k == Items.SLICE) {
        Slice.Indices s = ((Slice) o).indices(shape[axis]);
        vs[m] = s.length();
        vst[m++] = s.step() * strides[axis];
        off += s.length() > 0 ? s.start() * strides[axis] : 0;
        axis++;
      } else if (k == Items.NEWAXIS) {
        vs[m] = 1;
        vst[m++] = 0;
      } else if (k == Items.ELLIPSIS) {
        for (int r = nd - consumed; r > 0; r--) {
          vs[m] = shape[axis];
          vst[m++] = strides[axis++];
        }
      } else {
        Tensor t = (Tensor) o;
        if (t.dtype() == DType.INT64) {
          entries.add(new Entry(m, t, axis));
          arrayShapes.add(t.shape());
          vs[m] = shape[axis];
          vst[m++] = strides[axis++];
        } else if (t.ndim() == 0) {
          // a 0-d mask adds an axis of length 1 and selects it once (true) or never (false)
          Tensor zeros = Tensor.empty(DType.INT64, t.getBoolean(0) ? 1 : 0);
          entries.add(new Entry(m, zeros, axis));
          arrayShapes.add(zeros.shape());
          vs[m] = 1;
          vst[m++] = 0;
        } else {
          Tensor[] nz = nonzero(t, shape, axis);
          for (Tensor z : nz) {
            entries.add(new Entry(m, z, axis));
            arrayShapes.add(z.shape());
            vs[m] = shape[axis];
            vst[m++] = strides[axis++];
          }
        }
      }
    }
    for (; axis < nd; axis++) {
      vs[m] = shape[axis];
      vst[m++] = strides[axis];
    }
    Tensor v = a.view(Arrays.copyOf(vs, m), Arrays.copyOf(vst, m), off);
    int[] b = broadcastShapes(entries, arrayShapes);
    int[] vBase = offsets(v, entries, b);
    return layout(v, entries, b, vBase, lastAdv - firstAdv + 1 == advItems);
  }

  private static AdvancedIndex layout(
      Tensor v, List<Entry> entries, int[] b, int[] vBase, boolean adjacent) {
    int[] vShape = v.shape();
    int nAdv = entries.size();
    int first = entries.get(0).vAxis();
    int nRest = vShape.length - nAdv;
    int[] outShape = new int[nRest + b.length];
    int[] bPos = new int[b.length];
    int[] restAxes = new int[nRest];
    int[] restPos = new int[nRest];
    int start = adjacent ? first : 0;
    for (int j = 0; j < b.length; j++) {
      bPos[j] = start + j;
      outShape[start + j] = b[j];
    }
    int r = 0;
    for (int ax = 0; ax < vShape.length; ax++) {
      if (ax >= first && ax < first + nAdv && adjacent) {
        continue;
      }
      if (!adjacent && isIndexed(entries, ax)) {
        continue;
      }
      restAxes[r] = ax;
      restPos[r] = adjacent ? (ax < first ? ax : ax - nAdv + b.length) : b.length + r;
      outShape[restPos[r]] = vShape[ax];
      r++;
    }
    return new AdvancedIndex(v, outShape, vBase, b, bPos, restAxes, restPos);
  }

  private static boolean isIndexed(List<Entry> entries, int ax) {
    for (Entry e : entries) {
      if (e.vAxis() == ax) {
        return true;
      }
    }
    return false;
  }

  /** An array index item as an int64 or bool tensor. */
  private static Tensor indexTensor(Object o) {
    Tensor t;
    if (o instanceof Tensor) {
      t = (Tensor) o;
    } else if (o instanceof Boolean) {
      t = Tensor.scalar(o);
    } else if (o instanceof long[]) {
      t = Tensor.of((long[]) o);
    } else if (o instanceof int[]) {
      t = Tensor.of((int[]) o);
    } else if (o instanceof boolean[]) {
      t = Tensor.of((boolean[]) o);
    } else if (((List<?>) o).isEmpty()) {
      t = Tensor.empty(DType.INT64, 0); // numpy indexes with an empty list as an empty int array
    } else {
      t = Tensor.array(o);
    }
    if (t.dtype() == DType.FLOAT64) {
      throw new IndexOutOfBoundsException(
          "arrays used as indices must be of integer (or boolean) type");
    }
    return t;
  }

  /** numpy's {@code mask.nonzero()}, after checking the mask against axes from {@code axis}. */
  private static Tensor[] nonzero(Tensor mask, int[] shape, int axis) {
    int k = mask.ndim();
    int[] ms = mask.shape();
    for (int j = 0; j < k; j++) {
      if (ms[j] != shape[axis + j]) {
        throw new IndexOutOfBoundsException(
            "boolean index did not match indexed array along axis "
                + (axis + j)
                + "; size of axis is "
                + shape[axis + j]
                + " but size of corresponding boolean axis is "
                + ms[j]);
      }
    }
    boolean[] flat = mask.toBooleanArray();
    int count = 0;
    for (boolean f : flat) {
      count += f ? 1 : 0;
    }
    long[][] coords = new long[k][count];
    int[] idx = new int[k];
    int c = 0;
    for (boolean f : flat) {
      if (f) {
        for (int j = 0; j < k; j++) {
          coords[j][c] = idx[j];
        }
        c++;
      }
      for (int d = k - 1; d >= 0 && ++idx[d] == ms[d]; d--) {
        idx[d] = 0;
      }
    }
    Tensor[] out = new Tensor[k];
    for (int j = 0; j < k; j++) {
      out[j] = Tensor.wrap(coords[j], count);
    }
    return out;
  }

  private static int[] broadcastShapes(List<Entry> entries, List<int[]> arrayShapes) {
    int[] b = new int[0];
    try {
      for (Entry e : entries) {
        b = Shape.broadcast(b, e.index().shape());
      }
    } catch (IllegalArgumentException ex) {
      StringBuilder sb =
          new StringBuilder("shape mismatch: indexing arrays could not be broadcast together with");
      sb.append(" shapes ");
      for (int[] s : arrayShapes) {
        sb.append(Shape.compact(s)).append(' ');
      }
      throw new IndexOutOfBoundsException(sb.toString());
    }
    return b;
  }

  /** The storage position in {@code v} selected at every position of B, bounds checked. */
  private static int[] offsets(Tensor v, List<Entry> entries, int[] b) {
    int n = Shape.size(b);
    int[] base = new int[n];
    Arrays.fill(base, v.offset());
    int[] vShape = v.shape();
    int[] vStrides = v.strides();
    for (Entry e : entries) {
      Tensor full = Tensor.empty(DType.INT64, b);
      Elementwise.assign(full, e.index());
      long[] idx = full.longStorage();
      int len = vShape[e.vAxis()];
      int stride = vStrides[e.vAxis()];
      for (int i = 0; i < n; i++) {
        long x = idx[i];
        if (x < 0 || x >= len) {
          x = Items.normalize(x, len, e.axis());
        }
        base[i] += (int) x * stride;
      }
    }
    return base;
  }
}
