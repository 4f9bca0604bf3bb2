Object x = null;
Object y = null;
{
  ddl$s.ctx.statement();
  x = ddl.stdlib.builtins.CreateBuiltins.linspace((Object) Long.valueOf(0L), (Object) Long.valueOf(1L), (Object) Long.valueOf(5L), (Object) Boolean.TRUE);
  ddl$s.ctx.statement();
  y = ddl.stdlib.Ops.owned(ddl.stdlib.Ops.addFresh(ddl.stdlib.Ops.mulTo((Object) Long.valueOf(3L), x, ddl$s.ctx.reusable(y)), (Object) Long.valueOf(1L)));
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
      r = ddl.stdlib.Ops.owned(ddl.stdlib.Ops.subFresh(ddl.stdlib.Ops.addFresh(ddl.stdlib.Ops.mul(ddl.stdlib.Lang.getitem(ddl.stdlib.Lang.shared(phi), (Object) Long.valueOf(1L)), x), ddl.stdlib.Lang.getitem(ddl.stdlib.Lang.shared(phi), (Object) Long.valueOf(0L))), y));
      g = ddl.stdlib.Lang.array(ddl.stdlib.Ops.mul((Object) Long.valueOf(2L), ddl.stdlib.builtins.MathBuiltins.sum(ddl.stdlib.Lang.shared(r), (Object) null, (Object) Boolean.FALSE)), ddl.stdlib.Ops.mul((Object) Long.valueOf(2L), ddl.stdlib.builtins.MathBuiltins.sum(ddl.stdlib.Ops.mul(r, x), (Object) null, (Object) Boolean.FALSE)));
      phi = ddl.stdlib.Ops.subTo(phi, ddl.stdlib.Ops.mul((Object) Double.valueOf(0.05), g), phi);
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
