Object k = null;
Object t0 = null;
Object s = null;
Object i = null;
Object n = null;
Object m = null;
Object q = null;
{
  ddl$s.ctx.statement();
  {
    long k$l = 0;
    boolean k$l$ran = false;
    try {
      long b0$ = 3L, c0$ = 1L;
      for (long r0$ = 0L; r0$ < b0$; r0$ += c0$) {
        ddl$s.ctx.check();
        k$l = r0$;
        k$l$ran = true;
        t0 = ddl.stdlib.Members.invokeStatic(System.class, "nanoTime");
        s = (Object) Double.valueOf(0.0);
        long b1$ = 1000L, c1$ = 1L;
        for (long r1$ = 0L; r1$ < b1$; r1$ += c1$) {
          ddl$s.ctx.check();
          i = (Object) Long.valueOf(r1$);
          s = ddl.stdlib.Ops.owned(ddl.stdlib.Ops.addFresh(ddl.stdlib.Ops.mul(i, (Object) Double.valueOf(0.5)), s));
        }
            ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(s), ddl.stdlib.Ops.ge(ddl.stdlib.Ops.divFresh(ddl$s.ctx, ddl.stdlib.Ops.sub(ddl.stdlib.Members.invokeStatic(System.class, "nanoTime"), t0), (Object) Double.valueOf(1000000.0)), (Object) Long.valueOf(0L))}, " ", "\n");
      }
    } finally {
      if (k$l$ran) k = k$l;
    }
  }
  ddl$s.ctx.statement();
  n = (Object) Long.valueOf(0L);
  ddl$s.ctx.statement();
  {
    long n$l = ddl.stdlib.Lang.asLong(n);
    int k$ = ddl.stdlib.Lang.isLong(n) ? -1 : 0;
    if (k$ < 0) {
      try {
        d$: {
          while ((n$l < 5L)) {
            ddl$s.ctx.check();
            m = ddl.stdlib.Ops.mul((Object) Long.valueOf(n$l), (Object) Long.valueOf(2L));
            try {
              n$l = Math.addExact(n$l, 1L);
            } catch (ArithmeticException e$) {
              k$ = 1; break d$;
            }
            if (ddl.stdlib.Ops.truth(ddl.stdlib.Ops.gt(m, (Object) Long.valueOf(4L)))) {
              q = (Object) Double.valueOf(1.5);
            } else {
              q = (Object) Long.valueOf(2L);
            }
                ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {(Object) Long.valueOf(n$l), ddl.stdlib.Lang.shared(m), ddl.stdlib.Lang.shared(q)}, " ", "\n");
          }
        }
      } finally {
        n = n$l;
      }
    }
    if (k$ >= 0) {
      if (k$ == 0 || k$ == 1) {
        while (k$ != 0 || ddl.stdlib.Ops.truth(ddl.stdlib.Ops.lt(n, (Object) Long.valueOf(5L)))) {
          ddl$s.ctx.check();
          if (k$ == 0) {
            m = ddl.stdlib.Ops.mulTo(n, (Object) Long.valueOf(2L), ddl$s.ctx.reusable(m));
          }
          if (k$ == 0 || k$ == 1) {
            if (k$ == 1) k$ = 0;
            n = ddl.stdlib.Ops.addTo(n, (Object) Long.valueOf(1L), ddl$s.ctx.reusable(n));
          }
          if (k$ == 0) {
            if (ddl.stdlib.Ops.truth(ddl.stdlib.Ops.gt(m, (Object) Long.valueOf(4L)))) {
              q = (Object) Double.valueOf(1.5);
            } else {
              q = (Object) Long.valueOf(2L);
            }
          }
          if (k$ == 0) {
                ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(n), ddl.stdlib.Lang.shared(m), ddl.stdlib.Lang.shared(q)}, " ", "\n");
          }
        }
      }
    }
  }
}
