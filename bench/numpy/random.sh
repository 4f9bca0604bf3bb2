#!/usr/bin/env bash
# numpy's random streams at 1e7 values (issue 16's targets: <= 1.0x numpy), ddl beside numpy in
# the same run, each timed inside its process; ddl and numpy take turns (ROUNDS times, 9 draws
# each, the first left out as the JIT's warm-up), so that a slow phase of the machine falls on
# both; medians over every draw.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
"$root/ddl" --version >/dev/null   # builds if needed
tmp="$(mktemp -d)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "${ROUNDS:-3}"); do
  "$root/ddl" "$root/bench/numpy/random.ddl" | tail -n +2 >> "$tmp/ddl.txt"
  python3 "$root/bench/numpy/random.py" | tail -n +2 >> "$tmp/numpy.txt"
done
python3 -c '
import statistics, sys
a = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
b = [list(map(float, l.split())) for l in open(sys.argv[2]) if l.strip()]
names = ["random.normal(size=10**7)", "rng.standard_normal(10**7)", "random.rand(10**7)"]
for k, name in enumerate(names):
    d = statistics.median(r[k] for r in a)
    n = statistics.median(r[k] for r in b)
    print("%-28s ddl %7.1f ms  numpy %7.1f ms  %.2fx" % (name, d * 1e3, n * 1e3, d / n))' "$tmp/ddl.txt" "$tmp/numpy.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$tmp"
