#!/usr/bin/env bash
# Runs every CaseBot test: unit, integration, card validation and end-to-end. Installs what the tests need
# (npm tools; Debian's chromium for browser tests) and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
source scripts/lib.sh

ensure_dotnet
# Debian's Chromium is the browser the end-to-end journeys drive (a test tool's own browser download is not possible here).
command -v chromium >/dev/null || ensure_apt chromium
ensure_npm_tools tools/playground
[ -f tests/cardcheck/package.json ] && ensure_npm_tools tests/cardcheck

results_dir="${CASEBOT_TEST_RESULTS:-TestResults}"
rm -rf "$results_dir" && mkdir -p "$results_dir"
log="$results_dir/dotnet-test.log"

dotnet build CaseBot.sln -c Release -v quiet -nologo >"$results_dir/build.log" 2>&1
build_status=$?
grep -E "error|warning" "$results_dir/build.log" | sort -u | head -40
if [ "$build_status" -ne 0 ]; then
  echo "Build failed; see $results_dir/build.log"
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test CaseBot.sln -c Release --no-build --logger "console;verbosity=normal" \
  --logger "trx" --results-directory "$results_dir" >"$log" 2>&1
test_status=$?
grep -E "^\s+Failed |^(Passed|Failed)! |error" "$log"

# Each test assembly prints "Passed!  - Failed: 0, Passed: 12, ..." or "Failed!  - Failed: 1, Passed: 11, ...".
read -r passed failed < <(grep -E "^(Passed|Failed)! +- +Failed:" "$log" \
  | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+).*/\2 \1/' \
  | awk '{p+=$1; f+=$2} END {print p+0, f+0}')
assemblies=$(grep -cE "^(Passed|Failed)! +- +Failed:" "$log")
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A crash or a project that never reported counts as a failure, not as silence.
  failed=1
fi
echo "Test assemblies run: $assemblies"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
