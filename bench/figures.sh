#!/usr/bin/env bash
# Times figure drawing: a 1e6-point scatter and a 1000x1000 heat map, in the terminal and to PNG.
# Goal: terminal <= 0.5 s, PNG <= 2 s. Usage: bench/figures.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench -Dddl.target=target-bench -pl bench -am package -DskipTests
cp="bench/target-bench/classes:$(cat bench/target-bench/classpath.txt)"
java -Djava.awt.headless=true -XX:+UseParallelGC -cp "$cp" ddl.bench.FigureBench "${1:-7}"
