#!/usr/bin/env bash
# Runs LoopMemory (1000 adds on 1e6 float64, 5 rounds) under several collector settings and prints,
# for each, the median seconds per round and the peak RSS. Build first (run.sh does).
#   bench/gc_flags.sh [add|inplace]
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
target="${DDL_BENCH_TARGET:-target-bench}"
cp="$here/$target/classes:$(cat "$here/$target/classpath.txt")"
mode="${1:-add}"
base=(-XX:TieredStopAtLevel=4 -Xss16m)
while IFS= read -r flags; do
  [[ -z "$flags" ]] && continue
  read -r -a f <<< "$flags"
  java "${base[@]}" "${f[@]}" -cp "$cp" ddl.bench.LoopMemory "$mode" 5 | python3 -c '
import json, statistics, sys
m = json.load(sys.stdin)
r = m["rounds"]
print("%-62s %6.3f s/round  peak RSS %5.0f MB  RSS %s MB  %d GCs %d ms" % (sys.argv[1],
      statistics.median(x["seconds"] for x in r), r[-1]["hwmMB"],
      "/".join("%.0f" % x["rssMB"] for x in r), r[-1]["gcCount"], r[-1]["gcMillis"]))' "$flags"
done <<'FLAGS'
-XX:+UseParallelGC
-XX:+UseParallelGC -Xmn64m
-XX:+UseParallelGC -Xmn256m
-XX:+UseParallelGC -XX:+UseTransparentHugePages
-XX:+UseParallelGC -Xmn64m -XX:+UseTransparentHugePages
-XX:+UseParallelGC -Xmn256m -XX:+UseTransparentHugePages
-XX:+UseG1GC
-XX:+UseSerialGC -Xmn64m
FLAGS
