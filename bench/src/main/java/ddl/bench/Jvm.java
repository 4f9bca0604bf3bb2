package ddl.bench;

/**
 * The JVM options of every benchmark fork: those of the {@code ddl} launcher, so the figures are
 * what users get (the parallel collector with a 256 MB young generation on transparent huge pages,
 * C2, the add-opens ND4J needs). The heap's maximum is the JVM's default (a quarter of RAM), as in
 * the launcher. A capped young generation keeps reusing the same, already mapped eden pages for
 * large temporaries instead of growing eden to 1.5 GB of never-touched pages (bench/README.md).
 */
final class Jvm {
  private Jvm() {}

  static final String GC = "-XX:+UseParallelGC";
  static final String YOUNG = "-Xmn256m";
  static final String THP = "-XX:+UseTransparentHugePages";
  static final String TIERED = "-XX:TieredStopAtLevel=4";
  static final String STACK = "-Xss16m";
  static final String OPEN_NIO = "--add-opens=java.base/java.nio=ALL-UNNAMED";
  static final String OPEN_CH = "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED";
}
