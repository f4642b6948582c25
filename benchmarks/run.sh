#!/usr/bin/env bash
# Times the bank plugin on synthetic banks of 1,000, 10,000 and 100,000 questions (issue 5).
#
# Usage: benchmarks/run.sh [runs]        (runs per measurement, default 3; medians are reported)
#
# Every measurement is a whole process timed with GNU time, start-up included:
#   - `mvn -B -q validate`            for every N, with the project's target/ deleted before each
#                                     run: cold, as on a CI checkout (an unchanged bank would
#                                     otherwise be answered from the plugin's validation cache)
#   - the floor, `java -jar benchmarks/floor/target/floor.jar` (benchmarks/floor): one thread that
#                                     reads every question file, splits the front matter, parses it
#                                     with Jackson YAML, validates it with networknt and renders the
#                                     answer with flexmark; timed alternately with `mvn validate`
#                                     (plugin, floor, plugin, floor ...), so both see the same machine
#   - `mvn -B package` (full export)  for N <= 10,000, with target/bank deleted before each run
#   - `mvn -B package` again          for the largest packaged N: the unchanged rebuild
#   - the peer, `remark` (remark-cli + remark-frontmatter + remark-lint-frontmatter-schema, pinned
#     in benchmarks/peer/package-lock.json, installed with `npm ci`) checking the front matter of
#     the same question files against the same JSON Schema, for N <= 10,000 (100,000 only with
#     BENCH_PEER_100K=1: an estimated 11 minutes per run on 2 cores); skipped without node or npm.
#   Ratio lines per N: plugin validate / floor, and plugin validate / peer (median walls).
# Environment: BENCH_SIZES="1000 10000 100000" overrides the sizes (e.g. BENCH_SIZES=200 for a
# smoke test); BENCH_SKIP_INSTALL=1 skips installing the plugin; BENCH_SKIP_PEER=1 skips the peer;
# BENCH_PEER_100K=1 also times the peer above 10,000; MAVEN_OPTS (e.g. -Xmx1g) is passed on to
# every Maven run as usual.
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
peer_max=10000    # the peer is timed up to this N, above it only with BENCH_PEER_100K=1

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mvnw="$repo/mvnw"
peer="$repo/benchmarks/peer"
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
echo "Building the floor (benchmarks/floor) ..."
(cd "$repo/benchmarks/floor" && "$mvnw" -B -q package)
floor_jar="$repo/benchmarks/floor/target/floor.jar"
question_schema="$repo/bank-model/src/main/resources/io/github/questionbank/schemas/question.schema.json"

# The unchanged rebuild is measured for the largest N that is exported (10,000 by default).
rebuild_n="$(printf '%s\n' "${sizes[@]}" | awk -v max="$package_max" '$1 <= max' | sort -g | tail -n 1)"

# One row of the table per measurement: "N goal wall... | cpu... | rss...".
rows=()

# timed <log> <dir> <command...>: runs the command once in <dir> under GNU time; prints
# "wall cpu rss_kb".
timed() {
  local log="$1" dir="$2" times
  shift 2
  times="$(mktemp)"
  if ! (cd "$dir" && "$gnu_time" -f '%e %U %S %M' -o "$times" "$@") >"$log" 2>&1; then
    echo "FAILED: $* (in $dir; log: $log)" >&2
    tail -n 30 "$log" >&2
    rm -f "$times"
    exit 1
  fi
  # The last line holds the figures; user + sys = CPU time of the whole process.
  tail -n 1 "$times" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }'
  rm -f "$times"
}

# measure <N> <label> <folder to delete before each run, or ""> <dir> <command...>: times `runs`
# runs of the command in <dir> and keeps a row for the table.
measure() {
  local n="$1" label="$2" clean="$3" dir="$4" walls=() cpus=() rsss=() i figures wall cpu rss log
  shift 4
  for ((i = 1; i <= runs; i++)); do
    if [[ -n "$clean" ]]; then
      rm -rf "$clean"
    fi
    log="$logs/bank-$n-${label// /-}-$i.log"
    figures="$(timed "$log" "$dir" "$@")" # a failed run stops the script here (set -e)
    read -r wall cpu rss <<<"$figures"
    echo "  N=$n $label run $i: wall ${wall} s, cpu ${cpu} s, peak RSS $((rss / 1024)) MB"
    walls+=("$wall")
    cpus+=("$cpu")
    rsss+=("$rss")
  done
  rows+=("$n|$label|${walls[*]}|${cpus[*]}|${rsss[*]}")
}

