Object r = null;
Object x = null;
Object g = null;
{
  ddl$s.ctx.statement();
  r = ddl.stdlib.Lang.array((Object) Double.valueOf(1.0), (Object) Double.valueOf(2.0));
  ddl$s.ctx.statement();
  x = ddl.stdlib.Lang.array((Object) Double.valueOf(3.0), (Object) Double.valueOf(4.0));
  ddl$s.ctx.statement();
  g = ddl.stdlib.Lang.array(ddl.stdlib.Ops.mul((Object) Long.valueOf(2L), ddl.stdlib.builtins.MathBuiltins.sum(ddl.stdlib.Lang.shared(r), (Object) null, (Object) Boolean.FALSE)), ddl.stdlib.Ops.mul((Object) Long.valueOf(2L), ddl.stdlib.builtins.MathBuiltins.sum(ddl.stdlib.Ops.mul(r, x), (Object) null, (Object) Boolean.FALSE)));
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(g)}, " ", "\n");
}
