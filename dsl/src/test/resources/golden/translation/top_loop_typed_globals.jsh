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
            n = ddl.stdlib.Ops.owned(((ddl.stdlib.Fused.Kernel) (v$) -> { ddl.stdlib.Fused p$ = ddl.stdlib.Fused.plan(v$, 3); if (p$ != null) { double[] a0$ = p$.data[0]; int o0$ = p$.offset[0], s0$ = p$.step[0]; double[] a1$ = p$.data[1]; int o1$ = p$.offset[1], s1$ = p$.step[1]; double[] a2$ = p$.data[2]; int o2$ = p$.offset[2], s2$ = p$.step[2]; double[] r$ = p$.output(v$[3], v$); for (int i$ = 0; i$ < p$.size; i$++) { r$[i$] = (a0$[o0$ + i$ * s0$] + (a1$[o1$ + i$ * s1$] * a2$[o2$ + i$ * s2$])); } Object t$ = p$.result(r$); if (t$ != null) { return t$; } } return ddl.stdlib.Ops.addFresh(ddl.stdlib.Ops.mul(v$[1], v$[2]), v$[0]); }).apply(new Object[] {n, i, (Object) Double.valueOf(0.5), ddl$s.ctx.reusable(n)}));
          }
        }
      }
    }
  }
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(s), ddl.stdlib.Lang.shared(n), ddl.stdlib.Lang.shared(i)}, " ", "\n");
}
