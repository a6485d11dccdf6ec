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
ensure_npm_tools tools/teams-schemas
# The Teams JavaScript client library the case board embeds (Tab/ fails to build without it).
ensure_npm_tools Tab/client
[ -f tests/cardcheck/package.json ] && ensure_npm_tools tests/cardcheck
# botbuilder-dialogs' choice recogniser, the peer the typed-answer corpora are compared with (its postinstall needs the network).
ensure_npm_tools tests/recognition-peer --ignore-scripts
# axe-core, which the case board's browser journey injects into each page to check WCAG 2.1 AA.
ensure_npm_tools tests/a11y
# A throwaway PostgreSQL cluster (installed from Debian's packages when missing), so the storage, integration and scale-out
# suites run against PostgreSQL as well as SQLite. Without it those tests skip with a warning.
source scripts/postgres.sh
trap stop_test_postgres EXIT

results_dir="${CASEBOT_TEST_RESULTS:-TestResults}"
rm -rf "$results_dir" && mkdir -p "$results_dir"
log="$results_dir/dotnet-test.log"

dotnet build CaseBot.sln -c Release -v quiet -nologo >"$results_dir/build.log" 2>&1
build_status=$?
grep -E "error|warning" "$results_dir/build.log" | grep -v NU1603 | sort -u | head -40
if [ "$build_status" -ne 0 ]; then
  echo "Build failed; see $results_dir/build.log"
  echo "0 passed, 1 failed"
  exit 1
fi

test_status=0
run_tests() {
  dotnet test "$1" -c Release --no-build --logger "console;verbosity=normal" \
    --logger "trx" --results-directory "$results_dir" >>"$log" 2>&1 || test_status=1
}
: >"$log"
for project in tests/*/*.Tests.csproj; do
  if [ "$project" != tests/CaseBot.Scale.Tests/CaseBot.Scale.Tests.csproj ] && ! grep -q "\"$project\"" tests/WithoutScaleOut.slnf; then
    echo "$project is in no test run: add it to tests/WithoutScaleOut.slnf"; test_status=1
  fi
done
# Every suite but the scale-out one (two test assemblies at a time, as dotnet test schedules a solution).
run_tests tests/WithoutScaleOut.slnf
# The scale-out fault tests load the whole machine (two bot processes, 200 conversations) and so run alone: they would slow the
# browser journeys past their waits, and be slowed themselves.
run_tests tests/CaseBot.Scale.Tests/CaseBot.Scale.Tests.csproj
grep -E "^\s+Failed |^Total tests|^\s+(Passed|Failed): |\[FAIL\]" "$log"
# The typed-answer corpora print their recognition rates (tests/CaseBot.Dialogs.Tests/Recognition): show them here.
grep -hoE '[a-z/ ]*corpus: ([0-9]* of [0-9]* [a-z ]* \([0-9.]* %\)|CaseBot [0-9]* of [0-9]*, botbuilder recognizeChoices [0-9]* of [0-9]*)' \
  "$results_dir"/*.trx 2>/dev/null | sort -u | sed 's/^ */typed answers: /'

# Totals come from the TRX result file each test assembly writes: <Counters total=".." passed=".." failed=".." ...>.
read -r passed failed assemblies < <(cat "$results_dir"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' \
  | sed -E 's/.* passed="([0-9]+)".* failed="([0-9]+)".*/\1 \2/' \
  | awk '{p+=$1; f+=$2; n++} END {print p+0, f+0, n+0}')
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A crash or a project that never reported counts as a failure, not as silence.
  failed=1
fi

# The benchmark's quick mode, so it never rots: every bot and peer answers the whole triage without an error. One test run.
if bench/run.sh --quick >"$results_dir/bench-quick.log" 2>&1; then
  passed=$((passed + 1)); echo "bench quick: ok"
else
  failed=$((failed + 1)); tail -20 "$results_dir/bench-quick.log"; echo "bench quick: FAILED (see $results_dir/bench-quick.log)"
fi
# The Azure deployment and the Agents Toolkit project, offline (infra/check.sh: bicep build and lint, the evaluated examples, the
# Toolkit's validation of the project and the app package). One test run.
if infra/check.sh >"$results_dir/infra-check.log" 2>&1; then
  passed=$((passed + 1)); echo "infra check: ok"
else
  failed=$((failed + 1)); tail -30 "$results_dir/infra-check.log"; echo "infra check: FAILED (see $results_dir/infra-check.log)"
fi
echo "Test assemblies run: $assemblies"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
