package ddl.stdlib.plot;

/**
 * How data values map onto an axis before the linear step to the screen: as they are, as their
 * log10 (non-positive values have no place and become NaN, as matplotlib leaves them out), or
 * negated, for an image axis that counts rows downwards.
 */
enum Scale {
  LINEAR,
  LOG,
  INVERTED;

  /** The axis coordinate of a data value (NaN where it cannot be placed). */
  double apply(double v) {
    switch (this) {
      case LOG:
        return v > 0 ? Math.log10(v) : Double.NaN;
      case INVERTED:
        return -v;
      default:
        return v;
    }
  }

  /** The data value of an axis coordinate. */
  double invert(double t) {
    switch (this) {
      case LOG:
        return Math.pow(10, t);
      case INVERTED:
        return -t;
      default:
        return t;
    }
  }
}
