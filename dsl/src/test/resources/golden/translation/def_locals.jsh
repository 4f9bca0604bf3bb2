Object h(Object n) {
  double s = 0;
  long c = 0;
  long i = 0;
  int k$ = -1;
  long r0$s = 0, b0$s = 0, c0$s = 0;
  d$: {
    if (true) {
      s = 0L;
      c = 0L;
      long b0$ = ddl.stdlib.Lang.rangeBound(ddl.stdlib.Lang.shared(n), "stop"), c0$ = 1L;
      for (long r0$ = 0L; r0$ < b0$; r0$ += c0$) {
        ddl$s.ctx.check();
        i = r0$;
        s = (s + (i * 0.5));
        try {
          c = Math.addExact(c, 1L);
        } catch (ArithmeticException e$) {
          k$ = 1; r0$s = r0$; b0$s = b0$; c0$s = c0$; break d$;
        }
        if ((c > 100L)) {
          break;
        }
      }
      return ddl.stdlib.Lang.array((Object) Double.valueOf(s), (Object) Long.valueOf(c));
    }
  }
  if (k$ < 0) return null;
  Object s$o = (Object) Double.valueOf(s);
  Object c$o = (Object) Long.valueOf(c);
  Object i$o = (Object) Long.valueOf(i);
  if (true) {
    if (k$ == 0) {
      s$o = (Object) Long.valueOf(0L);
    }
    if (k$ == 0) {
      c$o = (Object) Long.valueOf(0L);
    }
    if (k$ == 0 || k$ == 1) {
      long r0$, b0$, c0$;
      if (k$ != 0) {
        r0$ = r0$s; b0$ = b0$s; c0$ = c0$s;
      } else {
        b0$ = ddl.stdlib.Lang.rangeBound(ddl.stdlib.Lang.shared(n), "stop"); c0$ = 1L; r0$ = 0L;
      }
      for (; r0$ < b0$; r0$ += c0$) {
        if (k$ == 0) {
          ddl$s.ctx.check();
          i$o = (Object) Long.valueOf(r0$);
        }
        if (k$ == 0) {
          s$o = ddl.stdlib.Ops.owned(((ddl.stdlib.Fused.Kernel) (v$) -> { ddl.stdlib.Fused p$ = ddl.stdlib.Fused.plan(v$, 3); if (p$ != null) { double[] a0$ = p$.data[0]; int o0$ = p$.offset[0], s0$ = p$.step[0]; double[] a1$ = p$.data[1]; int o1$ = p$.offset[1], s1$ = p$.step[1]; double[] a2$ = p$.data[2]; int o2$ = p$.offset[2], s2$ = p$.step[2]; double[] r$ = p$.output(v$[3], v$); for (int i$ = 0; i$ < p$.size; i$++) { r$[i$] = (a0$[o0$ + i$ * s0$] + (a1$[o1$ + i$ * s1$] * a2$[o2$ + i$ * s2$])); } Object t$ = p$.result(r$); if (t$ != null) { return t$; } } return ddl.stdlib.Ops.addFresh(ddl.stdlib.Ops.mul(v$[1], v$[2]), v$[0]); }).apply(new Object[] {s$o, i$o, (Object) Double.valueOf(0.5), s$o}));
        }
        if (k$ == 0 || k$ == 1) {
          if (k$ == 1) k$ = 0;
          c$o = ddl.stdlib.Lang.inplace("add", c$o, (Object) Long.valueOf(1L));
        }
        if (k$ == 0) {
          if (ddl.stdlib.Ops.truth(ddl.stdlib.Ops.gt(c$o, (Object) Long.valueOf(100L)))) {
            break;
          }
        }
      }
    }
    if (k$ == 0) {
      return ddl.stdlib.Lang.array(ddl.stdlib.Lang.shared(s$o), ddl.stdlib.Lang.shared(c$o));
    }
  }
  return null;
}
{
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {
      h((Object) Long.valueOf(1000L))}, " ", "\n");
}