# measure_alternately <N> <label A> <clean A> <command A...> -- <label B> <command B...>: like
# measure, for two commands run in turns (A, B, A, B ...) in the current folder, so that a slow
# spell of the machine falls on both alike.
measure_alternately() {
  local n="$1" label_a="$2" clean_a="$3" a=() b=() label_b i figures wall cpu rss log
  shift 3
  while [[ "$1" != "--" ]]; do
    a+=("$1")
    shift
  done
  shift
  label_b="$1"
  shift
  b=("$@")
  local walls_a=() cpus_a=() rsss_a=() walls_b=() cpus_b=() rsss_b=()
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$clean_a"
    log="$logs/bank-$n-${label_a// /-}-$i.log"
    read -r wall cpu rss <<<"$(timed "$log" . "${a[@]}")"
    echo "  N=$n $label_a run $i: wall ${wall} s, cpu ${cpu} s, peak RSS $((rss / 1024)) MB"
    walls_a+=("$wall") cpus_a+=("$cpu") rsss_a+=("$rss")
    log="$logs/bank-$n-${label_b// /-}-$i.log"
    read -r wall cpu rss <<<"$(timed "$log" . "${b[@]}")"
    echo "  N=$n $label_b run $i: wall ${wall} s, cpu ${cpu} s, peak RSS $((rss / 1024)) MB ($(grep -h '^floor:' "$log"))"
    walls_b+=("$wall") cpus_b+=("$cpu") rsss_b+=("$rss")
  done
  rows+=("$n|$label_a|${walls_a[*]}|${cpus_a[*]}|${rsss_a[*]}")
  rows+=("$n|$label_b|${walls_b[*]}|${cpus_b[*]}|${rsss_b[*]}")
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
  # 2. The synthetic bank, generated once per N and generator (it is deterministic): a bank left
  #    by an older GenerateBank.java is generated again, so that figures never come from a stale
  #    one.
  stamp="$project/.generator.sha256"
  generator_sum="$(sha256sum "$repo/benchmarks/GenerateBank.java" | cut -d' ' -f1)"
  if [[ ! -f "$pom" || ! -f "$stamp" || "$(cat "$stamp")" != "$generator_sum" ]]; then
    java "$repo/benchmarks/GenerateBank.java" "$n" "$project"
    echo "$generator_sum" >"$stamp"
  fi
  echo "N=$n: $project"

  # 3. Validation only (the validate goal, bound to the validate phase), from a clean target/ so
  #    that the plugin's record of the last validation (target/bank-state/) cannot answer.
  #    Alternately with the floor, on the same files.
  measure_alternately "$n" "validate" "$project/target" "$mvnw" -B -q -f "$pom" validate \
    -- "floor" java -jar "$floor_jar" "$project/src/bank" "$question_schema"

  if ((n <= package_max)); then
    # 4. Full export in every default format: remove the outputs so that nothing is up to date.
    measure "$n" "package" "$project/target/bank" . "$mvnw" -B -f "$pom" package
    last_export="$logs/bank-$n-package-$runs.log"
    # 5. Unchanged rebuild right after a full export, for the largest packaged N.
    if ((n == rebuild_n)); then
      measure "$n" "package unchanged" "" . "$mvnw" -B -f "$pom" package
      grep -h "up to date" "$logs/bank-$n-package-unchanged-1.log" | sed 's/^/    /' ||
        echo "  note: the unchanged rebuild did not report its outputs as up to date" >&2
    fi
    # The plugin's own figures of the last full export: both phases, and each format.
    echo "  plugin log of $last_export:"
    grep -E "Wrote |Question bank" "$last_export" | sed 's/^/    /'
  fi
done

# 6. The peer: remark-cli with remark-frontmatter and remark-lint-frontmatter-schema, configured
#    by benchmarks/peer/.remarkrc.mjs to check every file's YAML front matter against the plugin's
#    own question.schema.json and nothing else. It runs the way an author would run it, from the
#    project folder: `remark src/bank/questions` (the lint rule matches its schema glob against
#    paths relative to the working folder). --frail makes any message a non-zero exit, --quiet
#    keeps a valid bank silent, no --output and --no-stdout mean nothing is written.
peer_version=""
if [[ "${BENCH_SKIP_PEER:-0}" == 1 ]]; then
  echo "Peer skipped (BENCH_SKIP_PEER=1)."
elif ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "note: node or npm not found: the peer (remark-cli) is not measured" >&2
else
  echo "Installing the peer (npm ci --prefix benchmarks/peer) ..."
  if ! npm ci --prefix "$peer" --no-audit --no-fund >"$logs/peer-npm-ci.log" 2>&1; then
    echo "FAILED: npm ci --prefix $peer (log: $logs/peer-npm-ci.log)" >&2
    tail -n 30 "$logs/peer-npm-ci.log" >&2
    exit 1
  fi
  remark=("node" "$peer/node_modules/.bin/remark" --rc-path "$peer/.remarkrc.mjs" --no-config
    --no-ignore --frail --quiet --no-stdout --no-color)
  peer_version="$(cd "$peer" && node -p '["remark-cli", "remark-frontmatter", "remark-lint-frontmatter-schema"].map(p => p + " " + require("./node_modules/" + p + "/package.json").version).join(", ")'), node $(node --version)"

  # Self-check, so that a silent peer cannot pass for a fast one: one question file copied as is
  # must pass, the same file with a difficulty outside the enum must fail and say why.
  check="$work/peer-check"
  # (awk, not head: head would end the pipe early and pipefail would turn sort's SIGPIPE into exit 141)
  sample="$(find "$work/bank-${sizes[0]}/src/bank/questions" -name '*.md' | sort | awk 'NR == 1')"
  rm -rf "$check"
  mkdir -p "$check/valid/questions" "$check/broken/questions"
  cp "$sample" "$check/valid/questions/"
  sed 's/^difficulty: .*/difficulty: EASY/' "$sample" >"$check/broken/questions/$(basename "$sample")"
  if ! (cd "$check/valid" && "${remark[@]}" questions) >"$logs/peer-check-valid.log" 2>&1; then
    echo "FAILED: the peer rejects a valid question file (log: $logs/peer-check-valid.log)" >&2
    cat "$logs/peer-check-valid.log" >&2
    exit 1
  fi
  if (cd "$check/broken" && "${remark[@]}" questions) >"$logs/peer-check-broken.log" 2>&1 ||
    ! grep -q "allowed values" "$logs/peer-check-broken.log"; then
    echo "FAILED: the peer does not catch a difficulty outside the schema's enum (log: $logs/peer-check-broken.log)" >&2
    cat "$logs/peer-check-broken.log" >&2
    exit 1
  fi
  echo "Peer self-check: a valid file passes, a broken difficulty fails:"
  grep "allowed values" "$logs/peer-check-broken.log" | sed 's/  */ /g; s/^/    /'

  for n in "${sizes[@]}"; do
    if ((n > peer_max)) && [[ "${BENCH_PEER_100K:-0}" != 1 ]]; then
      echo "N=$n: peer skipped (above $peer_max; set BENCH_PEER_100K=1 to time it)"
      continue
    fi
    echo "N=$n: peer on $work/bank-$n/src/bank/questions"
    measure "$n" "peer-validate" "" "$work/bank-$n" "${remark[@]}" src/bank/questions
  done
fi

# 7. The table: medians with min-max over the runs, grouped by N, then the plugin / peer ratios.
{
  echo
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); runs per row: $runs; MAVEN_OPTS=${MAVEN_OPTS:-}"
  if [[ -n "$peer_version" ]]; then
    echo "Peer: $peer_version"
  fi
  printf '%-8s %-18s %-24s %-12s %s\n' "N" "goal" "wall s median (min-max)" "CPU s" "peak RSS MB"
  declare -A validate_wall=() peer_wall=() floor_wall=()
  while IFS='|' read -r n label walls cpus rsss; do
    read -r wm wmin wmax < <(stats $walls)
    read -r cm _ _ < <(stats $cpus)
    read -r rm _ _ < <(stats $rsss)
    printf '%-8s %-18s %-24s %-12s %d\n' "$n" "$label" "$wm ($wmin-$wmax)" "$cm" "$((${rm%.*} / 1024))"
    case "$label" in
      validate) validate_wall[$n]="$wm" ;;
      peer-validate) peer_wall[$n]="$wm" ;;
      floor) floor_wall[$n]="$wm" ;;
    esac
  done < <(printf '%s\n' "${rows[@]}" | sort -s -t '|' -k1,1n)
  for n in "${sizes[@]}"; do
    if [[ -n "${validate_wall[$n]:-}" && -n "${floor_wall[$n]:-}" ]]; then
      awk -v n="$n" -v p="${validate_wall[$n]}" -v f="${floor_wall[$n]}" 'BEGIN {
        printf "ratio N=%s: plugin validate / one-thread floor = %.2f (median wall %.2f s / %.2f s)\n",
          n, p / f, p, f }'
    fi
    if [[ -n "${validate_wall[$n]:-}" && -n "${peer_wall[$n]:-}" ]]; then
      awk -v n="$n" -v p="${validate_wall[$n]}" -v q="${peer_wall[$n]}" 'BEGIN {
        printf "ratio N=%s: plugin validate / peer = %.3f (median wall %.2f s / %.2f s; %s)\n",
          n, p / q, p, q, p <= q ? sprintf("peer %.1fx slower", q / p) : sprintf("plugin %.1fx slower", p / q) }'
    fi
  done
} | tee "$results"
