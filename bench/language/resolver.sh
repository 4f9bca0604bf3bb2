#!/usr/bin/env bash
# Figures of the typed translation, through the real launcher beside CPython/numpy in the same run:
#   - the 1e7 scalar loop inside a timing loop that calls Java and print (nested_loop.ddl/.py), at
#     top level and in a def: median of the runs 2-5 of each, over P processes
#   - the lecture's gd loop in a def (gd_def.ddl/.py): the first run in a fresh process and the
#     median of runs 2-9, medians over P processes
# P=3 by default. DDL_DIR=OTHER_CHECKOUT runs another tree's ./ddl, to compare.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ddl="${DDL_DIR:-$here/../..}/ddl"
p="${P:-3}"
"$ddl" --version >/dev/null
stats() { python3 -c '
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
def med(xs): return statistics.median(xs)
if sys.argv[2] == "nested":
    for kind in ("top", "def"):
        runs = {}
        per = [float(r[1]) for r in rows if r[0] == kind]
        # 5 runs per process: the runs 2-5 of each
        later = [v for i, v in enumerate(per) if i % 5 != 0]
        print(kind, "%.1f" % med(later))
else:
    per = [float(r[0]) for r in rows]
    first = [v for i, v in enumerate(per) if i % 9 == 0]
    later = [v for i, v in enumerate(per) if i % 9 != 0]
    print("first %.2f later %.2f" % (med(first), med(later)))' "$1" "$2"; }
tmp="$(mktemp -d)"
for _ in $(seq "$p"); do
  "$ddl" "$here/nested_loop.ddl" >> "$tmp/nd"
  python3 "$here/nested_loop.py" >> "$tmp/np"
  "$ddl" "$here/gd_def.ddl" >> "$tmp/gd"
  python3 "$here/gd_def.py" >> "$tmp/gp"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
paste <(stats "$tmp/nd" nested) <(stats "$tmp/np" nested) | awk '{
  printf "1e7 loop in a timing loop, %s: ddl %s ms  CPython %s ms  CPython/ddl %.1fx\n", $1, $2, $4, $4 / $2 }'
paste <(stats "$tmp/gd" gd) <(stats "$tmp/gp" gd) | awk '{
  printf "gd in a def, n = 50, 1000 steps: first run ddl %s ms numpy %s ms (%.2fx numpy); runs 2-9 ddl %s ms numpy %s ms (%.2fx numpy)\n", $2, $6, $2 / $6, $4, $8, $4 / $8 }'
rm -rf "$tmp"
