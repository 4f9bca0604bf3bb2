#!/usr/bin/env bash
# numpy's elementwise functions on 1e6 elements, ddl beside numpy in the same run: the median of 5
# rounds of 100 calls each, in ms per call, and ddl's ratio to numpy.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
"$root/ddl" "$root/bench/numpy/elementwise.ddl" > "$tmp/ddl.txt"
python3 "$root/bench/numpy/elementwise.py" > "$tmp/numpy.txt"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$tmp/ddl.txt" "$tmp/numpy.txt" <<'PY'
import statistics, sys
a = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
b = [list(map(float, l.split())) for l in open(sys.argv[2]) if l.strip()]
names = ["floor(x)", "round(x, 2)", "square(x)", "power(p, 1.5)", "log2(p)", "clip(x, 0, None)",
         "isnan(x)", "remainder(n, 7)", "arctan2(x, p)"]
for k, name in enumerate(names):
    d = statistics.median(r[k] for r in a) * 10
    n = statistics.median(r[k] for r in b) * 10
    print("%-16s ddl %7.3f ms  numpy %7.3f ms  %5.2fx" % (name, d, n, d / n))
PY
rm -rf "$tmp"
