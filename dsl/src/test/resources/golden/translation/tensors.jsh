Object x = null;
Object phi = null;
Object r = null;
{
  ddl$s.ctx.statement();
  x = ddl.stdlib.Lang.array((Object) Double.valueOf(1.0), (Object) Double.valueOf(2.0), (Object) Double.valueOf(3.0));
  ddl$s.ctx.statement();
  phi = ddl.stdlib.Lang.array((Object) Double.valueOf(0.5), (Object) Double.valueOf(2.0));
  ddl$s.ctx.statement();
  r = ddl.stdlib.Ops.owned(((ddl.stdlib.Fused.Kernel) (v$) -> { ddl.stdlib.Fused p$ = ddl.stdlib.Fused.plan(v$, 3); if (p$ != null) { double[] a0$ = p$.data[0]; int o0$ = p$.offset[0], s0$ = p$.step[0]; double[] a1$ = p$.data[1]; int o1$ = p$.offset[1], s1$ = p$.step[1]; double[] a2$ = p$.data[2]; int o2$ = p$.offset[2], s2$ = p$.step[2]; double[] r$ = p$.output(v$[3], v$); for (int i$ = 0; i$ < p$.size; i$++) { r$[i$] = (a0$[o0$ + i$ * s0$] + (a1$[o1$ + i$ * s1$] * a2$[o2$ + i$ * s2$])); } Object t$ = p$.result(r$); if (t$ != null) { return t$; } } return ddl.stdlib.Ops.addFresh(ddl.stdlib.Ops.mul(v$[1], v$[2]), v$[0]); }).apply(new Object[] {
      ddl.stdlib.Lang.getitem(ddl.stdlib.Lang.shared(phi), (Object) Long.valueOf(0L)), ddl.stdlib.Lang.getitem(ddl.stdlib.Lang.shared(phi), (Object) Long.valueOf(1L)), x, ddl$s.ctx.reusable(r)}));
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(r), ddl.stdlib.builtins.MathBuiltins.sum(ddl.stdlib.Lang.shared(r), (Object) null, (Object) Boolean.FALSE), ddl.stdlib.Members.attr(ddl.stdlib.Lang.shared(r), "shape"), ddl.stdlib.Lang.getitem(ddl.stdlib.Lang.shared(x), ddl.stdlib.Ops.gt(x, (Object) Double.valueOf(1.5)))}, " ", "\n");
}
