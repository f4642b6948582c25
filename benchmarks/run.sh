#!/usr/bin/env bash
# Times the bank plugin on synthetic banks of 1,000, 10,000 and 100,000 questions (issue 5).
#
# Usage: benchmarks/run.sh [runs]        (runs per measurement, default 3; medians are reported)
#
# Every measurement is a whole `mvn` process timed with GNU time, start-up included:
#   - `mvn -B -q validate`            for every N
#   - `mvn -B package` (full export)  for N <= 10,000, with target/bank deleted before each run
#   - `mvn -B package` again          for the largest packaged N: the unchanged rebuild
# Environment: BENCH_SIZES="1000 10000 100000" overrides the sizes (e.g. BENCH_SIZES=200 for a
# smoke test); BENCH_SKIP_INSTALL=1 skips installing the plugin; MAVEN_OPTS (e.g. -Xmx1g) is
# passed on to every Maven run as usual.
# Outputs: banks in benchmarks/target/bank-N/ (generated once per N), one log per run in
# benchmarks/target/logs/, the table in benchmarks/target/results.txt.
set -euo pipefail

runs="${1:-3}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: benchmarks/run.sh [runs]   (runs: a positive whole number, default 3)" >&2
  exit 2
fi
read -r -a sizes <<<"${BENCH_SIZES:-1000 10000 100000}"
package_max=10000 # export is measured up to this N; validation only above it

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mvnw="$repo/mvnw"
work="$repo/benchmarks/target"
logs="$work/logs"
results="$work/results.txt"
gnu_time=/usr/bin/time

if [[ ! -x "$gnu_time" ]]; then
  echo "GNU time is needed at $gnu_time: apt-get install -y time" >&2
  exit 1
fi
mkdir -p "$logs"

# 1. The toolchain, once: the parent POM, bank-model and the plugin into ~/.m2. The example
#    projects and the real bank are not needed here, so they are left out.
if [[ "${BENCH_SKIP_INSTALL:-0}" != 1 ]]; then
  echo "Installing the plugin (./mvnw -B -q -DskipTests install -pl bank-maven-plugin -am) ..."
  (cd "$repo" && ./mvnw -B -q -DskipTests install -pl bank-maven-plugin -am)
fi

# The unchanged rebuild is measured for the largest N that is exported (10,000 by default).
rebuild_n="$(printf '%s\n' "${sizes[@]}" | awk -v max="$package_max" '$1 <= max' | sort -g | tail -n 1)"

# One row of the table per measurement: "N goal wall... | cpu... | rss...".
rows=()

# timed <log> <mvn args...>: runs ./mvnw once under GNU time; prints "wall cpu rss_kb".
timed() {
  local log="$1" times
  shift
  times="$(mktemp)"
  if ! "$gnu_time" -f '%e %U %S %M' -o "$times" "$mvnw" "$@" >"$log" 2>&1; then
    echo "FAILED: mvnw $* (log: $log)" >&2
    tail -n 30 "$log" >&2
    rm -f "$times"
    exit 1
  fi
  # The last line holds the figures; user + sys = CPU time of the whole process.
  tail -n 1 "$times" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }'
  rm -f "$times"
}

# measure <N> <label> <folder to delete before each run, or ""> <mvn args...>: times `runs` runs
# and keeps a row for the table.
measure() {
  local n="$1" label="$2" clean="$3" walls=() cpus=() rsss=() i figures wall cpu rss log
  shift 3
  for ((i = 1; i <= runs; i++)); do
    if [[ -n "$clean" ]]; then
      rm -rf "$clean"
    fi
    log="$logs/bank-$n-${label// /-}-$i.log"
    figures="$(timed "$log" "$@")" # a failed run stops the script here (set -e)
    read -r wall cpu rss <<<"$figures"
    echo "  N=$n $label run $i: wall ${wall} s, cpu ${cpu} s, peak RSS $((rss / 1024)) MB"
    walls+=("$wall")
    cpus+=("$cpu")
    rsss+=("$rss")
  done
  rows+=("$n|$label|${walls[*]}|${cpus[*]}|${rsss[*]}")
}

# stats <numbers...>: prints "median min max" (the mean of the two middle values for even counts).
stats() {
  printf '%s\n' "$@" | sort -g | awk '
    { v[NR] = $1 }
    END {
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%.2f %.2f %.2f\n", m, v[1], v[NR]
    }'
}

for n in "${sizes[@]}"; do
  project="$work/bank-$n"
  pom="$project/pom.xml"
  # 2. The synthetic bank, generated once per N (the generator is deterministic).
  if [[ ! -f "$pom" ]]; then
    java "$repo/benchmarks/GenerateBank.java" "$n" "$project"
  fi
  echo "N=$n: $project"

  # 3. Validation only (the validate goal, bound to the validate phase).
  measure "$n" "validate" "" -B -q -f "$pom" validate

  if ((n <= package_max)); then
    # 4. Full export in every default format: remove the outputs so that nothing is up to date.
    measure "$n" "package" "$project/target/bank" -B -f "$pom" package
    last_export="$logs/bank-$n-package-$runs.log"
    # 5. Unchanged rebuild right after a full export, for the largest packaged N.
    if ((n == rebuild_n)); then
      measure "$n" "package unchanged" "" -B -f "$pom" package
      grep -h "up to date" "$logs/bank-$n-package-unchanged-1.log" | sed 's/^/    /' ||
        echo "  note: the unchanged rebuild did not report its outputs as up to date" >&2
    fi
    # The plugin's own per-format figures of the last full export.
    echo "  plugin log of $last_export:"
    grep -E "Wrote |Question bank" "$last_export" | sed 's/^/    /'
  fi
done

# 6. The table: medians with min-max over the runs.
{
  echo
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); runs per row: $runs; MAVEN_OPTS=${MAVEN_OPTS:-}"
  printf '%-8s %-18s %-24s %-12s %s\n' "N" "goal" "wall s median (min-max)" "CPU s" "peak RSS MB"
  for row in "${rows[@]}"; do
    IFS='|' read -r n label walls cpus rsss <<<"$row"
    read -r wm wmin wmax < <(stats $walls)
    read -r cm _ _ < <(stats $cpus)
    read -r rm _ _ < <(stats $rsss)
    printf '%-8s %-18s %-24s %-12s %d\n' "$n" "$label" "$wm ($wmin-$wmax)" "$cm" "$((${rm%.*} / 1024))"
  done
} | tee "$results"
