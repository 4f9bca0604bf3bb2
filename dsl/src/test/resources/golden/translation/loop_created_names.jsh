Object k = null;
Object b = null;
Object c = null;
Object d = null;
Object e = null;
Object f = null;
Object j = null;
Object w = null;
Object z = null;
Object g = null;
{
  ddl$s.ctx.statement();
  {
    long k$l = 0;
    long b$l = 0;
    long c$l = 0;
    boolean k$l$ran = false;
    boolean b$l$ran = false;
    boolean c$l$ran = false;
    int k$ = -1;
    long r0$s = 0, b0$s = 0, c0$s = 0;
    if (k$ < 0) {
      try {
        d$: {
          long b0$ = 3L, c0$ = 1L;
          for (long r0$ = 0L; r0$ < b0$; r0$ += c0$) {
            ddl$s.ctx.check();
            k$l = r0$;
            k$l$ran = true;
            b$l = 4611686018427387904L;
            b$l$ran = true;
            try {
              b$l = Math.multiplyExact(b$l, 4L);
            } catch (ArithmeticException e$) {
              k$ = 1; r0$s = r0$; b0$s = b0$; c0$s = c0$; break d$;
            }
            b$l$ran = true;
            c$l = 1L;
            c$l$ran = true;
          }
        }
      } finally {
        if (k$l$ran) k = k$l;
        if (b$l$ran) b = b$l;
        if (c$l$ran) c = c$l;
      }
    }
    if (k$ >= 0) {
      if (k$ == 0 || k$ == 1) {
        long r0$, b0$, c0$;
        if (k$ != 0) {
          r0$ = r0$s; b0$ = b0$s; c0$ = c0$s;
        } else {
          b0$ = 3L; c0$ = 1L; r0$ = 0L;
        }
        for (; r0$ < b0$; r0$ += c0$) {
          if (k$ == 0) {
            ddl$s.ctx.check();
            k = (Object) Long.valueOf(r0$);
          }
          if (k$ == 0) {
            b = (Object) Long.valueOf(4611686018427387904L);
          }
          if (k$ == 0 || k$ == 1) {
            if (k$ == 1) k$ = 0;
            b = ddl.stdlib.Ops.mulTo(b, (Object) Long.valueOf(4L), ddl$s.ctx.reusable(b));
          }
          if (k$ == 0) {
            c = (Object) Long.valueOf(1L);
          }
        }
      }
    }
  }
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(b), ddl.stdlib.Lang.shared(c), ddl.stdlib.Lang.shared(k)}, " ", "\n");
  ddl$s.ctx.statement();
  {
    long k$l = ddl.stdlib.Lang.isLong(k) ? ddl.stdlib.Lang.asLong(k) : 0;
    double d$l = 0;
    boolean d$l$ran = false;
    int k$ = ddl.stdlib.Lang.isLong(k) ? -1 : 0;
    long r1$s = 0, b1$s = 0, c1$s = 0;
    if (k$ < 0) {
      try {
        d$: {
          long b1$ = 3L, c1$ = 1L;
          for (long r1$ = 0L; r1$ < b1$; r1$ += c1$) {
            ddl$s.ctx.check();
            k$l = r1$;
            if ((k$l == 1L)) {
              break;
            }
            d$l = (k$l * 1.5);
            d$l$ran = true;
          }
        }
      } finally {
        k = k$l;
        if (d$l$ran) d = d$l;
      }
    }
    if (k$ >= 0) {
      if (k$ == 0) {
        long b2$ = 3L, c2$ = 1L;
        for (long r2$ = 0L; r2$ < b2$; r2$ += c2$) {
          ddl$s.ctx.check();
          k = (Object) Long.valueOf(r2$);
          if (ddl.stdlib.Ops.truth(ddl.stdlib.Ops.eq(k, (Object) Long.valueOf(1L)))) {
            break;
          }
          d = ddl.stdlib.Ops.mulTo(k, (Object) Double.valueOf(1.5), ddl$s.ctx.reusable(d));
        }
      }
    }
  }
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(d)}, " ", "\n");
  ddl$s.ctx.statement();
  {
    long k$l = ddl.stdlib.Lang.isLong(k) ? ddl.stdlib.Lang.asLong(k) : 0;
    int k$ = ddl.stdlib.Lang.isLong(k) ? -1 : 0;
    long r3$s = 0, b3$s = 0, c3$s = 0;
    if (k$ < 0) {
      try {
        d$: {
          long b3$ = 2L, c3$ = 1L;
          for (long r3$ = 0L; r3$ < b3$; r3$ += c3$) {
            ddl$s.ctx.check();
            k$l = r3$;
            e = (Object) Long.valueOf(1L);
            e = "x";
          }
        }
      } finally {
        k = k$l;
      }
    }
    if (k$ >= 0) {
      if (k$ == 0) {
        long b4$ = 2L, c4$ = 1L;
        for (long r4$ = 0L; r4$ < b4$; r4$ += c4$) {
          ddl$s.ctx.check();
          k = (Object) Long.valueOf(r4$);
          e = (Object) Long.valueOf(1L);
          e = "x";
        }
      }
    }
  }
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(e)}, " ", "\n");
  ddl$s.ctx.statement();
  {
    long k$l = ddl.stdlib.Lang.isLong(k) ? ddl.stdlib.Lang.asLong(k) : 0;
    long f$l = 0;
    long j$l = 0;
    boolean f$l$ran = false;
    boolean j$l$ran = false;
    int k$ = ddl.stdlib.Lang.isLong(k) ? -1 : 0;
    long r5$s = 0, b5$s = 0, c5$s = 0;
    long r6$s = 0, b6$s = 0, c6$s = 0;
    if (k$ < 0) {
      try {
        d$: {
          long b5$ = 2L, c5$ = 1L;
          for (long r5$ = 0L; r5$ < b5$; r5$ += c5$) {
            ddl$s.ctx.check();
            k$l = r5$;
            f$l = 1L;
            f$l$ran = true;
            long b6$ = k$l, c6$ = 1L;
            for (long r6$ = 0L; r6$ < b6$; r6$ += c6$) {
              ddl$s.ctx.check();
              j$l = r6$;
              j$l$ran = true;
              try {
                f$l = Math.addExact(f$l, j$l);
              } catch (ArithmeticException e$) {
                k$ = 1; r5$s = r5$; b5$s = b5$; c5$s = c5$; r6$s = r6$; b6$s = b6$; c6$s = c6$; break d$;
              }
              f$l$ran = true;
            }
                ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {(Object) Long.valueOf(f$l)}, " ", "\n");
          }
        }
      } finally {
        k = k$l;
        if (f$l$ran) f = f$l;
        if (j$l$ran) j = j$l;
      }
    }
    if (k$ >= 0) {
      if (k$ == 0 || k$ == 1) {
        long r5$, b5$, c5$;
        if (k$ != 0) {
          r5$ = r5$s; b5$ = b5$s; c5$ = c5$s;
        } else {
          b5$ = 2L; c5$ = 1L; r5$ = 0L;
        }
        for (; r5$ < b5$; r5$ += c5$) {
          if (k$ == 0) {
            ddl$s.ctx.check();
            k = (Object) Long.valueOf(r5$);
          }
          if (k$ == 0) {
            f = (Object) Long.valueOf(1L);
          }
          if (k$ == 0 || k$ == 1) {
            long r6$, b6$, c6$;
            if (k$ != 0) {
              r6$ = r6$s; b6$ = b6$s; c6$ = c6$s;
            } else {
              b6$ = ddl.stdlib.Lang.rangeBound(ddl.stdlib.Lang.shared(k), "stop"); c6$ = 1L; r6$ = 0L;
            }
            for (; r6$ < b6$; r6$ += c6$) {
              if (k$ == 0) {
                ddl$s.ctx.check();
                j = (Object) Long.valueOf(r6$);
              }
              if (k$ == 0 || k$ == 1) {
                if (k$ == 1) k$ = 0;
                f = ddl.stdlib.Ops.addTo(f, j, ddl$s.ctx.reusable(f));
              }
            }
          }
          if (k$ == 0) {
                ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(f)}, " ", "\n");
          }
        }
      }
    }
  }
  ddl$s.ctx.statement();
  w = (Object) Long.valueOf(0L);
  ddl$s.ctx.statement();
  {
    long z$l = 0;
    long w$l = ddl.stdlib.Lang.isLong(w) ? ddl.stdlib.Lang.asLong(w) : 0;
    boolean z$l$ran = false;
    int k$ = ddl.stdlib.Lang.isLong(w) ? -1 : 0;
    if (k$ < 0) {
      try {
        d$: {
          while ((w$l < 3L)) {
            ddl$s.ctx.check();
            z$l = w$l;
            z$l$ran = true;
            try {
              w$l = Math.addExact(w$l, 1L);
            } catch (ArithmeticException e$) {
              k$ = 1; break d$;
            }
          }
        }
      } finally {
        if (z$l$ran) z = z$l;
        w = w$l;
      }
    }
    if (k$ >= 0) {
      if (k$ == 0 || k$ == 1) {
        while (k$ != 0 || ddl.stdlib.Ops.truth(ddl.stdlib.Ops.lt(w, (Object) Long.valueOf(3L)))) {
          ddl$s.ctx.check();
          if (k$ == 0) {
            z = ddl.stdlib.Lang.shared(w);
          }
          if (k$ == 0 || k$ == 1) {
            if (k$ == 1) k$ = 0;
            w = ddl.stdlib.Ops.addTo(w, (Object) Long.valueOf(1L), ddl$s.ctx.reusable(w));
          }
        }
      }
    }
  }
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(z), ddl.stdlib.Lang.shared(w)}, " ", "\n");
  ddl$s.ctx.statement();
  {
    long k$l = ddl.stdlib.Lang.isLong(k) ? ddl.stdlib.Lang.asLong(k) : 0;
    long g$l = 0;
    boolean g$l$ran = false;
    int k$ = ddl.stdlib.Lang.isLong(k) ? -1 : 0;
    long r7$s = 0, b7$s = 0, c7$s = 0;
    if (k$ < 0) {
      try {
        d$: {
          long b7$ = 0L, c7$ = 1L;
          for (long r7$ = 0L; r7$ < b7$; r7$ += c7$) {
            ddl$s.ctx.check();
            k$l = r7$;
            g$l = 1L;
            g$l$ran = true;
          }
        }
      } finally {
        k = k$l;
        if (g$l$ran) g = g$l;
      }
    }
    if (k$ >= 0) {
      if (k$ == 0) {
        long b8$ = 0L, c8$ = 1L;
        for (long r8$ = 0L; r8$ < b8$; r8$ += c8$) {
          ddl$s.ctx.check();
          k = (Object) Long.valueOf(r8$);
          g = (Object) Long.valueOf(1L);
        }
      }
    }
  }
  ddl$s.ctx.statement();
  {
    long k$l = ddl.stdlib.Lang.isLong(k) ? ddl.stdlib.Lang.asLong(k) : 0;
    long g$l = ddl.stdlib.Lang.isLong(g) ? ddl.stdlib.Lang.asLong(g) : 0;
    int k$ = ddl.stdlib.Lang.isLong(k) && ddl.stdlib.Lang.isLong(g) ? -1 : 0;
    long r9$s = 0, b9$s = 0, c9$s = 0;
    if (k$ < 0) {
      try {
        d$: {
          long b9$ = 2L, c9$ = 1L;
          for (long r9$ = 0L; r9$ < b9$; r9$ += c9$) {
            ddl$s.ctx.check();
            k$l = r9$;
            g$l = 5L;
          }
        }
      } finally {
        k = k$l;
        g = g$l;
      }
    }
    if (k$ >= 0) {
      if (k$ == 0) {
        long b10$ = 2L, c10$ = 1L;
        for (long r10$ = 0L; r10$ < b10$; r10$ += c10$) {
          ddl$s.ctx.check();
          k = (Object) Long.valueOf(r10$);
          g = (Object) Long.valueOf(5L);
        }
      }
    }
  }
  ddl$s.ctx.statement();
      ddl.stdlib.builtins.SystemBuiltins.print(ddl$s.ctx, new Object[] {ddl.stdlib.Lang.shared(g), ddl.stdlib.Lang.shared(k)}, " ", "\n");
}
