package ddl.stdlib.io;

import ddl.stdlib.Args;
import ddl.stdlib.Builtin;

/** Reading data files. */
public final class IoBuiltins {
  private IoBuiltins() {}

  @Builtin(
      doc =
          "reads a CSV file with a header row: a table of columns by name (t[\"speed\"], t.speed),"
              + " int64 where every cell is an integer, float64 otherwise",
      example = "t = readcsv(\"examples/data/cars.csv\"); t[\"speed\"][0]  # => 4")
  public static Table readcsv(Object path) {
    if (!(path instanceof String)) {
      throw new IllegalArgumentException(
          "readcsv: expected a file name as a string, found " + Args.describe(path));
    }
    return CsvReader.read((String) path);
  }
}
