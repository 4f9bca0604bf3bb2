Object x = null;
Object y = null;
Object i = null;
{
  ddl$s.ctx.statement();
  x = ddl.stdlib.builtins.CreateBuiltins.ones(new Object[] {(Object) Long.valueOf(4L)}, "float64");
  ddl$s.ctx.statement();
  y = ddl.stdlib.builtins.CreateBuiltins.zeros(new Object[] {(Object) Long.valueOf(4L)}, "float64");
  ddl$s.ctx.statement();
  {
    long i$l = 0;
    boolean i$l$ran = false;
    try {
      long b0$ = 3L, c0$ = 1L;
      for (long r0$ = 0L; r0$ < b0$; r0$ += c0$) {
        ddl$s.ctx.check();
        i$l = r0$;
        i$l$ran = true;
        y = ddl.stdlib.Ops.owned(((ddl.stdlib.Fused.Kernel) (v$) -> { ddl.stdlib.Fused p$ = ddl.stdlib.Fused.plan(v$, 3); if (p$ != null) { double[] a0$ = p$.data[0]; int o0$ = p$.offset[0], s0$ = p$.step[0]; double[] a1$ = p$.data[1]; int o1$ = p$.offset[1], s1$ = p$.step[1]; double[] a2$ = p$.data[2]; int o2$ = p$.offset[2], s2$ = p$.step[2]; double[] r$ = p$.output(v$[3], v$); for (int i$ = 0; i$ < p$.size; i$++) { r$[i$] = ((a0$[o0$ + i$ * s0$] * a1$[o1$ + i$ * s1$]) + a2$[o2$ + i$ * s2$]); } Object t$ = p$.result(r$); if (t$ != null) { return t$; } } return ddl.stdlib.Ops.addFresh(ddl.stdlib.Ops.mulTo(v$[0], v$[1], v$[3]), v$[2]); }).apply(new Object[] {(Object) Long.valueOf(2L), x, (Object) Long.valueOf(1L), ddl$s.ctx.reusable(y)}));
        y = ddl.stdlib.Ops.addTo(y, x, ddl$s.ctx.reusable(y));
        y = ddl.stdlib.Ops.owned(((ddl.stdlib.Fused.Kernel) (v$) -> { ddl.stdlib.Fused p$ = ddl.stdlib.Fused.plan(v$, 3); if (p$ != null) { double[] a0$ = p$.data[0]; int o0$ = p$.offset[0], s0$ = p$.step[0]; double[] a1$ = p$.data[1]; int o1$ = p$.offset[1], s1$ = p$.step[1]; double[] a2$ = p$.data[2]; int o2$ = p$.offset[2], s2$ = p$.step[2]; double[] r$ = p$.output(v$[3], v$); for (int i$ = 0; i$ < p$.size; i$++) { r$[i$] = ((a0$[o0$ + i$ * s0$] * a1$[o1$ + i$ * s1$]) - a2$[o2$ + i$ * s2$]); } Object t$ = p$.result(r$); if (t$ != null) { return t$; } } return ddl.stdlib.Ops.subFresh(ddl.stdlib.Ops.mulTo(v$[0], v$[1], v$[3]), v$[2]); }).apply(new Object[] {y, x, (Object) Long.valueOf(1L), ddl$s.ctx.reusable(y)}));
      }
    } finally {
      if (i$l$ran) i = i$l;
    }
  }
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(y)}, " ", "\n");
}
Object step(Object phi, Object g) {
  if (true) {
    phi = ddl.stdlib.Ops.owned(((ddl.stdlib.Fused.Kernel) (v$) -> { ddl.stdlib.Fused p$ = ddl.stdlib.Fused.plan(v$, 3); if (p$ != null) { double[] a0$ = p$.data[0]; int o0$ = p$.offset[0], s0$ = p$.step[0]; double[] a1$ = p$.data[1]; int o1$ = p$.offset[1], s1$ = p$.step[1]; double[] a2$ = p$.data[2]; int o2$ = p$.offset[2], s2$ = p$.step[2]; double[] r$ = p$.output(v$[3], v$); for (int i$ = 0; i$ < p$.size; i$++) { r$[i$] = (a0$[o0$ + i$ * s0$] - (a1$[o1$ + i$ * s1$] * a2$[o2$ + i$ * s2$])); } Object t$ = p$.result(r$); if (t$ != null) { return t$; } } return ddl.stdlib.Ops.subTo(v$[0], ddl.stdlib.Ops.mul(v$[1], v$[2]), v$[3]); }).apply(new Object[] {phi, (Object) Double.valueOf(0.5), g, phi}));
    return ddl.stdlib.Lang.shared(phi);
  }
  return null;
}
{
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {
      step(ddl.stdlib.builtins.CreateBuiltins.ones(new Object[] {(Object) Long.valueOf(2L)}, "float64"), ddl.stdlib.Lang.array((Object) Long.valueOf(1L), (Object) Long.valueOf(2L)))}, " ", "\n");
}
