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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** {@code a @ b} of two n×n float64 matrices: the BLAS path (ND4J's OpenBLAS) with its copies. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {Jvm.GC, Jvm.YOUNG, Jvm.THP, Jvm.TIERED, Jvm.STACK, Jvm.OPEN_NIO, Jvm.OPEN_CH})
public class MatmulBench {
  @Param({"1000", "2000"})
  int n;

  Tensor a;
  Tensor b;

  @Setup
  public void setup() {
    Rng rng = new Rng(42);
    a = Creation.rand(rng, n, n);
    b = Creation.rand(rng, n, n);
  }

  @Benchmark
  public Tensor matmul() {
    return a.matmul(b);
  }
}
