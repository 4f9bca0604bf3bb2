package ddl.stdlib;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Python's {@code range(start, stop, step)}: an iterable of Longs, printed as {@code range(0, 5)}. */
public record Range(long start, long stop, long step) implements Iterable<Object> {
  public Range {
    if (step == 0) {
      throw new IllegalArgumentException("range() arg 3 must not be zero");
    }
  }

  public long length() {
    long n = step > 0 ? (stop - start + step - 1) / step : (start - stop - step - 1) / -step;
    return Math.max(0, n);
  }

  @Override
  public Iterator<Object> iterator() {
    return new Iterator<>() {
      long next = start;

      @Override
      public boolean hasNext() {
        return step > 0 ? next < stop : next > stop;
      }

      @Override
      public Object next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        long v = next;
        next += step;
        return v;
      }
    };
  }

  @Override
  public String toString() {
    return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
  }
}
