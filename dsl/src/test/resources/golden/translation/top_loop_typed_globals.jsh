Object s = null;
Object n = null;
Object i = null;
{
  ddl$s.ctx.statement();
  s = (Object) Long.valueOf(0L);
  ddl$s.ctx.statement();
  n = (Object) Double.valueOf(0.0);
  ddl$s.ctx.statement();
  {
    long i$l = 0;
    long s$l = ddl.stdlib.Lang.isLong(s) ? ddl.stdlib.Lang.asLong(s) : 0;
    double n$l = ddl.stdlib.Lang.isDouble(n) ? ddl.stdlib.Lang.asDouble(n) : 0;
    boolean i$l$ran = false;
    int k$ = ddl.stdlib.Lang.isLong(s) && ddl.stdlib.Lang.isDouble(n) ? -1 : 0;
    long r0$s = 0, b0$s = 0, c0$s = 0;
    if (k$ < 0) {
      try {
        d$: {
          long b0$ = 1000L, c0$ = 1L;
          for (long r0$ = 0L; r0$ < b0$; r0$ += c0$) {
            ddl$s.ctx.check();
            i$l = r0$;
            i$l$ran = true;
            try {
              s$l = Math.addExact(s$l, i$l);
            } catch (ArithmeticException e$) {
              k$ = 1; r0$s = r0$; b0$s = b0$; c0$s = c0$; break d$;
            }
            n$l = (n$l + (i$l * 0.5));
          }
        }
      } finally {
        if (i$l$ran) i = i$l;
        s = s$l;
        n = n$l;
      }
    }
    if (k$ >= 0) {
      if (k$ == 0 || k$ == 1) {
        long r0$, b0$, c0$;
        if (k$ != 0) {
          r0$ = r0$s; b0$ = b0$s; c0$ = c0$s;
        } else {
          b0$ = 1000L; c0$ = 1L; r0$ = 0L;
        }
        for (; r0$ < b0$; r0$ += c0$) {
          if (k$ == 0) {
            ddl$s.ctx.check();
            i = (Object) Long.valueOf(r0$);
          }
          if (k$ == 0 || k$ == 1) {
            if (k$ == 1) k$ = 0;
            s = ddl.stdlib.Ops.addTo(s, i, ddl$s.ctx.reusable(s));
          }
          if (k$ == 0) {
            n = ddl.stdlib.Ops.owned(ddl.stdlib.Ops.addFresh(ddl.stdlib.Ops.mul(i, (Object) Double.valueOf(0.5)), n));
          }
        }
      }
    }
  }
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(s), ddl.stdlib.Lang.shared(n), ddl.stdlib.Lang.shared(i)}, " ", "\n");
}
