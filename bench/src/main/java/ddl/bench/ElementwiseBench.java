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

/**
 * Allocating elementwise float64 ops, as {@code x + y}, {@code x * y} and {@code 2*x + 1} are in
 * ddl: each call returns a new tensor. n = 10 measures the fixed cost of one op (dispatch,
 * promotion, broadcasting set-up, allocation); n = 1e6 (8 MB per array) the kernel and memory.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {Jvm.GC, Jvm.YOUNG, Jvm.THP, Jvm.TIERED, Jvm.STACK, Jvm.OPEN_NIO, Jvm.OPEN_CH})
public class ElementwiseBench {
  @Param({"10", "1000", "1000000"})
  int n;

  Tensor x;
  Tensor y;
  /** The ddl variable a statement such as {@code z = x + y} assigns, run again and again. */
  Object z;
  /** The output tensor of {@code x.add(y, out)}. */
  Tensor out;

  @Setup
  public void setup() {
    Rng rng = new Rng(42);
    x = Creation.rand(rng, n);
    y = Creation.rand(rng, n);
    z = null;
    out = Tensor.empty(ddl.stdlib.DType.FLOAT64, n);
  }

  /** {@code x + y}: two tensors of one shape. */
  @Benchmark
  public Tensor add() {
    return x.add(y);
  }

  /** {@code x * y}. */
  @Benchmark
  public Tensor mul() {
    return x.mul(y);
  }

  /** {@code 2*x + 1}: two ops with Python-int literals (weak scalars), one temporary. */
  @Benchmark
  public Tensor axpb() {
    return x.mul(2L).add(1L);
  }

  /**
   * {@code 2*x + 1} as the language compiles it: the product is a fresh temporary, so the dsl emits
   * {@code addFresh}, which adds 1 into it instead of allocating a second array (numpy does the
   * same with its temporaries).
   */
  @Benchmark
  public Object axpbDsl() {
    return Ops.addFresh(Ops.mul(2L, x), 1L);
  }

  /**
   * The statement {@code z = x + y} as the dsl compiles it, run again and again (a REPL line
   * repeated, a loop body): the result is written into the tensor z alone holds, the memory numpy's
   * reference counting would hand back.
   */
  @Benchmark
  public Object addAssign() {
    z = Ops.addTo(x, y, z);
    return z;
  }

  /** {@code z = x * y} as the dsl compiles it. */
  @Benchmark
  public Object mulAssign() {
    z = Ops.mulTo(x, y, z);
    return z;
  }

  /** {@code z = 2*x + 1} as the dsl compiles it: 2*x written into z, 1 added into that. */
  @Benchmark
  public Object axpbAssign() {
    z = Ops.owned(Ops.addFresh(Ops.mulTo(2L, x, z), 1L));
    return z;
  }

  /** {@code x.add(y, out)}: the Java API with numpy's {@code out=}, against {@code np.add(x, y, out=o)}. */
  @Benchmark
  public Tensor addOut() {
    return x.add(y, out);
  }
}
