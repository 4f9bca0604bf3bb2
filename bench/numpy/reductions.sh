#!/usr/bin/env bash
# convolve(a, v) of 1e5 x 100 and cumsum, sort, argsort, median of 1e6 float64, in ddl and in
# numpy in the same run, each timed inside its process: the median of 40 rounds (the first 15
# rounds, while the JIT compiles, are left out on both sides), and the ratio ddl / numpy.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
"$root/ddl" --version >/dev/null
tmp="$(mktemp -d)"
"$root/ddl" "$root/bench/numpy/reductions.ddl" > "$tmp/ddl.txt"
python3 "$root/bench/numpy/reductions.py" > "$tmp/numpy.txt"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$tmp/ddl.txt" "$tmp/numpy.txt" <<'PY'
import statistics, sys
rows = lambda f: [list(map(float, l.split())) for l in open(f) if l.strip()][15:]
a, b = rows(sys.argv[1]), rows(sys.argv[2])
names = ["convolve(a, v) 1e5 x 100", "cumsum(x) 1e6", "sort(x) 1e6", "argsort(x) 1e6", "median(x) 1e6"]
for k, name in enumerate(names):
    d = statistics.median(r[k] for r in a)
    n = statistics.median(r[k] for r in b)
    print("%-26s ddl %8.3f ms  numpy %8.3f ms  %.2fx" % (name, d, n, d / n))
PY
rm -rf "$tmp"
