package ddl.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Latency as a front end sees it, over real sockets (not a test: run by bench/kernel_latency.sh):
 * kernel start to its first {@code kernel_info_reply}, and {@code execute_request} of {@code 1 + 1}
 * to its {@code execute_reply} on a warm kernel. Prints medians and spreads.
 */
public final class KernelLatency {
  private KernelLatency() {}

  public static void main(String[] args) throws Exception {
    int starts = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    Path dir = Files.createTempDirectory("ddl-kernel-bench");
    double[] start = new double[starts];
    double[] startCpu = new double[starts];
    for (int i = 0; i < starts; i++) {
      long t0 = System.nanoTime();
      try (KernelClient k = new KernelClient(dir)) {
        String id = null;
        KernelClient.Received r = null;
        while (r == null) {
          id = k.send(k.shell, "kernel_info_request", KernelClient.JSON.createObjectNode());
          r = k.reply(k.shell, id, 100);
        }
        start[i] = (System.nanoTime() - t0) / 1e6;
        startCpu[i] = cpuMs(k.process);
      }
    }
    print("kernel start to kernel_info reply", start);
    // the CPU the kernel process used until then: what the start costs on an idle machine
    print("  CPU time of the kernel until then", startCpu);

    try (KernelClient k = new KernelClient(dir)) {
      k.ready(60_000);
      double[] exec = new double[runs];
      double[] idle = new double[runs];
      double cpu0 = 0;
      for (int i = 0; i < runs + 50; i++) {
        if (i == 50) {
          cpu0 = cpuMs(k.process);
        }
        long t0 = System.nanoTime();
        var c = KernelClient.JSON.createObjectNode().put("code", "1 + 1");
        String id = k.send(k.shell, "execute_request", c);
        k.reply(k.shell, id, 10_000);
        long t1 = System.nanoTime();
        k.iopubUntilIdle(id, 10_000);
        long t2 = System.nanoTime();
        if (i >= 50) { // the first 50 warm the JIT up
          exec[i - 50] = (t1 - t0) / 1e6;
          idle[i - 50] = (t2 - t0) / 1e6;
        }
      }
      double cpuEach = (cpuMs(k.process) - cpu0) / runs;
      print("execute 1 + 1 to execute_reply (warm)", exec);
      print("execute 1 + 1 to status idle (warm)", idle);
      System.out.println(
          String.format(
              Locale.ROOT,
              "  CPU time of the kernel per execute (all its threads): %.1f ms",
              cpuEach));
    }
  }

  /** The CPU time the process has used so far (all threads, the launcher's shell before exec). */
  private static double cpuMs(Process p) {
    return p.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
  }

  private static void print(String what, double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-40s median %8.1f ms   min %8.1f   p90 %8.1f   (n=%d)",
            what,
            s[s.length / 2],
            s[0],
            s[(int) (s.length * 0.9)],
            s.length));
  }
}
