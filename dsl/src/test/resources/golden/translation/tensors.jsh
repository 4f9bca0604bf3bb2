Object x = null;
Object phi = null;
Object r = null;
{
  ddl$s.ctx.statement();
  x = ddl.stdlib.Lang.array((Object) Double.valueOf(1.0), (Object) Double.valueOf(2.0), (Object) Double.valueOf(3.0));
  ddl$s.ctx.statement();
  phi = ddl.stdlib.Lang.array((Object) Double.valueOf(0.5), (Object) Double.valueOf(2.0));
  ddl$s.ctx.statement();
  r = ddl.stdlib.Ops.owned(ddl.stdlib.Ops.addFresh(ddl.stdlib.Ops.mul(ddl.stdlib.Lang.getitem(ddl.stdlib.Lang.shared(phi), (Object) Long.valueOf(1L)), x), ddl.stdlib.Lang.getitem(ddl.stdlib.Lang.shared(phi), (Object) Long.valueOf(0L))));
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(r), ddl.stdlib.builtins.MathBuiltins.sum(ddl.stdlib.Lang.shared(r), (Object) null, (Object) Boolean.FALSE), ddl.stdlib.Members.attr(ddl.stdlib.Lang.shared(r), "shape"), ddl.stdlib.Lang.getitem(ddl.stdlib.Lang.shared(x), ddl.stdlib.Ops.gt(x, (Object) Double.valueOf(1.5)))}, " ", "\n");
}
