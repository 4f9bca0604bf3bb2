package ddl.lang.ast;

import ddl.lang.Span;

/**
 * One item between the brackets of an index, {@code a[1:, ..., 0]}: an ordinary expression (which
 * includes {@code None}/{@code newaxis} and boolean masks), a slice or an ellipsis.
 */
public sealed interface IndexItem permits Expr, IndexItem.Slice, IndexItem.Ellipsis {

  /** Where the item is in the source. */
  Span span();

  /** Calls the visitor method for this kind of item. */
  <R> R acceptItem(Visitor<R> visitor);

  /** One method per kind of index item. */
  interface Visitor<R> {
    R visitExpr(Expr expr);

    R visitSlice(Slice slice);

    R visitEllipsis(Ellipsis ellipsis);
  }

  /**
   * {@code start:stop:step} with any part omitted (null).
   *
   * @param start first index, or null
   * @param stop end index (exclusive), or null
   * @param step stride, or null
   * @param span the whole slice
   */
  record Slice(Expr start, Expr stop, Expr step, Span span) implements IndexItem {
    @Override
    public <R> R acceptItem(Visitor<R> visitor) {
      return visitor.visitSlice(this);
    }
  }

  /**
   * {@code ...}: as many full slices as needed.
   *
   * @param span the three dots
   */
  record Ellipsis(Span span) implements IndexItem {
    @Override
    public <R> R acceptItem(Visitor<R> visitor) {
      return visitor.visitEllipsis(this);
    }
  }
}
