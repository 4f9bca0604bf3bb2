package ddl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestTest {

  private static final List<String> BUILTINS =
      List.of("linspace", "arange", "zeros", "ones", "sum", "mean", "max", "min", "x", "phi");

  @Test
  void typosFindTheIntendedName() {
    assertEquals(Optional.of("linspace"), Suggest.closest("linspase", BUILTINS));
    assertEquals(Optional.of("linspace"), Suggest.closest("lnispace", BUILTINS));
    assertEquals(Optional.of("arange"), Suggest.closest("arrange", BUILTINS));
    assertEquals(Optional.of("zeros"), Suggest.closest("Zeros", BUILTINS));
    assertEquals(Optional.of("mean"), Suggest.closest("maen", BUILTINS));
  }

  @Test
  void unrelatedOrShortNamesFindNothing() {
    assertEquals(Optional.empty(), Suggest.closest("y", BUILTINS));
    assertEquals(Optional.empty(), Suggest.closest("gradient", BUILTINS));
    assertEquals(Optional.empty(), Suggest.closest("sum", BUILTINS));
  }

  @Test
  void distanceCountsTranspositionsAsOneEdit() {
    assertEquals(1, Suggest.distance("maen", "mean"));
    assertEquals(3, Suggest.distance("kitten", "sitting"));
    assertEquals(0, Suggest.distance("", ""));
  }
}
