package ddl.stdlib.linalg;

import ddl.stdlib.DType;
import ddl.stdlib.Shape;
import ddl.stdlib.Tensor;
import ddl.stdlib.math.Linalg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * numpy's {@code einsum} in the subscripts form. Repeated labels within an operand take its
 * diagonal (a view); labels of one operand that the output does not keep are summed away first;
 * the operands are then contracted left to right, each pair as one (batched) matrix product, so
 * the matmul-shaped cases ({@code ij,jk->ik}, {@code bij,bjk->bik}, {@code ij,kj->ik}) are BLAS
 * calls on views of the operands (see {@link Linalg#matmul}). A single operand is summed and
 * transposed, as a view where numpy returns one.
 */
public final class Einsum {
  private Einsum() {}

  /** An operand and the label of each of its axes. */
  private record Term(Tensor t, int[] labels) {}

  public static Object einsum(String subscripts, Tensor[] operands) {
    int[] ndims = new int[operands.length];
    for (int k = 0; k < operands.length; k++) {
      ndims[k] = operands[k].ndim();
    }
    EinsumSpec spec = EinsumSpec.parse(subscripts, ndims);
    boolean allBool = operands.length > 0;
    for (Tensor t : operands) {
      allBool &= t.dtype() == DType.BOOL;
    }
    List<Term> terms = new ArrayList<>();
    for (int k = 0; k < operands.length; k++) {
      Tensor t = allBool ? operands[k].astype(DType.INT64) : operands[k];
      terms.add(diagonal(t, spec.inputs[k], k));
    }
    checkSizes(terms, spec, operands);
    int[] out = spec.output;
    // labels of one operand only, not in the output: summed away before any product
    for (int k = 0; k < terms.size(); k++) {
      terms.set(k, sumOut(terms.get(k), others(terms, k, out)));
    }
    Term acc = terms.get(0);
    for (int k = 1; k < terms.size(); k++) {
      acc = contract(acc, terms.get(k), keepers(terms, k, out));
    }
    acc = sumOut(acc, out);
    Tensor r = arrange(acc, out);
    if (allBool) {
      r = r.ne(0L);
    }
    return r.ndim() == 0 ? r.item() : r;
  }

  /** The labels still needed after operands 0..k: the output's and those of later operands. */
  private static int[] keepers(List<Term> terms, int k, int[] out) {
    List<Integer> keep = new ArrayList<>();
    for (int l : out) {
      keep.add(l);
    }
    for (int j = k + 1; j < terms.size(); j++) {
      for (int l : terms.get(j).labels) {
        keep.add(l);
      }
    }
    return keep.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The output's labels and those of every operand but k. */
  private static int[] others(List<Term> terms, int k, int[] out) {
    List<Integer> keep = new ArrayList<>();
    for (int l : out) {
      keep.add(l);
    }
    for (int j = 0; j < terms.size(); j++) {
      if (j != k) {
        for (int l : terms.get(j).labels) {
          keep.add(l);
        }
      }
    }
    return keep.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean has(int[] labels, int l) {
    for (int x : labels) {
      if (x == l) {
        return true;
      }
    }
    return false;
  }

  /** Repeated labels of one operand become one axis along the diagonal (a view). */
  private static Term diagonal(Tensor t, int[] labels, int operand) {
    List<Integer> uniq = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    List<Integer> strides = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      int j = uniq.indexOf(labels[i]);
      if (j < 0) {
        uniq.add(labels[i]);
        sizes.add(t.shape(i));
        strides.add(t.strides()[i]);
      } else {
        if (sizes.get(j) != t.shape(i)) {
          throw new IllegalArgumentException("dimensions in operand " + operand
              + " for collapsing index '" + EinsumSpec.name(labels[i]) + "' don't match ("
              + sizes.get(j) + " != " + t.shape(i) + ")");
        }
        strides.set(j, strides.get(j) + t.strides()[i]);
      }
    }
    if (uniq.size() == labels.length) {
      return new Term(t, labels);
    }
    int[] s = sizes.stream().mapToInt(Integer::intValue).toArray();
    int[] st = strides.stream().mapToInt(Integer::intValue).toArray();
    return new Term(t.view(s, st, t.offset()), uniq.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Each label's size must agree across operands, or be 1 (broadcast), as numpy checks. */
  private static void checkSizes(List<Term> terms, EinsumSpec spec, Tensor[] ops) {
    java.util.Map<Integer, Integer> size = new java.util.HashMap<>();
    boolean bad = false;
    for (Term t : terms) {
      for (int i = 0; i < t.labels.length; i++) {
        int n = t.t.shape(i);
        Integer prev = size.get(t.labels[i]);
        if (prev == null || prev == 1) {
          size.put(t.labels[i], n);
        } else if (n != 1 && n != prev) {
          bad = true;
        }
      }
    }
    if (!bad) {
      return;
    }
    // numpy's message: each operand's shape on the iteration axes (output, then summed labels)
    List<Integer> iter = new ArrayList<>();
    for (int l : spec.output) {
      iter.add(l);
    }
    java.util.TreeSet<Integer> summed = new java.util.TreeSet<>(size.keySet());
    for (int l : spec.output) {
      summed.remove(l);
    }
    iter.addAll(summed);
    StringBuilder sb = new StringBuilder(
        "operands could not be broadcast together with remapped shapes [original->remapped]: ");
    for (int k = 0; k < terms.size(); k++) {
      Term t = terms.get(k);
      List<String> dims = new ArrayList<>();
      for (int l : iter) {
        int i = indexOf(t.labels, l);
        dims.add(i < 0 ? "newaxis" : String.valueOf(t.t.shape(i)));
      }
      while (!dims.isEmpty() && dims.get(0).equals("newaxis")) {
        dims.remove(0);
      }
      sb.append(Shape.compact(ops[k].shape())).append("->(").append(String.join(",", dims))
          .append(dims.size() == 1 ? ",)" : ")").append(' ');
    }
    throw new IllegalArgumentException(sb.toString());
  }

  private static int indexOf(int[] labels, int l) {
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == l) {
        return i;
      }
    }
    return -1;
  }

  /** Sums the axes whose labels are not in {@code keep}. */
  private static Term sumOut(Term t, int[] keep) {
    List<Integer> axes = new ArrayList<>();
    List<Integer> left = new ArrayList<>();
    for (int i = 0; i < t.labels.length; i++) {
      if (has(keep, t.labels[i])) {
        left.add(t.labels[i]);
      } else {
        axes.add(i);
      }
    }
    if (axes.isEmpty()) {
      return t;
    }
    Tensor s = t.t.sum(false, axes.stream().mapToInt(Integer::intValue).toArray());
    return new Term(s, left.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * One pairwise contraction as a batched matrix product: a as (batch, a-only, summed), b as
   * (batch, summed, b-only); the result's labels are batch, a-only, b-only.
   */
  private static Term contract(Term a, Term b, int[] keep) {
    List<Integer> batch = new ArrayList<>();
    List<Integer> summed = new ArrayList<>();
    List<Integer> aOnly = new ArrayList<>();
    List<Integer> bOnly = new ArrayList<>();
    for (int l : a.labels) {
      if (has(b.labels, l)) {
        (has(keep, l) ? batch : summed).add(l);
      } else {
        aOnly.add(l);
      }
    }
    for (int l : b.labels) {
      if (!has(a.labels, l)) {
        bOnly.add(l);
      }
    }
    int[] sizes = new int[batch.size() + summed.size()];
    List<Integer> shared = new ArrayList<>(batch);
    shared.addAll(summed);
    for (int i = 0; i < shared.size(); i++) {
      int l = shared.get(i);
      sizes[i] = Math.max(a.t.shape(indexOf(a.labels, l)), b.t.shape(indexOf(b.labels, l)));
    }
    List<Integer> aOrder = new ArrayList<>(batch);
    aOrder.addAll(aOnly);
    aOrder.addAll(summed);
    List<Integer> bOrder = new ArrayList<>(batch);
    bOrder.addAll(summed);
    bOrder.addAll(bOnly);
    Tensor x = grouped(expand(a, shared, sizes), aOrder, batch.size(), aOnly.size());
    Tensor y = grouped(expand(b, shared, sizes), bOrder, batch.size(), summed.size());
    Tensor p = Linalg.matmul(x, y);
    List<Integer> labels = new ArrayList<>(batch);
    labels.addAll(aOnly);
    labels.addAll(bOnly);
    int[] shape = new int[labels.size()];
    for (int i = 0; i < batch.size(); i++) {
      shape[i] = sizes[i];
    }
    for (int i = 0; i < aOnly.size(); i++) {
      shape[batch.size() + i] = a.t.shape(indexOf(a.labels, aOnly.get(i)));
    }
    for (int i = 0; i < bOnly.size(); i++) {
      shape[batch.size() + aOnly.size() + i] = b.t.shape(indexOf(b.labels, bOnly.get(i)));
    }
    return new Term(p.reshape(shape), labels.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Broadcasts (stride 0) the axes of t labelled in {@code shared} to the given sizes. */
  private static Term expand(Term t, List<Integer> shared, int[] sizes) {
    int[] shape = t.t.shape().clone();
    int[] strides = t.t.strides().clone();
    boolean changed = false;
    for (int i = 0; i < shared.size(); i++) {
      int ax = indexOf(t.labels, shared.get(i));
      if (shape[ax] != sizes[i]) {
        shape[ax] = sizes[i];
        strides[ax] = 0;
        changed = true;
      }
    }
    return changed ? new Term(t.t.view(shape, strides, t.t.offset()), t.labels) : t;
  }

  /**
   * t's axes in {@code order}, merged into three: the first g0, the next g1, the rest (into two
   * when g0 is 0). A view when the strides allow it, else a copy.
   */
  private static Tensor grouped(Term t, List<Integer> order, int g0, int g1) {
    int[] perm = new int[order.size()];
    for (int i = 0; i < perm.length; i++) {
      perm[i] = indexOf(t.labels, order.get(i));
    }
    Tensor v = t.t.transpose(perm);
    // no batch axes: a plain matrix product, as for A @ B
    int[] cuts = g0 == 0 ? new int[] {0, g1, perm.length} : new int[] {0, g0, g0 + g1, perm.length};
    Tensor m = merge(v, cuts);
    if (m == null) {
      m = merge(v.copy(), cuts);
    }
    return m;
  }

  /** Axes [cuts[i], cuts[i+1]) merged into one each, as a view; null when strides forbid it. */
  private static Tensor merge(Tensor v, int[] cuts) {
    int groups = cuts.length - 1;
    int[] shape = new int[groups];
    int[] strides = new int[groups];
    int[] s = v.shape();
    int[] st = v.strides();
    boolean empty = Shape.size(s) == 0;
    for (int g = 0; g < groups; g++) {
      int size = 1;
      int stride = 0;
      long expected = -1;
      for (int i = cuts[g + 1] - 1; i >= cuts[g]; i--) {
        size *= s[i];
        if (s[i] == 1) {
          continue;
        }
        if (expected < 0) {
          stride = st[i];
        } else if (st[i] != expected && !empty) {
          return null;
        }
        expected = (long) st[i] * s[i];
      }
      shape[g] = size;
      strides[g] = stride;
    }
    return v.view(shape, strides, v.offset());
  }

  /** The axes of t (all in out) transposed into out's order. */
  private static Tensor arrange(Term t, int[] out) {
    int[] perm = new int[out.length];
    for (int i = 0; i < out.length; i++) {
      perm[i] = indexOf(t.labels, out[i]);
    }
    boolean identity = true;
    for (int i = 0; i < perm.length; i++) {
      identity &= perm[i] == i;
    }
    return identity ? t.t : t.t.transpose(perm);
  }
}
