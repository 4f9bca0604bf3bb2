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
    double s$l = 0;
    long i$l = 0;
    boolean k$l$ran = false;
    boolean s$l$ran = false;
    boolean i$l$ran = false;
    try {
      long b0$ = 3L, c0$ = 1L;
      for (long r0$ = 0L; r0$ < b0$; r0$ += c0$) {
        ddl$s.ctx.check();
        k$l = r0$;
        k$l$ran = true;
        t0 = ddl.stdlib.Members.invokeStatic(System.class, "nanoTime");
        s$l = 0.0;
        s$l$ran = true;
        long b1$ = 1000L, c1$ = 1L;
        for (long r1$ = 0L; r1$ < b1$; r1$ += c1$) {
          ddl$s.ctx.check();
          i$l = r1$;
          i$l$ran = true;
          s$l = (s$l + (i$l * 0.5));
          s$l$ran = true;
        }
            ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {(Object) Double.valueOf(s$l), ddl.stdlib.Ops.ge(ddl.stdlib.Ops.divFresh(ddl$s.ctx, ddl.stdlib.Ops.sub(ddl.stdlib.Members.invokeStatic(System.class, "nanoTime"), t0), (Object) Double.valueOf(1000000.0)), (Object) Long.valueOf(0L))}, " ", "\n");
      }
    } finally {
      if (k$l$ran) k = k$l;
      if (s$l$ran) s = s$l;
      if (i$l$ran) i = i$l;
    }
  }
  ddl$s.ctx.statement();
  n = (Object) Long.valueOf(0L);
  ddl$s.ctx.statement();
  {
    long m$l = 0;
    long n$l = ddl.stdlib.Lang.isLong(n) ? ddl.stdlib.Lang.asLong(n) : 0;
    boolean m$l$ran = false;
    int k$ = ddl.stdlib.Lang.isLong(n) ? -1 : 0;
    if (k$ < 0) {
      try {
        d$: {
          while ((n$l < 5L)) {
            ddl$s.ctx.check();
            try {
              m$l = Math.multiplyExact(n$l, 2L);
            } catch (ArithmeticException e$) {
              k$ = 1; break d$;
            }
            m$l$ran = true;
            try {
              n$l = Math.addExact(n$l, 1L);
            } catch (ArithmeticException e$) {
              k$ = 2; break d$;
            }
            if ((m$l > 4L)) {
              q = (Object) Double.valueOf(1.5);
            } else {
              q = (Object) Long.valueOf(2L);
            }
                ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {(Object) Long.valueOf(n$l), (Object) Long.valueOf(m$l), ddl.stdlib.Lang.shared(q)}, " ", "\n");
          }
        }
      } finally {
        if (m$l$ran) m = m$l;
        n = n$l;
      }
    }
    if (k$ >= 0) {
      if (k$ == 0 || k$ >= 1 && k$ <= 2) {
        while (k$ != 0 || ddl.stdlib.Ops.truth(ddl.stdlib.Ops.lt(n, (Object) Long.valueOf(5L)))) {
          ddl$s.ctx.check();
          if (k$ == 0 || k$ == 1) {
            if (k$ == 1) k$ = 0;
            m = ddl.stdlib.Ops.mulTo(n, (Object) Long.valueOf(2L), ddl$s.ctx.reusable(m));
          }
          if (k$ == 0 || k$ == 2) {
            if (k$ == 2) k$ = 0;
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
