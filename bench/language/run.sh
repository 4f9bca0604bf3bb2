#!/usr/bin/env bash
# Language-level figures of issue 4, measured through the real launcher:
#   - ./ddl -e '1 + 1' from a cold JVM (median of N runs)
#   - a 20-statement script (median of N runs), and its ratio to the -e time
#   - a 10-million-iteration scalar loop, timed inside the run, beside the same loop in CPython
#   - elementwise statements and axis reductions on 1e6 float64 (arrays.ddl), timed inside the run,
#     beside numpy
# The steady-state time of one statement is measured in-process by
# bench/main.sh ddl.bench.StatementBenchmark (see bench/README.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
n="${N:-9}"
"$root/ddl" --version >/dev/null   # builds if needed, and makes the class-sharing archive
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
times() { for _ in $(seq "$n"); do /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1; done; }
e=$(times "$root/ddl" -e '1 + 1' | median)
s=$(times "$root/ddl" "$root/bench/language/script20.ddl" | median)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "ddl -e '1 + 1':        ${e} s (median of $n)"
echo "20-statement script:   ${s} s (median of $n), $(echo "scale=2; $s / $e" | bc)x the -e time"
echo "10M scalar loop, ddl:    $("$root/ddl" "$root/bench/language/loop10m.ddl" | head -1)"
echo "10M scalar loop, CPython: $(python3 "$root/bench/language/loop10m.py")"
# arrays: the median of 5 rounds per statement, ms per statement, and the ratio to numpy's
cols() { python3 -c '
import statistics, sys
a = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
b = [list(map(float, l.split())) for l in open(sys.argv[2]) if l.strip()]
names = ["acc = acc + y", "z = 2 * x + 1", "p = x * y", "sum(m, axis=0)", "sum(m, axis=1)",
         "max(m, axis=0)", "argmax(m, axis=1)"]
for k, name in enumerate(names):
    d = statistics.median(r[k] for r in a)
    n = statistics.median(r[k] for r in b)
    print("%-17s ddl %.3f ms  numpy %.3f ms  %.2fx" % (name, d, n, d / n))' "$1" "$2"; }
tmp="$(mktemp -d)"
"$root/ddl" "$root/bench/language/arrays.ddl" > "$tmp/ddl.txt"
python3 "$root/bench/language/arrays.py" > "$tmp/numpy.txt"
echo "on 1e6 float64, m = x.reshape(1000, 1000) (1000 runs of each statement, median of 5 rounds):"
cols "$tmp/ddl.txt" "$tmp/numpy.txt"
rm -rf "$tmp"
