#!/usr/bin/env bash
# Cold export timing (issue 16 item 3): runs `ridgeline export` of the default preset (all formats) in a fresh JVM
# RUNS times (default 5), each into a fresh temp folder, and prints each wall time, the median and the load.
# Usage: .ci/bench-export.sh [JAR] [RUNS] [extra export args...]
set -euo pipefail
jar=${1:-app/target/ridgeline.jar}
runs=${2:-5}
shift $(( $# > 2 ? 2 : $# )) || true
echo "load before: $(uptime | sed 's/.*load average: //')"
times=()
for i in $(seq 1 "$runs"); do
  out=$(mktemp -d /tmp/ridgeline-export-bench.XXXXXX)
  start=$(date +%s.%N)
  java -jar "$jar" export --out "$out" "$@" > /dev/null
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc -l)
  times+=("$t")
  printf 'run %d: %.3f s  (%s files, %s KB)\n' "$i" "$t" "$(ls "$out" | wc -l)" "$(du -sk "$out" | cut -f1)"
  rm -rf "$out"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
printf 'median of %d: %.3f s\n' "$runs" "$median"
echo "load after: $(uptime | sed 's/.*load average: //')"
