package ddl.stdlib.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random basic indices on random shapes and layouts, checked against a reference that selects
 * elements by explicit index arithmetic (not by strides): reading a view, writing through it, and
 * indexing a view again.
 */
class BasicIndexPropertyTest {
  private static final int CASES = 400;

  /** The reference selection: output shape, and for each output element its parent C position. */
  private record Selection(int[] shape, int[] parentFlat) {}

  @Test
  void viewsEqualElementwiseSelection() {
    Random rnd = new Random(7);
    for (int c = 0; c < CASES; c++) {
      Tensor a = randomTensor(rnd);
      Object[] items = randomIndex(rnd, a.shape());
      String what = "case " + c + " shape " + Shape.toString(a.shape()) + " " + show(items);
      Selection sel = select(a.shape(), items);
      Object got = Indexing.get(a, items);
      if (isScalarIndex(items, a.ndim())) {
        assertInstanceOf(Double.class, got, what);
        assertEquals(a.get(sel.parentFlat()[0]), got, what);
        continue;
      }
      Tensor v = (Tensor) got;
      assertTrue(v.sharesStorage(a), what + ": a view");
      assertSelected(a, sel, v, what);
    }
  }

  @Test
  void writesThroughViewsChangeExactlyTheSelection() {
    Random rnd = new Random(11);
    for (int c = 0; c < CASES; c++) {
      Tensor a = randomTensor(rnd);
      Object[] items = randomIndex(rnd, a.shape());
      String what = "case " + c + " shape " + Shape.toString(a.shape()) + " " + show(items);
      Selection sel = select(a.shape(), items);
      double[] expected = a.toDoubleArray();
      Object value;
      if (rnd.nextBoolean()) {
        double s = rnd.nextInt(1000) + 0.5;
        value = s;
        for (int p : sel.parentFlat()) {
          expected[p] = s;
        }
      } else {
        // a value of the selection's shape, or its last axis only (broadcast over the others)
        int[] vs = sel.shape();
        if (vs.length > 0 && rnd.nextBoolean()) {
          vs = new int[] {vs[vs.length - 1]};
        }
        Tensor t = Tensor.wrap(randomData(rnd, Shape.size(vs)), vs);
        value = t;
        int n = Math.max(vs.length == 0 ? 1 : vs[vs.length - 1], 1);
        for (int k = 0; k < sel.parentFlat().length; k++) {
          expected[sel.parentFlat()[k]] = t.getDouble(vs.length == sel.shape().length ? k : k % n);
        }
      }
      Indexing.set(a, value, items);
      assertArrayEquals(expected, a.toDoubleArray(), what);
    }
  }

  @Test
  void viewsOfViewsCompose() {
    Random rnd = new Random(13);
    int checked = 0;
    for (int c = 0; checked < CASES && c < 20 * CASES; c++) {
      Tensor a = randomTensor(rnd);
      Object[] first = randomIndex(rnd, a.shape());
      Object got = Indexing.get(a, first);
      if (!(got instanceof Tensor) || ((Tensor) got).ndim() == 0) {
        continue;
      }
      Tensor v = (Tensor) got;
      Object[] second = randomIndex(rnd, v.shape());
      String what = "case " + c + " " + show(first) + " then " + show(second);
      Selection s1 = select(a.shape(), first);
      Selection s2 = select(v.shape(), second);
      Object r = Indexing.get(v, second);
      if (isScalarIndex(second, v.ndim())) {
        assertEquals(a.get(s1.parentFlat()[s2.parentFlat()[0]]), r, what);
      } else {
        Tensor w = (Tensor) r;
        assertTrue(w.sharesStorage(a), what + ": a view of the original storage");
        int[] composed = new int[s2.parentFlat().length];
        for (int k = 0; k < composed.length; k++) {
          composed[k] = s1.parentFlat()[s2.parentFlat()[k]];
        }
        assertSelected(a, new Selection(s2.shape(), composed), w, what);
        // and a write through the second view lands in the original
        Indexing.set(v, -1.0, second);
        for (int p : composed) {
          assertEquals(-1.0, a.get(p), what + ": write at " + p);
        }
      }
      checked++;
    }
    assertEquals(CASES, checked);
  }

  private static void assertSelected(Tensor a, Selection sel, Tensor v, String what) {
    assertArrayEquals(sel.shape(), v.shape(), what + ": shape");
    for (int k = 0; k < sel.parentFlat().length; k++) {
      assertEquals(a.get(sel.parentFlat()[k]), v.get(k), what + ": element " + k);
    }
  }

  /** A float64 tensor of rank 1 to 4, contiguous, strided in a larger buffer, or transposed. */
  private static Tensor randomTensor(Random rnd) {
    int nd = 1 + rnd.nextInt(4);
    int[] shape = new int[nd];
    for (int i = 0; i < nd; i++) {
      shape[i] = rnd.nextInt(10) == 0 ? 0 : 1 + rnd.nextInt(5);
    }
    Tensor t = Tensor.wrap(randomData(rnd, Shape.size(shape)), shape);
    switch (rnd.nextInt(3)) {
      case 0:
        return t;
      case 1:
        return IndexFixtures.strided(t);
      default:
        return t.T().copy().T(); // same values, reversed (Fortran) strides
    }
  }

