#!/usr/bin/env bash
# Checks CaseBot's deployment files offline, as ./test.sh does (one test run there):
#   - infra/main.bicep and its modules: `bicep build` and `bicep lint` with no warning or error;
#   - the deployment each example in infra/check/*.bicepparam would ask Azure for (`bicep snapshot`, which evaluates the template
#     offline) is the one committed beside it (*.snapshot.json, which the settings test reads): a change to the Bicep that changes
#     the deployment shows up as a diff to commit;
#   - the Toolkit project with the Toolkit's own code (infra/check/toolkit.js: m365agents.yml's schema, its variables, the
#     parameters file against main.bicep, aad.manifest.json as aadApp/update builds it);
#   - the Teams app package from manifest/ with the Toolkit CLI: `atk package` fills the placeholders and zips it, `atk validate`
#     checks the manifest against its schema. (`atk validate --package-file`, the Developer Portal's validation rules, needs a
#     network and a sign-in: provision and publish run it.)
# The Bicep CLI comes from NuGet (tools/bicep), the Toolkit CLI from npm (tools/agents-toolkit), each installed only when missing.
# Usage: infra/check.sh [--update-snapshots]. Ends with "infra check: ok" or the problems and "infra check: FAILED".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_dotnet
bicep=$(ensure_bicep) || { echo "infra check: FAILED (the Bicep CLI did not install)"; exit 1; }
# --ignore-scripts: the CLI's optional keychain module (keytar) would build from source or download a binary; neither is needed here.
ensure_npm_tools tools/agents-toolkit --ignore-scripts >&2 || { echo "infra check: FAILED (the Toolkit CLI did not install)"; exit 1; }
atk=tools/agents-toolkit/node_modules/.bin/atk

snapshot_mode=validate
[ "${1:-}" = "--update-snapshots" ] && snapshot_mode=overwrite

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1

# Runs a step in the background; its output goes to $work/<name>.log and its exit code to $work/<name>.rc.
step() {
  local name="$1"; shift
  { "$@" >"$work/$name.log" 2>&1; echo $? >"$work/$name.rc"; } &
}

# Where the examples are evaluated: fixed made-up ids, so the snapshots do not change from run to run.
snapshot() {
  "$bicep" snapshot "infra/check/$1.bicepparam" --mode "$snapshot_mode" --tenant-id 00000000-0000-0000-0000-000000000002 \
    --subscription-id 00000000-0000-0000-0000-000000000001 --resource-group rg-casebot-check --location uksouth
}

atk_options=(--env-file infra/check/example.env --telemetry false --interactive false)
step atk-validate "$atk" validate --manifest-file manifest/manifest.json "${atk_options[@]}"
step atk-package "$atk" package --manifest-file manifest/manifest.json --output-package-file "$work/package/casebot.zip" \
  --output-folder "$work/package" "${atk_options[@]}"
step bicep-lint "$bicep" lint infra/main.bicep
step snapshot-postgres snapshot postgres
step snapshot-sqlite snapshot sqlite
"$bicep" build infra/main.bicep --outfile "$work/main.json" >"$work/bicep-build.log" 2>&1; echo $? >"$work/bicep-build.rc"
if [ -f "$work/main.json" ]; then
  step toolkit node infra/check/toolkit.js "$work/main.json"
else
  echo "no compiled template" >"$work/toolkit.log"; echo 1 >"$work/toolkit.rc"
fi
wait

failed=0
report() {
  local name="$1" what="$2"
  if [ "$(cat "$work/$name.rc")" -ne 0 ] || grep -qE ' : (Warning|Error) ' "$work/$name.log"; then
    echo "$what: FAILED"; sed 's/^/  /' "$work/$name.log" | grep -v '^  *$' | tail -25; failed=1
  fi
}
report bicep-build "bicep build infra/main.bicep"
report bicep-lint "bicep lint infra/main.bicep"
report snapshot-postgres "bicep snapshot infra/check/postgres.bicepparam (run infra/check.sh --update-snapshots and commit the diff if the change is meant)"
report snapshot-sqlite "bicep snapshot infra/check/sqlite.bicepparam (run infra/check.sh --update-snapshots and commit the diff if the change is meant)"
report toolkit "Toolkit project (infra/check/toolkit.js)"
report atk-validate "atk validate --manifest-file manifest/manifest.json"
report atk-package "atk package"
listing=$(unzip -Z1 "$work/package/casebot.zip" 2>/dev/null | sort | tr '\n' ' ')
if [ "$(cat "$work/atk-package.rc")" -eq 0 ] && [ "$listing" != "color.png manifest.json outline.png " ]; then
  echo "atk package: FAILED (the package holds: ${listing:-nothing}; Teams wants manifest.json and the two icons at its root)"; failed=1
fi

if [ "$failed" -eq 0 ]; then
  echo "infra check: ok"
else
  echo "infra check: FAILED"
  exit 1
fi
