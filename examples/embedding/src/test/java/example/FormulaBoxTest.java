package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the example application as the build's check that embedding works from a jar. */
class FormulaBoxTest {
  @Test
  void runs() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FormulaBox.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(out);
    assertEquals("total: 114.5", out.lines().findFirst().orElse(""));
    assertEquals(true, out.contains("operands could not be broadcast together"), out);
    assertEquals(true, out.contains("discounted 20.0: 18.0"), out);
    assertEquals(true, out.contains("half price: [ 5."), out);
  }
}