  private static double[] randomData(Random rnd, int n) {
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = rnd.nextInt(2000) - 1000;
    }
    return d;
  }

  /**
   * Random ints (in range), slices, newaxes and at most one ellipsis, consuming at most ndim axes.
   */
  private static Object[] randomIndex(Random rnd, int[] shape) {
    int nd = shape.length;
    List<Object> items = new ArrayList<>();
    int consumed = rnd.nextInt(nd + 1);
    boolean ellipsis = false;
    for (int i = 0; i < consumed; i++) {
      if (rnd.nextInt(8) == 0) {
        items.add(rnd.nextBoolean() ? null : NewAxis.INSTANCE);
      }
      if (!ellipsis && rnd.nextInt(8) == 0) {
        items.add(Ellipsis.INSTANCE);
        ellipsis = true;
      }
      items.add(rnd.nextInt(3) == 0 ? (Object) 0L : randomSlice(rnd));
    }
    if (rnd.nextInt(6) == 0) {
      items.add(null);
    }
    // now that the ellipsis is placed, give each integer a valid value for the axis it indexes
    int axis = 0;
    for (int i = 0; i < items.size(); i++) {
      Object o = items.get(i);
      if (o == Ellipsis.INSTANCE) {
        axis += nd - consumed;
      } else if (o instanceof Long) {
        int n = shape[axis++];
        items.set(i, n == 0 ? randomSlice(rnd) : (Object) (long) (rnd.nextInt(2 * n) - n));
      } else if (o instanceof Slice) {
        axis++;
      }
    }
    return items.toArray();
  }

  private static Slice randomSlice(Random rnd) {
    Long start = rnd.nextInt(3) == 0 ? null : (long) (rnd.nextInt(13) - 6);
    Long stop = rnd.nextInt(3) == 0 ? null : (long) (rnd.nextInt(13) - 6);
    Long step =
        rnd.nextInt(3) == 0 ? null : (long) ((1 + rnd.nextInt(3)) * (rnd.nextBoolean() ? 1 : -1));
    return new Slice(start, stop, step);
  }

  private static boolean isScalarIndex(Object[] items, int nd) {
    if (items.length != nd) {
      return false;
    }
    for (Object o : items) {
      if (!(o instanceof Long)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The reference: expands the ellipsis, lists the positions every item selects on its axis (a
   * slice by filtering 0..n-1 with Python's rules, not through {@link Slice#indices}), and
   * enumerates output coordinates in C order.
   */
  private static Selection select(int[] shape, Object[] items) {
    int nd = shape.length;
    int consumed = 0;
    for (Object o : items) {
      consumed += o instanceof Long || o instanceof Slice ? 1 : 0;
    }
    List<int[]> choices = new ArrayList<>(); // per output axis
    List<Integer> axisOf = new ArrayList<>(); // parent axis, -1 for a new axis
    int[] fixed = new int[nd];
    int axis = 0;
    List<Object> full = new ArrayList<>();
    for (Object o : items) {
      if (o == Ellipsis.INSTANCE) {
        for (int k = 0; k < nd - consumed; k++) {
          full.add(Slice.all());
        }
      } else {
        full.add(o);
      }
    }
    while (full.stream().filter(o -> o instanceof Long || o instanceof Slice).count() < nd) {
      full.add(Slice.all());
    }
    for (Object o : full) {
      if (o == null || o == NewAxis.INSTANCE) {
        choices.add(new int[] {0});
        axisOf.add(-1);
      } else if (o instanceof Long) {
        long i = (Long) o;
        fixed[axis] = (int) (i < 0 ? i + shape[axis] : i);
        axis++;
      } else {
        choices.add(slicePositions((Slice) o, shape[axis]));
        axisOf.add(axis++);
      }
    }
    int[] out = new int[choices.size()];
    for (int d = 0; d < out.length; d++) {
      out[d] = choices.get(d).length;
    }
    int[] cs = Shape.cStrides(shape);
    int total = Shape.size(out);
    int[] flat = new int[total];
    int[] coord = new int[out.length];
    for (int k = 0; k < total; k++) {
      int[] parent = fixed.clone();
      for (int d = 0; d < out.length; d++) {
        if (axisOf.get(d) >= 0) {
          parent[axisOf.get(d)] = choices.get(d)[coord[d]];
        }
      }
      for (int d = 0; d < nd; d++) {
        flat[k] += parent[d] * cs[d];
      }
      for (int d = out.length - 1; d >= 0 && ++coord[d] == out[d]; d--) {
        coord[d] = 0;
      }
    }
    return new Selection(out, flat);
  }

  private static int[] slicePositions(Slice s, int n) {
    long step = s.step() == null ? 1 : s.step();
    List<Integer> out = new ArrayList<>();
    if (step > 0) {
      // a start before the array is clamped to 0 before stepping (Python's rule)
      long from = s.start() == null ? 0 : Math.max(s.start() < 0 ? s.start() + n : s.start(), 0);
      long to = s.stop() == null ? n : s.stop() < 0 ? s.stop() + n : s.stop();
      for (int i = 0; i < n; i++) {
        if (i >= from && i < to && (i - from) % step == 0) {
          out.add(i);
        }
      }
    } else {
      // going down, a start past the end is clamped to the last element before stepping
      long from =
          s.start() == null ? n - 1 : Math.min(s.start() < 0 ? s.start() + n : s.start(), n - 1);
      long to = s.stop() == null ? -1 : s.stop() < 0 ? s.stop() + n : s.stop();
      for (int i = n - 1; i >= 0; i--) {
        if (i <= from && i > to && (from - i) % -step == 0) {
          out.add(i);
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static String show(Object[] items) {
    return Arrays.toString(items);
  }
}
