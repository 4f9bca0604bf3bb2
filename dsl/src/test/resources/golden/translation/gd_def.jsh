Object x = null;
Object y = null;
{
  ddl$s.ctx.statement();
  x = ddl.stdlib.builtins.CreateBuiltins.linspace((Object) Long.valueOf(0L), (Object) Long.valueOf(1L), (Object) Long.valueOf(5L), (Object) Boolean.TRUE);
  ddl$s.ctx.statement();
  y = ddl.stdlib.Ops.owned(((ddl.stdlib.Fused.Kernel) (v$) -> { ddl.stdlib.Fused p$ = ddl.stdlib.Fused.plan(v$, 3); if (p$ != null) { double[] a0$ = p$.data[0]; int o0$ = p$.offset[0], s0$ = p$.step[0]; double[] a1$ = p$.data[1]; int o1$ = p$.offset[1], s1$ = p$.step[1]; double[] a2$ = p$.data[2]; int o2$ = p$.offset[2], s2$ = p$.step[2]; double[] r$ = p$.output(v$[3], v$); for (int i$ = 0; i$ < p$.size; i$++) { r$[i$] = ((a0$[o0$ + i$ * s0$] * a1$[o1$ + i$ * s1$]) + a2$[o2$ + i$ * s2$]); } Object t$ = p$.result(r$); if (t$ != null) { return t$; } } return ddl.stdlib.Ops.addFresh(ddl.stdlib.Ops.mulTo(v$[0], v$[1], v$[3]), v$[2]); }).apply(new Object[] {(Object) Long.valueOf(3L), x, (Object) Long.valueOf(1L), ddl$s.ctx.reusable(y)}));
}
Object gd(Object phi, Object steps) {
  long k = 0;
  Object r = null;
  Object g = null;
  if (true) {
    long b0$ = ddl.stdlib.Lang.rangeBound(ddl.stdlib.Lang.shared(steps), "stop"), c0$ = 1L;
    for (long r0$ = 0L; r0$ < b0$; r0$ += c0$) {
      ddl$s.ctx.check();
      k = r0$;
      r = ddl.stdlib.Ops.owned(((ddl.stdlib.Fused.Kernel) (v$) -> { ddl.stdlib.Fused p$ = ddl.stdlib.Fused.plan(v$, 4); if (p$ != null) { double[] a0$ = p$.data[0]; int o0$ = p$.offset[0], s0$ = p$.step[0]; double[] a1$ = p$.data[1]; int o1$ = p$.offset[1], s1$ = p$.step[1]; double[] a2$ = p$.data[2]; int o2$ = p$.offset[2], s2$ = p$.step[2]; double[] a3$ = p$.data[3]; int o3$ = p$.offset[3], s3$ = p$.step[3]; double[] r$ = p$.output(v$[4], v$); for (int i$ = 0; i$ < p$.size; i$++) { r$[i$] = ((a0$[o0$ + i$ * s0$] + (a1$[o1$ + i$ * s1$] * a2$[o2$ + i$ * s2$])) - a3$[o3$ + i$ * s3$]); } Object t$ = p$.result(r$); if (t$ != null) { return t$; } } return ddl.stdlib.Ops.subFresh(ddl.stdlib.Ops.addFresh(ddl.stdlib.Ops.mul(v$[1], v$[2]), v$[0]), v$[3]); }).apply(new Object[] {
          ddl.stdlib.Lang.getitem(ddl.stdlib.Lang.shared(phi), (Object) Long.valueOf(0L)), ddl.stdlib.Lang.getitem(ddl.stdlib.Lang.shared(phi), (Object) Long.valueOf(1L)), x, y, r}));
      g = ddl.stdlib.Lang.array(ddl.stdlib.Ops.mul((Object) Long.valueOf(2L), ddl.stdlib.builtins.MathBuiltins.sum(ddl.stdlib.Lang.shared(r), (Object) null, (Object) Boolean.FALSE)), ddl.stdlib.Ops.mul((Object) Long.valueOf(2L), ddl.stdlib.builtins.MathBuiltins.sum(ddl.stdlib.Ops.mul(r, x), (Object) null, (Object) Boolean.FALSE)));
      phi = ddl.stdlib.Ops.owned(((ddl.stdlib.Fused.Kernel) (v$) -> { ddl.stdlib.Fused p$ = ddl.stdlib.Fused.plan(v$, 3); if (p$ != null) { double[] a0$ = p$.data[0]; int o0$ = p$.offset[0], s0$ = p$.step[0]; double[] a1$ = p$.data[1]; int o1$ = p$.offset[1], s1$ = p$.step[1]; double[] a2$ = p$.data[2]; int o2$ = p$.offset[2], s2$ = p$.step[2]; double[] r$ = p$.output(v$[3], v$); for (int i$ = 0; i$ < p$.size; i$++) { r$[i$] = (a0$[o0$ + i$ * s0$] - (a1$[o1$ + i$ * s1$] * a2$[o2$ + i$ * s2$])); } Object t$ = p$.result(r$); if (t$ != null) { return t$; } } return ddl.stdlib.Ops.subTo(v$[0], ddl.stdlib.Ops.mul(v$[1], v$[2]), v$[3]); }).apply(new Object[] {phi, (Object) Double.valueOf(0.05), g, phi}));
    }
    return ddl.stdlib.Lang.shared(phi);
  }
  return null;
}
{
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {
      gd(ddl.stdlib.Lang.array((Object) Double.valueOf(0.0), (Object) Double.valueOf(0.0)), (Object) Long.valueOf(200L))}, " ", "\n");
}
