#!/usr/bin/env bash
# Builds the benchmarks and runs the main of one of them with the launcher's JVM flags:
#   bench/main.sh ddl.bench.StatementBenchmark
#   bench/main.sh ddl.bench.learn.GdBenchmark 21
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(dirname "$here")"
target="${DDL_BENCH_TARGET:-target-bench}"
(cd "$root" && ./mvnw -q -B -Pbench -Dmaven.test.skip=true -Dddl.target="$target" -pl bench -am package) >&2
cp="$here/$target/classes:$(cat "$here/$target/classpath.txt")"
exec java -XX:+UseParallelGC -Xmn256m -XX:+UseTransparentHugePages -XX:TieredStopAtLevel=4 -Xss16m \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  -cp "$cp" "$@"
