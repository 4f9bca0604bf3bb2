package ddl.stdlib.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import ddl.stdlib.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Indexing against numpy's own results: the getitem cases of the shared golden file, and the cases
 * of {@code index/make_cases.py} (masks, integer arrays, assignment, errors), each on a contiguous
 * input and on a strided view of a larger buffer.
 */
class NumpyIndexTest {
  enum Storage {
    CONTIGUOUS(UnaryOperator.identity()),
    STRIDED(IndexFixtures::strided);

    final UnaryOperator<Tensor> make;

    Storage(UnaryOperator<Tensor> make) {
      this.make = make;
    }
  }

  @TestFactory
  Stream<DynamicTest> goldenGetitem() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : IndexFixtures.load("/golden/numpy_golden.json").get("cases")) {
      if (!c.get("op").asText().equals("getitem")) {
        continue;
      }
      // the golden file writes numpy scalars as 0-d arrays: an int on every axis gives a scalar
      boolean scalar = allInts(c.get("args").get(1), c.get("args").get(0));
      for (Storage s : Storage.values()) {
        String name = c.get("id").asText() + " " + c.get("expr").asText() + " [" + s + "]";
        tests.add(DynamicTest.dynamicTest(name, () -> checkGet(c, s, scalar, false)));
      }
    }
    assertEquals(37 * 2, tests.size());
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> generatedCases() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : IndexFixtures.load("/index/index_cases.json").get("cases")) {
      boolean scalar = c.path("scalar").asBoolean(false);
      boolean set = c.get("op").asText().equals("setitem");
      for (Storage s : Storage.values()) {
        String name = c.get("id").asText() + " " + c.get("args").get(1) + " [" + s + "]";
        tests.add(
            DynamicTest.dynamicTest(
                name,
                () -> {
                  if (set) {
                    checkSet(c, s);
                  } else {
                    checkGet(c, s, scalar, true);
                  }
                }));
      }
    }
    return tests.stream();
  }

  private static void checkGet(JsonNode c, Storage s, boolean scalar, boolean nullNewAxis) {
    Tensor a = s.make.apply(IndexFixtures.array(c.get("args").get(0)));
    Object[] items = IndexFixtures.items(c.get("args").get(1), nullNewAxis);
    JsonNode expected = c.get("expected");
    if (expected.has("error")) {
      Throwable t =
          assertThrows(
              IndexFixtures.exceptionFor(expected.get("error").asText()),
              () -> Indexing.get(a, items));
      assertEquals(expected.get("message").asText().trim(), t.getMessage().trim());
      return;
    }
    Object got = Indexing.get(a, items);
    if (scalar) {
      IndexFixtures.assertScalar(expected, got, "scalar result");
      return;
    }
    assertInstanceOf(Tensor.class, got, "numpy gave an array");
    Tensor r = (Tensor) got;
    IndexFixtures.assertArray(expected, r, "result");
    if (isBasic(items)) {
      assertTrue(r.sharesStorage(a), "basic indexing gives a view");
    } else {
      assertFalse(r.sharesStorage(a), "advanced indexing gives a copy");
    }
  }

  private static void checkSet(JsonNode c, Storage s) {
    Tensor a = s.make.apply(IndexFixtures.array(c.get("args").get(0)));
    Object[] items = IndexFixtures.items(c.get("args").get(1), true);
    Object value = IndexFixtures.value(c.get("value"));
    JsonNode expected = c.get("expected");
    if (expected.has("error")) {
      Throwable t =
          assertThrows(
              IndexFixtures.exceptionFor(expected.get("error").asText()),
              () -> Indexing.set(a, value, items));
      assertEquals(expected.get("message").asText().trim(), t.getMessage().trim());
      return;
    }
    Tensor before = Tensor.wrap(storageCopy(a), storageLength(a));
    Indexing.set(a, value, items);
    IndexFixtures.assertArray(expected, a, "array after assignment");
    // nothing outside the array's own elements changed (the gaps of a strided buffer)
    boolean[] mine = new boolean[storageLength(a)];
    for (int i = 0; i < a.size(); i++) {
      mine[a.storageIndex(i)] = true;
    }
    Tensor after = Tensor.wrap(storageCopy(a), storageLength(a));
    for (int p = 0; p < mine.length; p++) {
      if (!mine[p]) {
        assertEquals(before.get(p), after.get(p), "storage outside the array at " + p);
      }
    }
  }

  private static boolean allInts(JsonNode index, JsonNode array) {
    JsonNode items = index.get("index");
    if (items.size() != array.get("shape").size()) {
      return false;
    }
    for (JsonNode it : items) {
      if (!it.isIntegralNumber()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBasic(Object[] items) {
    for (Object o : items) {
      if (!(o == null
          || o instanceof Long
          || o instanceof Slice
          || o instanceof NewAxis
          || o instanceof Ellipsis)) {
        return false;
      }
    }
    return true;
  }

  private static int storageLength(Tensor a) {
    return a.doubleStorage() != null
        ? a.doubleStorage().length
        : a.longStorage() != null ? a.longStorage().length : a.boolStorage().length;
  }

  private static double[] storageCopy(Tensor a) {
    double[] out = new double[storageLength(a)];
    for (int p = 0; p < out.length; p++) {
      out[p] =
          a.doubleStorage() != null
              ? a.doubleStorage()[p]
              : a.longStorage() != null ? a.longStorage()[p] : a.boolStorage()[p] ? 1 : 0;
    }
    return out;
  }
}
