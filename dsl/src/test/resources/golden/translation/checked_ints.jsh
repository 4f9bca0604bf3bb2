Object grow(Object n) {
  long x = 0;
  long i = 0;
  int k$ = -1;
  long r0$s = 0, b0$s = 0, c0$s = 0;
  d$: {
    if (true) {
      x = 1L;
      long b0$ = ddl.stdlib.Lang.rangeBound(ddl.stdlib.Lang.shared(n), "stop"), c0$ = 1L;
      for (long r0$ = 0L; r0$ < b0$; r0$ += c0$) {
        ddl$s.ctx.check();
        i = r0$;
        try {
          x = Math.multiplyExact(x, 3L);
        } catch (ArithmeticException e$) {
          k$ = 1; r0$s = r0$; b0$s = b0$; c0$s = c0$; break d$;
        }
      }
      return (Object) Long.valueOf(x);
    }
  }
  if (k$ < 0) return null;
  Object x$o = (Object) Long.valueOf(x);
  Object i$o = (Object) Long.valueOf(i);
  if (true) {
    if (k$ == 0) {
      x$o = (Object) Long.valueOf(1L);
    }
    if (k$ == 0 || k$ == 1) {
      long r0$, b0$, c0$;
      if (k$ != 0) {
        r0$ = r0$s; b0$ = b0$s; c0$ = c0$s;
      } else {
        b0$ = ddl.stdlib.Lang.rangeBound(ddl.stdlib.Lang.shared(n), "stop"); c0$ = 1L; r0$ = 0L;
      }
      for (; r0$ < b0$; r0$ += c0$) {
        if (k$ == 0) {
          ddl$s.ctx.check();
          i$o = (Object) Long.valueOf(r0$);
        }
        if (k$ == 0 || k$ == 1) {
          if (k$ == 1) k$ = 0;
          x$o = ddl.stdlib.Ops.mulTo(x$o, (Object) Long.valueOf(3L), x$o);
        }
      }
    }
    if (k$ == 0) {
      return ddl.stdlib.Lang.shared(x$o);
    }
  }
  return null;
}
Object y = null;
Object j = null;
{
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {
      grow((Object) Long.valueOf(10L)), grow((Object) Long.valueOf(50L))}, " ", "\n");
  ddl$s.ctx.statement();
  y = (Object) Long.valueOf(1L);
  ddl$s.ctx.statement();
  {
    long j$l = 0;
    long y$l = ddl.stdlib.Lang.isLong(y) ? ddl.stdlib.Lang.asLong(y) : 0;
    boolean j$l$ran = false;
    int k$ = ddl.stdlib.Lang.isLong(y) ? -1 : 0;
    long r0$s = 0, b0$s = 0, c0$s = 0;
    if (k$ < 0) {
      try {
        d$: {
          long b0$ = 70L, c0$ = 1L;
          for (long r0$ = 0L; r0$ < b0$; r0$ += c0$) {
            ddl$s.ctx.check();
            j$l = r0$;
            j$l$ran = true;
            try {
              y$l = Math.multiplyExact(y$l, 2L);
            } catch (ArithmeticException e$) {
              k$ = 1; r0$s = r0$; b0$s = b0$; c0$s = c0$; break d$;
            }
          }
        }
      } finally {
        if (j$l$ran) j = j$l;
        y = y$l;
      }
    }
    if (k$ >= 0) {
      if (k$ == 0 || k$ == 1) {
        long r0$, b0$, c0$;
        if (k$ != 0) {
          r0$ = r0$s; b0$ = b0$s; c0$ = c0$s;
        } else {
          b0$ = 70L; c0$ = 1L; r0$ = 0L;
        }
        for (; r0$ < b0$; r0$ += c0$) {
          if (k$ == 0) {
            ddl$s.ctx.check();
            j = (Object) Long.valueOf(r0$);
          }
          if (k$ == 0 || k$ == 1) {
            if (k$ == 1) k$ = 0;
            y = ddl.stdlib.Ops.mulTo(y, (Object) Long.valueOf(2L), ddl$s.ctx.reusable(y));
          }
        }
      }
    }
  }
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(y)}, " ", "\n");
}
