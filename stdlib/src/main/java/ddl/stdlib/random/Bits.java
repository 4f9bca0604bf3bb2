package ddl.stdlib.random;

/** A bit generator as numpy's distributions see it: 32- and 64-bit words and doubles. */
public interface Bits {
  int next32();

  long next64();

  double nextDouble();
}
