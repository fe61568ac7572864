#!/usr/bin/env bash
# The fuzz harness (Tests/BriefFuzzTests) at scale, in a release build: generated numeral
# stacks, digit runs, encodings, feeds, templates, configs and builds, in-process. Prints
# the counts per family, the time and the peak memory; a crash or hang names its case.
#   Scripts/fuzz.sh                                  # 1,000,000 cases, seed 20261201
#   Scripts/fuzz.sh --cases 100000 --seed 7
#   Scripts/fuzz.sh --seed 20261201 --from 140 --cases 1   # replay one case
set -euo pipefail
cd "$(dirname "$0")/.."
cases=1000000 seed=20261201 from=0 bound=5
while [ $# -gt 0 ]; do
  case "$1" in
    --cases) cases=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --from) from=$2; shift 2 ;;
    --bound) bound=$2; shift 2 ;;
    *) echo "usage: Scripts/fuzz.sh [--cases N] [--seed S] [--from K] [--bound SECONDS]" >&2; exit 2 ;;
  esac
done
# A scratch path of its own: release with testing enabled must not rebuild .build.
scratch=.build-fuzz
swift build -c release --build-tests -Xswiftc -enable-testing --scratch-path "$scratch" >/dev/null
bundle=$(find "$scratch" -path '*release*' -name BriefPackageTests.xctest | head -1)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
if [ -x /usr/bin/time ]; then
  BRIEF_FUZZ_CASES=$cases BRIEF_FUZZ_SEED=$seed BRIEF_FUZZ_FROM=$from BRIEF_FUZZ_BOUND=$bound \
    /usr/bin/time -v "$bundle" BriefFuzzTests.FuzzHarnessTests/testGeneratedInputsNeitherCrashNorHang >"$log" 2>&1 || status=$?
else
  BRIEF_FUZZ_CASES=$cases BRIEF_FUZZ_SEED=$seed BRIEF_FUZZ_FROM=$from BRIEF_FUZZ_BOUND=$bound \
    "$bundle" BriefFuzzTests.FuzzHarnessTests/testGeneratedInputsNeitherCrashNorHang >"$log" 2>&1 || status=$?
fi
grep -E "brief-fuzz|error:|Fatal|Executed 1 test" "$log" | sed 's/^[[:space:]]*//' || true
awk -F': ' '/Elapsed \(wall clock\)/ {print "wall clock: " $2} /Maximum resident set size/ {printf "peak resident (time -v): %d MB\n", $2/1024}' "$log"
exit $status
