package ddl.stdlib;

import java.util.Arrays;

/** Shape arithmetic shared by every operation: sizes, C-order strides, broadcasting, axes. */
public final class Shape {
  private Shape() {}

  /** The number of elements of a shape; the product of an empty shape is 1. */
  public static int size(int[] shape) {
    long n = 1;
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimensions are not allowed");
      }
      n *= d;
    }
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("array is too big; at most 2^31 elements are supported");
    }
    return (int) n;
  }

  /** C-order (row-major) strides, in elements. */
  public static int[] cStrides(int[] shape) {
    int[] s = new int[shape.length];
    int acc = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      s[i] = acc;
      acc *= Math.max(shape[i], 1);
    }
    return s;
  }

  /** The broadcast shape of two shapes, with numpy's error when they do not broadcast. */
  public static int[] broadcast(int[] a, int[] b) {
    int n = Math.max(a.length, b.length);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      int da = i < n - a.length ? 1 : a[i - (n - a.length)];
      int db = i < n - b.length ? 1 : b[i - (n - b.length)];
      if (da == db || db == 1) {
        out[i] = da;
      } else if (da == 1) {
        out[i] = db;
      } else {
        throw new IllegalArgumentException(
            "operands could not be broadcast together with shapes "
                + compact(a)
                + " "
                + compact(b));
      }
    }
    return out;
  }

  /**
   * The strides that read an array of {@code shape} and {@code strides} as if it had the broadcast
   * shape {@code target}: 0 along broadcast axes.
   */
  public static int[] broadcastStrides(int[] shape, int[] strides, int[] target) {
    int[] out = new int[target.length];
    int shift = target.length - shape.length;
    for (int i = shape.length - 1; i >= 0; i--) {
      out[i + shift] = shape[i] == 1 && target[i + shift] != 1 ? 0 : strides[i];
    }
    return out;
  }

  /** Python's tuple text: {@code (3, 4)}, {@code (3,)}, {@code ()}. */
  public static String toString(int[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(shape[i]);
    }
    return sb.append(')').toString();
  }

  /** numpy's compact form used in broadcast errors: {@code (3,)}, {@code (2,3)}. */
  public static String compact(int[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(shape[i]);
    }
    return sb.append(')').toString();
  }

  /** An axis in {@code [-ndim, ndim)} made non-negative, or numpy's AxisError. */
  public static int normalizeAxis(int axis, int ndim) {
    if (axis < -ndim || axis >= ndim) {
      throw new AxisError(axis, ndim);
    }
    return axis < 0 ? axis + ndim : axis;
  }

  /** Normalised, checked axes; a repeated axis is numpy's ValueError. */
  public static boolean[] axisMask(int[] axes, int ndim) {
    boolean[] mask = new boolean[ndim];
    for (int a : axes) {
      int n = normalizeAxis(a, ndim);
      if (mask[n]) {
        throw new IllegalArgumentException("duplicate value in 'axis'");
      }
      mask[n] = true;
    }
    return mask;
  }

  public static boolean equal(int[] a, int[] b) {
    return Arrays.equals(a, b);
  }
}
