#!/usr/bin/env bash
# The Jupyter kernel's latency over real sockets, through the ./ddl launcher as a front end runs
# it: kernel start to the first kernel_info reply, and execute of `1 + 1` on a warm kernel.
#   bench/kernel_latency.sh [STARTS [RUNS]]    (default 5 starts, 200 executes)
set -euo pipefail
cd "$(dirname "$0")/.."
./ddl -e '0' >/dev/null # builds the launcher's jars and class-data archive if needed
./mvnw -B -q -o test-compile -pl stdlib,dsl,repl,kernel -am
./mvnw -B -q -o dependency:build-classpath -pl kernel -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
java -cp "kernel/target/test-classes:$(cat kernel/target/test-classpath.txt)" \
  -Dddl.kernel.launcher="$PWD/ddl" ddl.kernel.KernelLatency "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
