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
  /** The variable {@code c = a @ b} assigns, run again and again. */
  Object c;

  @Setup
  public void setup() {
    Rng rng = new Rng(42);
    a = Creation.rand(rng, n, n);
    b = Creation.rand(rng, n, n);
    c = null;
  }

  @Benchmark
  public Tensor matmul() {
    return a.matmul(b);
  }

  /** {@code c = a @ b} as the dsl compiles it: the product written into c's tensor, no new array. */
  @Benchmark
  public Object matmulAssign() {
    c = Ops.matmulTo(a, b, c);
    return c;
  }
}
