#!/usr/bin/env bash
# Checked integer loops (Python's ints): 10 million iterations at top level and in a def, as
# `./ddl -e` runs them. Each case runs 3 times in one process; prints the medians over 5 processes
# of the first and the third run (ms). DDL_DIR=OTHER_CHECKOUT runs another tree, to compare.
set -euo pipefail
cd "${DDL_DIR:-$(dirname "$0")/../..}"
med() { sort -n | sed -n 3p; }
run() {
  local out; out=$(for k in 1 2 3 4 5; do ./ddl -e "$1" 2>&1 | tail -3 | tr '\n' ' '; echo; done)
  printf 'first %.1f  third %.1f\n' "$(echo "$out" | awk '{print $1}' | med)" \
    "$(echo "$out" | awk '{print $3}' | med)"
}
T='t0 = System.nanoTime(); BODY; print((System.nanoTime() - t0) / 1e6)'
rep() { local b="${T/BODY/$1}"; printf '%s\n%s\n%s' "$b" "$b" "$b"; }
echo "top int   : $(run "$(rep 's = 0; for i in range(10_000_000) { s = s + i }')")"
echo "top float : $(run "$(rep 's = 0; for i in range(10_000_000) { s = s + i * 0.5 }')")"
echo "def int   : $(run "def f(n) { s = 0; for i in range(n) { s = s + i }; return s }
$(rep 'r = f(10_000_000)')")"
echo "def float : $(run "def g(n) { s = 0; for i in range(n) { s = s + i * 0.5 }; return s }
$(rep 'r = g(10_000_000)')")"
