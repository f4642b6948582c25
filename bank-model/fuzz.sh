#!/usr/bin/env bash
# Fuzzes one @FuzzTest harness of bank-model with Jazzer, for a while:
#
#   bank-model/fuzz.sh QuestionFileFuzzTest 20m      # or BankFileFuzzTest, LessonsFileFuzzTest,
#                                                    # ExportFuzzTest; 30s, 20m, 2h ...
#
# The harness starts from its committed corpus (src/test/resources/.../<Harness>Inputs/); what the
# fuzzer adds goes to target/fuzz/.cifuzz-corpus/, a crashing input to target/fuzz/crash-*, and the
# whole log (with libFuzzer's cov: and ft: figures) to target/fuzz/<Harness>.log. A finding fails
# the run. Copy a crash file into the harness's Inputs folder once it is fixed: every build
# replays it from then on.
set -euo pipefail

harness=${1:?usage: fuzz.sh <Harness> <duration, e.g. 20m>}
duration=${2:?usage: fuzz.sh <Harness> <duration, e.g. 20m>}
cd "$(dirname "$0")/.."
mkdir -p bank-model/target/fuzz
started=bank-model/target/fuzz/.started-$harness
touch "$started"

# Coverage feedback from the core and from the libraries that read what authors write.
instrument='io.github.questionbank.**,org.yaml.snakeyaml.**,com.fasterxml.jackson.**'
instrument+=',com.networknt.**,com.vladsch.flexmark.**,org.owasp.html.**,org.openpdf.**'
instrument+=',com.lowagie.**,org.apache.poi.**'

# An execution slower than FUZZ_TIMEOUT (10) seconds is a finding (a hang). Not a JUnit @Timeout:
# JUnit would apply that to the whole fuzzing run.
# KEEP_GOING=n fuzzes on after a finding, until n distinct ones (each gets its crash file; Jazzer
# then passes the test, so the crash files are checked below).
JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" JAZZER_INSTRUMENT="$instrument" \
  JAZZER_KEEP_GOING="${KEEP_GOING:-1}" \
  ./mvnw -B -pl bank-model test -Djazzer.hooks=true -Dspotless.check.skip=true \
  -Djazzer.internal.arg.0=-timeout="${FUZZ_TIMEOUT:-10}" \
  -Dtest="$harness" -Dsurefire.failIfNoSpecifiedTests=false \
  2>&1 | tee "bank-model/target/fuzz/$harness.log"

found=$(find bank-model/target/fuzz -maxdepth 1 -newer "$started" \
  \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | sort)
if [ -n "$found" ]; then
  echo "Findings of this run:" "$found" >&2
  exit 1
fi
