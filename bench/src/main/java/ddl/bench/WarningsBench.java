package ddl.bench;

import ddl.stdlib.Context;
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
 * float64 {@code +} and {@code *} as a session's statements run them: a {@link Context} bound to
 * the thread, so the kernels look for numpy's overflow and invalid-value warnings (the plain Java
 * API, with no session, prints none and skips that). No result here is inf or nan. Run on two trees
 * by {@code bench/compare.sh} to see what the warnings cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {Jvm.GC, Jvm.YOUNG, Jvm.THP, Jvm.TIERED, Jvm.STACK, Jvm.OPEN_NIO, Jvm.OPEN_CH})
public class WarningsBench {
  @Param({"10", "1000", "1000000"})
  int n;

  Tensor x;
  Tensor y;
  /** The variable of {@code z = x + y}, written into again and again. */
  Object z;
  /** The left operand of {@code acc += y}. */
  Tensor acc;

  @Setup
  public void setup() {
    // a thread-scoped state is set up on the thread that runs the benchmark
    new Context(System.out, System.err).statement();
    Rng rng = new Rng(42);
    x = Creation.rand(rng, n);
    y = Creation.rand(rng, n);
    z = null;
    acc = x.copy();
  }

  /** {@code x + y}, a new tensor. */
  @Benchmark
  public Tensor add() {
    return x.add(y);
  }

  /** {@code z = x + y} as the dsl compiles it: written into z's tensor. */
  @Benchmark
  public Object addAssign() {
    z = Ops.addTo(x, y, z);
    return z;
  }

  /** {@code acc += y}. */
  @Benchmark
  public Tensor addInPlace() {
    return acc.addInPlace(y);
  }

  /** {@code x * y}, a new tensor. */
  @Benchmark
  public Tensor mul() {
    return x.mul(y);
  }

  /** {@code z = x * y} as the dsl compiles it. */
  @Benchmark
  public Object mulAssign() {
    z = Ops.mulTo(x, y, z);
    return z;
  }
}
