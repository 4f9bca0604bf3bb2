package ddl.bench;

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
 * {@code x.sum(axis=0)} (down the columns: whole rows added into the result) and {@code
 * x.sum(axis=1)} (along each contiguous row: numpy's pairwise sum) of a 1000×1000 float64 C-order
 * array.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {Jvm.GC, Jvm.YOUNG, Jvm.THP, Jvm.TIERED, Jvm.STACK, Jvm.OPEN_NIO, Jvm.OPEN_CH})
public class ReduceBench {
  Tensor x;

  @Setup
  public void setup() {
    x = Creation.rand(new Rng(42), 1000, 1000);
  }

  @Benchmark
  public Tensor sumAxis0() {
    return x.sum(false, 0);
  }

  @Benchmark
  public Tensor sumAxis1() {
    return x.sum(false, 1);
  }
}
