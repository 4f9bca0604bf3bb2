#!/usr/bin/env bash
# Spike behind the build's OpenBLAS 0.3.28 (JavaCPP 1.5.11; ND4J M2.1 was built on 1.5.7 and 0.3.19): does it close
# matmul's gap to numpy? Times cblas_dgemm of ND4J's OpenBLAS 0.3.19 and of a newer preset, each in
# its own JVM (the two javacpp versions cannot share one), interleaved with numpy's matmul.
#   bench/blas_spike.sh [n] [reps] [rounds]     OPENBLAS_NUM_THREADS=1 compares one core's kernels
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
n="${1:-2000}" reps="${2:-7}" rounds="${3:-3}"
new_cpp="${NEW_JAVACPP:-1.5.11}" new_blas="${NEW_OPENBLAS:-0.3.28-1.5.11}"
repo="$HOME/.m2/repository/org/bytedeco"
for a in "javacpp:$new_cpp" "javacpp:$new_cpp:jar:linux-x86_64" \
    "openblas:$new_blas" "openblas:$new_blas:jar:linux-x86_64"; do
  "$here/../mvnw" -q -B dependency:get -Dartifact="org.bytedeco:$a" >&2
done
cp_of() { # javacpp version, openblas version
  echo "$repo/javacpp/$1/javacpp-$1.jar:$repo/javacpp/$1/javacpp-$1-linux-x86_64.jar:$repo/openblas/$2/openblas-$2.jar:$repo/openblas/$2/openblas-$2-linux-x86_64.jar"
}
old="$(cp_of 1.5.7 0.3.19-1.5.7)"
new="$(cp_of "$new_cpp" "$new_blas")"
for ((i = 0; i < rounds; i++)); do
  echo -n "0.3.19 (ND4J)  "; java -cp "$old" "$here/spike/BlasVersions.java" "$n" "$reps"
  echo -n "$new_blas  "; java -cp "$new" "$here/spike/BlasVersions.java" "$n" "$reps"
  python3 - "$n" "$reps" <<'PY'
import sys, time, numpy as np
n, reps = int(sys.argv[1]), int(sys.argv[2])
r = np.random.default_rng(42); x = r.random((n, n)); y = r.random((n, n)); t = []
for _ in range(reps):
    t0 = time.perf_counter(); x @ y; t.append((time.perf_counter() - t0) * 1e3)
print("numpy %s  n=%d %.1f ms" % (np.__version__, n, sorted(t)[reps // 2]))
PY
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
