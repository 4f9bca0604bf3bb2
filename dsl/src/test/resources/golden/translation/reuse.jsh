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
        y = ddl.stdlib.Ops.owned(ddl.stdlib.Ops.addFresh(ddl.stdlib.Ops.mulTo((Object) Long.valueOf(2L), x, ddl$s.ctx.reusable(y)), (Object) Long.valueOf(1L)));
        y = ddl.stdlib.Ops.addTo(y, x, ddl$s.ctx.reusable(y));
        y = ddl.stdlib.Ops.owned(ddl.stdlib.Ops.subFresh(ddl.stdlib.Ops.mulTo(y, x, ddl$s.ctx.reusable(y)), (Object) Long.valueOf(1L)));
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
    phi = ddl.stdlib.Ops.subTo(phi, ddl.stdlib.Ops.mul((Object) Double.valueOf(0.5), g), phi);
    return ddl.stdlib.Lang.shared(phi);
  }
  return null;
}
{
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {
      step(ddl.stdlib.builtins.CreateBuiltins.ones(new Object[] {(Object) Long.valueOf(2L)}, "float64"), ddl.stdlib.Lang.array((Object) Long.valueOf(1L), (Object) Long.valueOf(2L)))}, " ", "\n");
}
