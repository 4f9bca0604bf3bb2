Object k = null;
Object t0 = null;
Object s = null;
Object i = null;
Object dt = null;
{
  ddl$s.ctx.statement();
  {
    long k$l = 0;
    boolean k$l$ran = false;
    try {
      long b0$ = 2L, c0$ = 1L;
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
          s = ddl.stdlib.Ops.owned(((ddl.stdlib.Fused.Kernel) (v$) -> { ddl.stdlib.Fused p$ = ddl.stdlib.Fused.plan(v$, 3); if (p$ != null) { double[] a0$ = p$.data[0]; int o0$ = p$.offset[0], s0$ = p$.step[0]; double[] a1$ = p$.data[1]; int o1$ = p$.offset[1], s1$ = p$.step[1]; double[] a2$ = p$.data[2]; int o2$ = p$.offset[2], s2$ = p$.step[2]; double[] r$ = p$.output(v$[3], v$); for (int i$ = 0; i$ < p$.size; i$++) { r$[i$] = (a0$[o0$ + i$ * s0$] + (a1$[o1$ + i$ * s1$] * a2$[o2$ + i$ * s2$])); } Object t$ = p$.result(r$); if (t$ != null) { return t$; } } return ddl.stdlib.Ops.addFresh(ddl.stdlib.Ops.mul(v$[1], v$[2]), v$[0]); }).apply(new Object[] {s, i, (Object) Double.valueOf(0.5), ddl$s.ctx.reusable(s)}));
        }
        dt = ddl.stdlib.Ops.owned(ddl.stdlib.Ops.divFresh(ddl$s.ctx, ddl.stdlib.Ops.subTo(ddl.stdlib.Members.invokeStatic(System.class, "nanoTime"), t0, ddl$s.ctx.reusable(dt)), (Object) Double.valueOf(1000000.0)));
            ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {(Object) Long.valueOf(k$l), ddl.stdlib.Lang.shared(s), ddl.stdlib.Lang.shared(i), ddl.stdlib.Ops.ge(dt, (Object) Long.valueOf(0L))}, " ", "\n");
      }
    } finally {
      if (k$l$ran) k = k$l;
    }
  }
}
