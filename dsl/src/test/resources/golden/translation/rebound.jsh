Object v = null;
Object w = null;
Object i = null;
{
  ddl$s.ctx.statement();
  v = (Object) Long.valueOf(1L);
  ddl$s.ctx.statement();
  w = (Object) Long.valueOf(0L);
  ddl$s.ctx.statement();
  {
    long i$l = 0;
    long w$l = ddl.stdlib.Lang.isLong(w) ? ddl.stdlib.Lang.asLong(w) : 0;
    boolean i$l$ran = false;
    int k$ = ddl.stdlib.Lang.isLong(w) ? -1 : 0;
    long r0$s = 0, b0$s = 0, c0$s = 0;
    if (k$ < 0) {
      try {
        d$: {
          long b0$ = 3L, c0$ = 1L;
          for (long r0$ = 0L; r0$ < b0$; r0$ += c0$) {
            ddl$s.ctx.check();
            i$l = r0$;
            i$l$ran = true;
            if ((i$l == 1L)) {
              v = "one";
            } else {
              v = ddl.stdlib.Lang.shared(v);
            }
            while ((w$l < i$l)) {
              ddl$s.ctx.check();
              try {
                w$l = Math.addExact(w$l, 1L);
              } catch (ArithmeticException e$) {
                k$ = 1; r0$s = r0$; b0$s = b0$; c0$s = c0$; break d$;
              }
            }
          }
        }
      } finally {
        if (i$l$ran) i = i$l;
        w = w$l;
      }
    }
    if (k$ >= 0) {
      if (k$ == 0 || k$ == 1) {
        long r0$, b0$, c0$;
        if (k$ != 0) {
          r0$ = r0$s; b0$ = b0$s; c0$ = c0$s;
        } else {
          b0$ = 3L; c0$ = 1L; r0$ = 0L;
        }
        for (; r0$ < b0$; r0$ += c0$) {
          if (k$ == 0) {
            ddl$s.ctx.check();
            i = (Object) Long.valueOf(r0$);
          }
          if (k$ == 0) {
            if (ddl.stdlib.Ops.truth(ddl.stdlib.Ops.eq(i, (Object) Long.valueOf(1L)))) {
              v = "one";
            } else {
              v = ddl.stdlib.Lang.shared(v);
            }
          }
          if (k$ == 0 || k$ == 1) {
            while (k$ != 0 || ddl.stdlib.Ops.truth(ddl.stdlib.Ops.lt(w, i))) {
              ddl$s.ctx.check();
              if (k$ == 0 || k$ == 1) {
                if (k$ == 1) k$ = 0;
                w = ddl.stdlib.Ops.addTo(w, (Object) Long.valueOf(1L), ddl$s.ctx.reusable(w));
              }
            }
          }
        }
      }
    }
  }
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(v), ddl.stdlib.Lang.shared(w)}, " ", "\n");
}
Object f(Object n) {
  Object a = null;
  long i = 0;
  if (true) {
    a = (Object) Long.valueOf(0L);
    long b0$ = ddl.stdlib.Lang.rangeBound(ddl.stdlib.Lang.shared(n), "stop"), c0$ = 1L;
    for (long r0$ = 0L; r0$ < b0$; r0$ += c0$) {
      ddl$s.ctx.check();
      i = r0$;
      a = ddl.stdlib.Ops.addTo(a, (Object) Long.valueOf(1L), a);
    }
    a = "done";
    return ddl.stdlib.Lang.shared(a);
  }
  return null;
}
{
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {
      f((Object) Long.valueOf(3L))}, " ", "\n");
}
