package ddl.stdlib.linalg;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Runs the Hilbert cases of hilbert_haswell.json in a JVM whose OpenBLAS was started with the
 * kernels numpy used for them (SameKernelTest sets OPENBLAS_CORETYPE): prints each failure and
 * the count, and exits with 1 if any case failed.
 */
public final class SameKernelProbe {
  private SameKernelProbe() {}

  public static void main(String[] args) throws IOException {
    JsonNode root;
    try (InputStream in = SameKernelProbe.class.getResourceAsStream("/linalg/hilbert_haswell.json")) {
      root = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
          .readTree(in);
    }
    int failed = 0;
    int run = 0;
    for (JsonNode c : root.get("cases")) {
      for (boolean strided : new boolean[] {false, true}) {
        run++;
        try {
          LinalgGoldenTest.check(c, strided, strided ? 0 : Long.MAX_VALUE);
        } catch (Throwable e) {
          failed++;
          System.out.println("case " + c.get("id").asInt() + " " + c.get("fn").asText()
              + (strided ? " [strided, BLAS]" : "") + ": " + e.getMessage());
        }
      }
    }
    System.out.println(failed + " of " + run + " failed");
    System.exit(failed == 0 ? 0 : 1);
  }
}
