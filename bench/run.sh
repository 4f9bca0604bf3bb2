#!/usr/bin/env bash
# Builds the benchmarks, runs JMH and the numpy script, and prints the comparison table.
# Results go to bench/results/<date-time>/ (and bench/results/latest); about 8 minutes on 2 cores.
#
#   bench/run.sh                          everything
#   BENCH='Matmul' bench/run.sh           only JMH benchmarks matching a regex (numpy runs all)
#   JMH_OPTS='-f 1 -wi 1 -i 2' bench/run.sh   shorter runs
#   JVM_FLAGS='-XX:+UseG1GC' bench/run.sh     other JVM flags for the forks and LoopMemory
#                                              (they replace the launcher's, see Jvm.java)
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(dirname "$here")"
target="${DDL_BENCH_TARGET:-target-bench}"   # a build directory of its own (-Dddl.target)
out="$here/results/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"

echo "== build" >&2
(cd "$root" && ./mvnw -q -B -Pbench -Dmaven.test.skip=true -Dddl.target="$target" -pl bench -am package)
cp="$here/$target/classes:$(cat "$here/$target/classpath.txt")"

# the ddl launcher's flags (keep in step with Jvm.java and the launcher)
launcher=(-XX:+UseParallelGC -Xmn256m -XX:+UseTransparentHugePages -XX:TieredStopAtLevel=4 -Xss16m
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED)
extra=()
if [[ -n "${JVM_FLAGS:-}" ]]; then
  read -r -a flags <<< "$JVM_FLAGS"
  launcher=(-XX:TieredStopAtLevel=4 -Xss16m
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED "${flags[@]}")
  extra=(-jvmArgs "${launcher[*]}")
fi
{
  echo "date: $(date -Is)"
  echo "host: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "numpy: $(python3 -c 'import numpy; print(numpy.__version__)')"
  echo "jvm flags: ${launcher[*]}"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/env.txt"
cat "$out/env.txt" >&2

echo "== JMH" >&2
read -r -a jmh_opts <<< "${JMH_OPTS:--f 1 -wi 3 -i 5 -w 1s -r 1s}"
java -cp "$cp" org.openjdk.jmh.Main "${BENCH:-(Elementwise|Reduce|Matmul|Loop)Bench\.}" \
  "${jmh_opts[@]}" "${extra[@]}" -rf json -rff "$out/jmh.json" | tee "$out/jmh.txt" >&2

echo "== memory of the add loop" >&2
java "${launcher[@]}" -cp "$cp" ddl.bench.LoopMemory add 5 > "$out/ddl_loop_add.json"
# the loops that reuse memory allocate one 8 MB array per round: enough rounds to fill the young
# generation once, so the figures show where the process settles
java "${launcher[@]}" -cp "$cp" ddl.bench.LoopMemory inplace 40 > "$out/ddl_loop_inplace.json"
java "${launcher[@]}" -cp "$cp" ddl.bench.LoopMemory assign 40 > "$out/ddl_loop_assign.json"
python3 "$here/numpy_bench.py" --loop-memory > "$out/numpy_loop.json"

echo "== numpy" >&2
python3 "$here/numpy_bench.py" > "$out/numpy.json"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/env.txt"

python3 "$here/report.py" "$out" | tee "$out/table.md"
ln -sfn "$(basename "$out")" "$here/results/latest"
echo "results: $out" >&2
