package ddl.bench;

import ddl.stdlib.Rng;
import ddl.stdlib.Tensor;
import ddl.stdlib.create.Creation;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Runs rounds of the loop of {@link LoopBench} (1000 adds on 1e6 float64 elements) and prints, as
 * one JSON object, the wall time of each round and the process's memory after it: resident set
 * (VmRSS), its peak so far (VmHWM), the Java heap in use and committed, and the collector's work.
 * Memory is bounded when the peak stops growing after the first round.
 *
 * <p>Usage: {@code java [jvm flags] -cp ... ddl.bench.LoopMemory add|assign|inplace [rounds]}
 */
public final class LoopMemory {
  private LoopMemory() {}

  public static void main(String[] args) throws IOException {
    String mode = args.length > 0 ? args[0] : "add";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Rng rng = new Rng(42);
    Tensor x = Creation.rand(rng, LoopBench.N);
    Tensor y = Creation.rand(rng, LoopBench.N);
    long rss0 = status("VmRSS");
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "{\"mode\":\"%s\",\"gc\":\"%s\",\"maxHeapMB\":%d,"
                + "\"rssBeforeMB\":%.1f,\"rounds\":[",
            mode,
            collectors(),
            Runtime.getRuntime().maxMemory() >> 20,
            rss0 / 1024.0));
    double checksum = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      Tensor acc = mode.equals("inplace") ? x.copy() : x;
      for (int i = 0; i < LoopBench.ADDS; i++) {
        switch (mode) {
          case "inplace":
            acc = acc.addInPlace(y);
            break;
          case "assign": // acc = acc + y as the dsl compiles it
            acc = (Tensor) ddl.stdlib.Ops.addTo(acc, y, acc);
            break;
          default:
            acc = acc.add(y);
        }
      }
      long t1 = System.nanoTime();
      checksum += acc.getDouble(0);
      Runtime rt = Runtime.getRuntime();
      sb.append(r == 0 ? "" : ",")
          .append(
              String.format(
                  Locale.ROOT,
                  "{\"seconds\":%.3f,\"rssMB\":%.1f,\"hwmMB\":%.1f,\"heapUsedMB\":%.1f,"
                      + "\"heapCommittedMB\":%.1f,\"gcCount\":%d,\"gcMillis\":%d}",
                  (t1 - t0) / 1e9,
                  status("VmRSS") / 1024.0,
                  status("VmHWM") / 1024.0,
                  (rt.totalMemory() - rt.freeMemory()) / 1048576.0,
                  rt.totalMemory() / 1048576.0,
                  gcCount(),
                  gcMillis()));
    }
    sb.append("],\"checksum\":").append(checksum).append('}');
    System.out.println(sb);
  }

  /** A field of /proc/self/status in kB (0 where there is no /proc). */
  static long status(String field) throws IOException {
    Path p = Path.of("/proc/self/status");
    if (!Files.exists(p)) {
      return 0;
    }
    for (String line : Files.readAllLines(p)) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return 0;
  }

  static String collectors() {
    StringBuilder sb = new StringBuilder();
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      sb.append(sb.length() == 0 ? "" : "+").append(b.getName());
    }
    return sb.toString();
  }

  static long gcCount() {
    long c = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      c += Math.max(0, b.getCollectionCount());
    }
    return c;
  }

  static long gcMillis() {
    long c = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      c += Math.max(0, b.getCollectionTime());
    }
    return c;
  }
}
