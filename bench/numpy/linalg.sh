#!/usr/bin/env bash
# linalg.solve/inv/svd/eigh of 500x500 float64 and einsum against numpy, in the same run:
# linalg.ddl and linalg.py alternate ROUNDS times (default 3), each timing every operation
# in-process (median of its repetitions after warm-up); the table shows the median over rounds of
# each side and their ratio beside the target, and the same for the minima (less disturbed by
# other load on the machine; the targets are for the medians).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rounds="${ROUNDS:-3}"
"$root/ddl" --version >/dev/null
tmp="$(mktemp -d)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$rounds"); do
  "$root/ddl" "$here/linalg.ddl" >> "$tmp/ddl.txt"
  python3 "$here/linalg.py" >> "$tmp/numpy.txt"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$tmp/ddl.txt" "$tmp/numpy.txt" <<'PY'
import statistics, sys
def read(p):
    d, m = {}, {}
    for line in open(p):
        name, ms, lo = line.split()
        d.setdefault(name, []).append(float(ms))
        m.setdefault(name, []).append(float(lo))
    return ({k: statistics.median(v) for k, v in d.items()}, {k: min(v) for k, v in m.items()})
(ddl, ddl_min), (np_, np_min) = read(sys.argv[1]), read(sys.argv[2])
# (ddl row, numpy row it is compared with, target ratio)
rows = [("solve", "solve", 1.5), ("inv", "inv", 1.5), ("svd", "svd", 1.5), ("eigh", "eigh", 1.5),
        ("einsum_ij_jk", "matmul_1000", 1.2), ("einsum_bij_bjk", "einsum_bij_bjk", 1.0),
        ("einsum_ij_jk", "einsum_ij_jk", None), ("matmul_1000", "matmul_1000", None)]
print("| ddl | median ms | numpy | median ms | ratio | target | min ms ddl / numpy | ratio of minima |")
print("|---|---|---|---|---|---|---|---|")
for d, n, target in rows:
    ratio = ddl[d] / np_[n]
    t = "" if target is None else ("<= %.1fx %s" % (target, "ok" if ratio <= target else "MISSED"))
    print("| %s | %.2f | %s | %.2f | %.2fx | %s | %.2f / %.2f | %.2fx |" % (
        d, ddl[d], n, np_[n], ratio, t, ddl_min[d], np_min[n], ddl_min[d] / np_min[n]))
PY
rm -rf "$tmp"
