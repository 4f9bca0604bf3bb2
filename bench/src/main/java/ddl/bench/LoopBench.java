package ddl.bench;

import ddl.stdlib.Ops;
import ddl.stdlib.Rng;
import ddl.stdlib.Tensor;
import ddl.stdlib.create.Creation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A loop of 1000 adds on 1e6 float64 elements, as a training loop runs it: {@code acc = acc + y} (a
 * new 8 MB result each time, the old one garbage) and {@code acc += y} (in place). The time is per
 * loop of 1000; {@link LoopMemory} runs the same loops and reports the process's memory.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {Jvm.GC, Jvm.YOUNG, Jvm.THP, Jvm.TIERED, Jvm.STACK, Jvm.OPEN_NIO, Jvm.OPEN_CH})
public class LoopBench {
  static final int N = 1_000_000;
  static final int ADDS = 1000;

  Tensor x;
  Tensor y;

  @Setup
  public void setup() {
    Rng rng = new Rng(42);
    x = Creation.rand(rng, N);
    y = Creation.rand(rng, N);
  }

  @Benchmark
  public Tensor loopAdd() {
    Tensor acc = x;
    for (int i = 0; i < ADDS; i++) {
      acc = acc.add(y);
    }
    return acc;
  }

  @Benchmark
  public Tensor loopAddInPlace() {
    Tensor acc = x.copy();
    for (int i = 0; i < ADDS; i++) {
      acc.addInPlace(y);
    }
    return acc;
  }

  /**
   * {@code acc = x} then 1000 × {@code acc = acc + y} as the dsl compiles it: the first sum is a new
   * tensor, each later one is written into it.
   */
  @Benchmark
  public Object loopAddAssign() {
    Object acc = x;
    for (int i = 0; i < ADDS; i++) {
      acc = Ops.addTo(acc, y, acc);
    }
    return acc;
  }
}
