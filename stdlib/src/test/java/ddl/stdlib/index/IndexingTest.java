package ddl.stdlib.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ddl.stdlib.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Java API's own conventions: slices, iteration, scalar results, and the two mask paths. */
class IndexingTest {
  private static final Tensor A = Tensor.wrap(new long[] {1, 2, 3, 4, 5, 6}, 2, 3);

  @Test
  void sliceIndicesFollowPython() {
    // Python: slice(None, None, -1).indices(5) == (4, -1, -1); slice(-100, 100, 3).indices(5)
    Slice.Indices r = Slice.of(null, null, -1L).indices(5);
    assertEquals(List.of(4, -1, -1, 5), List.of(r.start(), r.stop(), r.step(), r.length()));
    r = Slice.of(-100L, 100L, 3L).indices(5);
    assertEquals(List.of(0, 5, 3, 2), List.of(r.start(), r.stop(), r.step(), r.length()));
    r = Slice.of(Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE).indices(5);
    assertEquals(1, r.length());
    assertEquals("slice(1, None, -2)", Slice.of(1L, null, -2L).toString());
    Throwable t =
        assertThrows(IllegalArgumentException.class, () -> Slice.of(0L, 1L, 0L).indices(3));
    assertEquals("slice step cannot be zero", t.getMessage());
  }

  @Test
  void scalarsOnEveryAxisAndZeroDimensionalViewsOtherwise() {
    assertEquals(6L, Indexing.get(A, 1, -1));
    assertEquals(6L, Indexing.get(A, 1L, 2));
    Tensor v = (Tensor) Indexing.get(A, 1, 2, Ellipsis.INSTANCE);
    assertEquals(0, v.ndim());
    Tensor w = Indexing.view(A, 1, 2);
    assertEquals(0, w.ndim());
    Indexing.set(w, 60, new Object[0]);
    assertEquals(60L, Indexing.get(A, 1, 2));
    Indexing.set(A, 6, 1, 2);
    assertEquals(1.5, Indexing.get(Tensor.scalar(1.5)));
    assertEquals(Boolean.TRUE, Indexing.get(Tensor.of(false, true), 1));
  }

  @Test
  void javaNullIsNewAxisAndIntArraysAreIndices() {
    assertArrayEquals(new int[] {1, 2, 3}, ((Tensor) Indexing.get(A, (Object) null)).shape());
    assertArrayEquals(new int[] {2, 1, 3}, ((Tensor) Indexing.get(A, Slice.all(), null)).shape());
    Tensor r = (Tensor) Indexing.get(A, Slice.all(), new int[] {2, 0});
    assertArrayEquals(new long[] {3, 1, 6, 4}, r.toLongArray());
    r = (Tensor) Indexing.get(A, new boolean[] {false, true});
    assertArrayEquals(new long[] {4, 5, 6}, r.toLongArray());
  }

  @Test
  void rowsIterateTheFirstAxis() {
    List<Object> rows = new ArrayList<>();
    for (Object row : Indexing.rows(A)) {
      rows.add(row);
    }
    assertEquals(2, rows.size());
    Tensor r1 = (Tensor) rows.get(1);
    assertTrue(r1.sharesStorage(A));
    assertArrayEquals(new long[] {4, 5, 6}, r1.toLongArray());
    assertEquals(5L, Indexing.row(r1, 1));
    assertEquals(6L, Indexing.row(r1, -1));
    Throwable t = assertThrows(IndexOutOfBoundsException.class, () -> Indexing.row(A, 2));
    assertEquals("index 2 is out of bounds for axis 0 with size 2", t.getMessage());
    t = assertThrows(IllegalArgumentException.class, () -> Indexing.rows(Tensor.scalar(1L)));
    assertEquals("iteration over a 0-d array", t.getMessage());
  }

  @Test
  void fullMaskPathAgreesWithGeneralPath() {
    Random rnd = new Random(5);
    for (int c = 0; c < 200; c++) {
      int[] shape = {1 + rnd.nextInt(4), 1 + rnd.nextInt(4), 1 + rnd.nextInt(3)};
      int n = shape[0] * shape[1] * shape[2];
      double[] d = new double[n];
      boolean[] m = new boolean[n];
      for (int i = 0; i < n; i++) {
        d[i] = rnd.nextInt(100);
        m[i] = rnd.nextBoolean();
      }
      Tensor a = IndexFixtures.strided(Tensor.wrap(d, shape));
      Tensor mask = Tensor.wrap(m, shape).T().copy().T(); // non-contiguous mask
      Tensor direct = (Tensor) Indexing.get(a, mask);
      Tensor general = (Tensor) Indexing.get(a, mask, Ellipsis.INSTANCE);
      assertArrayEquals(general.toDoubleArray(), direct.toDoubleArray());
      Tensor b = a.copy();
      Indexing.set(a, -1.0, mask);
      Indexing.set(b, -1.0, mask, Ellipsis.INSTANCE);
      assertArrayEquals(b.toDoubleArray(), a.toDoubleArray());
    }
  }

  @Test
  void assignmentReadsAnOverlappingValueFirst() {
    Tensor x = Tensor.of(1L, 2, 3, 4);
    Indexing.set(x, Indexing.get(x, Slice.of(null, null, -1L)), x.gt(0L));
    assertArrayEquals(new long[] {4, 3, 2, 1}, x.toLongArray());
    Indexing.set(x, Indexing.get(x, Slice.of(null, -1L)), List.of(1L, 2L, 3L));
    assertArrayEquals(new long[] {4, 4, 3, 2}, x.toLongArray());
  }
}
