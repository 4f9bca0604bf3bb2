package ddl.bench;

/**
 * The JVM options of every benchmark fork: those of the {@code ddl} launcher, so the figures are
 * what users get (the parallel collector, C2, the add-opens ND4J needs). The heap is left at the
 * JVM's default (a quarter of RAM), as the launcher does.
 */
final class Jvm {
  private Jvm() {}

  static final String GC = "-XX:+UseParallelGC";
  static final String TIERED = "-XX:TieredStopAtLevel=4";
  static final String STACK = "-Xss16m";
  static final String OPEN_NIO = "--add-opens=java.base/java.nio=ALL-UNNAMED";
  static final String OPEN_CH = "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED";
}
