package ddl.stdlib.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ddl.stdlib.DType;
import ddl.stdlib.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** readcsv: column types as pandas chooses them, and errors that name line and column. */
class ReadCsvTest {
  @TempDir Path dir;

  private String write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p.toString();
  }

  @Test
  void integerColumnsAreInt64AndOthersFloat64() throws IOException {
    Table t = IoBuiltins.readcsv(write("t.csv", "a,b,c\n1,2.5,\n-3,4,7\n"));
    assertEquals(DType.INT64, t.get("a").dtype());
    assertArrayEquals(new long[] {1, -3}, t.get("a").toLongArray());
    assertEquals(DType.FLOAT64, t.get("b").dtype());
    assertEquals(DType.FLOAT64, t.get("c").dtype());
    assertEquals(Double.NaN, t.get("c").getDouble(0));
    assertEquals(t.get("b"), t.attr("b"));
    assertEquals(2, t.rows());
  }

  @Test
  void carsHasFiftyRows() throws Exception {
    Path p = Path.of(getClass().getResource("/data/cars.csv").toURI());
    Table t = IoBuiltins.readcsv(p.toString());
    Tensor speed = t.get("speed");
    assertArrayEquals(new int[] {50}, speed.shape());
    assertEquals(4L, speed.get(0));
    assertEquals(
        """
           speed  dist
        0      4     2
        1      4    10
        2      7     4
        3      7    22
        4      8    16
        5      9    10
        6     10    18
        7     10    26
        8     10    34
        9     11    17
        ... (50 rows, 2 columns)\
        """,
        t.toString());
  }

  @Test
  void missingFile() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IoBuiltins.readcsv("x.csv"));
    assertEquals("readcsv: no such file: 'x.csv'", e.getMessage());
  }

  @Test
  void binaryFileNamesTheFileAndTheFirstBadByte() throws IOException {
    Path p = dir.resolve("file.bin");
    Files.write(p, new byte[] {'a', ',', 'b', '\n', '1', ',', (byte) 0xff, 0, 7});
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IoBuiltins.readcsv(p.toString()));
    assertEquals(
        "readcsv: '" + p + "' is not a UTF-8 text file (invalid byte 0xFF at offset 6)",
        e.getMessage());
  }

  @Test
  void utf8NamesAndBomAreRead() throws IOException {
    String f = write("u.csv", "\uFEFFvitesse \u00e9,b\n1,2\n");
    Table t = IoBuiltins.readcsv(f);
    assertArrayEquals(new long[] {1}, t.get("vitesse \u00e9").toLongArray());
  }

  @Test
  void nonNumericCellNamesLineAndColumn() throws IOException {
    String f = write("cars.csv", "speed,dist\n4,2\n4,10\n7,4\n7,22\n8,16\n9,abc\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IoBuiltins.readcsv(f));
    assertEquals(f + ":7: column 'dist': 'abc' is not a number", e.getMessage());
  }

  @Test
  void raggedRowNamesLine() throws IOException {
    String f = write("r.csv", "a,b\n1,2\n3\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IoBuiltins.readcsv(f));
    assertEquals(f + ":3: expected 2 columns, as the header has, found 1", e.getMessage());
  }

  @Test
  void unknownColumnListsTheColumns() throws IOException {
    Table t = IoBuiltins.readcsv(write("t.csv", "a,b\n1,2\n"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.get("c"));
    assertEquals("no column 'c'; the columns are a, b", e.getMessage());
  }
}
