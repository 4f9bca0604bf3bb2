#!/usr/bin/env bash
# A long fuzz run: ./dsl/fuzz.sh [COUNT [SEED]] (default 100000 inputs).
# Each input is logged before it runs to target/fuzz.log, to find one that hangs; a new session
# starts every 10,000 inputs (a session's cost per input grows with its length).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
seed="${2:-20261201}"
./mvnw -B -q install -DskipTests -pl stdlib,dsl -am
rm -f dsl/target/fuzz.log
./mvnw -B -q -pl dsl verify -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dddl.fuzz.count="$count" -Dddl.fuzz.seed="$seed" -Dddl.fuzz.session=10000 \
  -Dddl.fuzz.log="$PWD/dsl/target/fuzz.log" \
  -Dsurefire.timeout=0
