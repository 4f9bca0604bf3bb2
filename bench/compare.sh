#!/usr/bin/env bash
# Runs one JMH benchmark class on two trees in alternation and prints the median per case.
#
#   bench/compare.sh OTHER_TREE [ROUNDS] [REGEX]
#
# OTHER_TREE is a checkout to compare with (e.g. `git worktree add /tmp/before <commit>`); this
# benchmark class is copied into it if it lacks one. ROUNDS (default 3) runs of each tree, before
# and after in turn, so that the load of the machine falls on both; REGEX defaults to
# WarningsBench. JMH_OPTS as in run.sh (default -f 1 -wi 2 -i 3 -w 1s -r 1s). Results go to
# bench/results/compare-<date-time>/: one JMH json per run, and table.md.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(dirname "$here")"
other="$(cd "$1" && pwd)"
rounds="${2:-3}"
bench="${3:-WarningsBench}"
target="${DDL_BENCH_TARGET:-target-bench}"
out="$here/results/compare-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
read -r -a jmh_opts <<< "${JMH_OPTS:--f 1 -wi 2 -i 3 -w 1s -r 1s}"

for src in "$here"/src/main/java/ddl/bench/"$bench".java; do
  dst="$other/bench/src/main/java/ddl/bench/$(basename "$src")"
  [[ -e "$dst" ]] || cp "$src" "$dst"
done
for tree in "$other" "$root"; do
  echo "== build $tree" >&2
  (cd "$tree" && ./mvnw -q -B -Pbench -Dmaven.test.skip=true -Dddl.target="$target" -pl bench -am package)
done
{
  echo "other: $other ($(git -C "$other" log -1 --format='%h %s' | cut -c1-80))"
  echo "this: $root ($(git -C "$root" log -1 --format='%h %s' | cut -c1-80))"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/env.txt"
for r in $(seq "$rounds"); do
  for side in other this; do
    tree="$root"; [[ "$side" == other ]] && tree="$other"
    cp="$tree/bench/$target/classes:$(cat "$tree/bench/$target/classpath.txt")"
    echo "== round $r: $side (load $(cut -d' ' -f1 /proc/loadavg))" >&2
    java -cp "$cp" org.openjdk.jmh.Main "$bench" "${jmh_opts[@]}" \
      -rf json -rff "$out/$side-$r.json" > "$out/$side-$r.txt"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/env.txt"
python3 - "$out" <<'PY' | tee "$out/table.md"
import glob, json, os, statistics, sys
out = sys.argv[1]
runs = {}
for f in sorted(glob.glob(os.path.join(out, '*.json'))):
    side = os.path.basename(f).split('-')[0]
    for b in json.load(open(f)):
        key = (b['benchmark'].split('.')[-1], int(b['params']['n']))
        runs.setdefault(key, {}).setdefault(side, []).append(b['primaryMetric']['score'])
def fmt(us):
    return f'{us * 1000:.1f} ns' if us < 1 else f'{us:.2f} µs' if us < 1000 else f'{us / 1000:.2f} ms'
print('| case | n | other (median, runs) | this (median, runs) | this/other |')
print('|---|---:|---|---|---:|')
for (name, n), sides in sorted(runs.items()):
    o, t = sides.get('other', []), sides.get('this', [])
    if not o or not t:
        continue
    mo, mt = statistics.median(o), statistics.median(t)
    print(f'| {name} | {n} | {fmt(mo)} ({", ".join(fmt(v) for v in o)}) '
          f'| {fmt(mt)} ({", ".join(fmt(v) for v in t)}) | {mt / mo:.2f} |')
PY
echo "results: $out" >&2
