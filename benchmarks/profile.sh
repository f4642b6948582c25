#!/usr/bin/env bash
# Profiles one Maven run of the plugin on a synthetic bank with JDK Flight Recorder, then prints
# where the CPU time went (benchmarks/ProfileSummary.java): by library, by our class that called
# it, the hottest methods, GC pauses and the heap.
#
# Usage: benchmarks/profile.sh [N] [goal]     (default: 10000 package; goal validate or package)
# The bank is generated as benchmarks/run.sh does (benchmarks/target/bank-N); the plugin must be
# installed (benchmarks/run.sh does it, or ./mvnw -B -DskipTests install -pl bank-maven-plugin -am).
# The recording stays in benchmarks/target/profile-N-goal.jfr for JDK Mission Control.
set -euo pipefail

n="${1:-10000}"
goal="${2:-package}"
if ! [[ "$n" =~ ^[1-9][0-9]*$ ]] || [[ "$goal" != validate && "$goal" != package ]]; then
  echo "usage: benchmarks/profile.sh [N] [validate|package]" >&2
  exit 2
fi
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$repo/benchmarks/target/bank-$n"
recording="$repo/benchmarks/target/profile-$n-$goal.jfr"

if [[ ! -f "$project/pom.xml" ]]; then
  java "$repo/benchmarks/GenerateBank.java" "$n" "$project"
fi
# Cold: no validation cache, no outputs, so that the whole job runs.
rm -rf "$project/target"
# settings=profile samples every 10 ms (the default settings every 20 ms).
export MAVEN_OPTS="${MAVEN_OPTS:-} -XX:StartFlightRecording=filename=$recording,settings=profile"
echo "Recording mvn $goal of $n questions into $recording ..."
"$repo/mvnw" -B -q -f "$project/pom.xml" "$goal"
java "$repo/benchmarks/ProfileSummary.java" "$recording"
