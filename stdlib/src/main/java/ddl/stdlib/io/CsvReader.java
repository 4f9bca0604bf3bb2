package ddl.stdlib.io;

import ddl.stdlib.Tensor;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a numeric CSV file with a header row into a {@link Table}, as pandas' {@code read_csv}
 * would for numbers: a column is int64 when every cell is an integer, float64 otherwise; empty
 * cells and {@code NA}/{@code nan} are NaN. Errors name the file, the line and the column.
 */
final class CsvReader {
  private final String name;
  private final String text;

  /** Character offsets where each line starts, to turn a record's position into a line number. */
  private final int[] lineStarts;

  private CsvReader(String name, String text) {
    this.name = name;
    this.text = text;
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The table in the file at {@code path} (relative to the working directory); errors name it as
   * given.
   */
  static Table read(String path) {
    String text;
    try {
      text = utf8(path, Files.readAllBytes(Path.of(path)));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("readcsv: no such file: '" + path + "'");
    } catch (IOException e) {
      throw new UncheckedIOException("readcsv: cannot read '" + path + "': " + e.getMessage(), e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new CsvReader(path, text).parse();
  }

  /**
   * The text of a UTF-8 file; for other bytes (a binary file, another encoding) an error naming the
   * file and the offset of the first byte that is not UTF-8, where Java's decoder says only
   * "Input length = 1".
   */
  private static String utf8(String path, byte[] bytes) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      throw new IllegalArgumentException(String.format(
          "readcsv: '%s' is not a UTF-8 text file (invalid byte 0x%02X at offset %d)",
          path, bytes[in.position()] & 0xff, in.position()));
    }
    d.flush(out);
    return out.flip().toString();
  }

  private Table parse() {
    List<CSVRecord> records;
    try (CSVParser p =
        CSVFormat.DEFAULT.builder().setTrim(true).get().parse(new StringReader(text))) {
      records = p.getRecords();
    } catch (IOException | IllegalStateException e) {
      throw new IllegalArgumentException(name + ": not a valid CSV file: " + e.getMessage());
    }
    if (records.isEmpty()) {
      throw new IllegalArgumentException(name + ": the file is empty (expected a header row)");
    }
    CSVRecord header = records.get(0);
    int cols = header.size();
    String[] names = header.values();
    int n = records.size() - 1;
    double[][] values = new double[cols][n];
    boolean[] integral = new boolean[cols];
    Arrays.fill(integral, true);
    long[][] longs = new long[cols][n];
    for (int r = 0; r < n; r++) {
      CSVRecord rec = records.get(r + 1);
      int line = line(rec.getCharacterPosition());
      if (rec.size() != cols) {
        throw new IllegalArgumentException(
            name
                + ":"
                + line
                + ": expected "
                + cols
                + " columns, as the header has, found "
                + rec.size());
      }
      for (int c = 0; c < cols; c++) {
        String cell = rec.get(c);
        Long asLong = integral[c] ? parseLong(cell) : null;
        if (asLong != null) {
          longs[c][r] = asLong;
          values[c][r] = asLong;
          continue;
        }
        integral[c] = false;
        values[c][r] = parseDouble(cell, line, names[c]);
      }
    }
    Map<String, Tensor> columns = new LinkedHashMap<>();
    for (int c = 0; c < cols; c++) {
      if (columns.containsKey(names[c])) {
        throw new IllegalArgumentException(name + ":1: column '" + names[c] + "' appears twice");
      }
      columns.put(
          names[c], integral[c] && n > 0 ? Tensor.wrap(longs[c], n) : Tensor.wrap(values[c], n));
    }
    return new Table(columns);
  }

  private int line(long position) {
    int i = Arrays.binarySearch(lineStarts, (int) position);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  private static Long parseLong(String cell) {
    int start = cell.startsWith("-") || cell.startsWith("+") ? 1 : 0;
    if (cell.length() == start || cell.length() > 18) {
      return null;
    }
    for (int i = start; i < cell.length(); i++) {
      if (cell.charAt(i) < '0' || cell.charAt(i) > '9') {
        return null;
      }
    }
    return Long.parseLong(cell);
  }

  private double parseDouble(String cell, int line, String column) {
    switch (cell) {
      case "":
      case "NA":
      case "NaN":
      case "nan":
        return Double.NaN;
      case "inf":
      case "+inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        break;
    }
    try {
      // Java also accepts "1d", "0x1p3" and "Infinity"; CSV numbers are plain decimals
      if (!cell.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
        throw new NumberFormatException();
      }
      return Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + ":" + line + ": column '" + column + "': '" + cell + "' is not a number");
    }
  }
}
