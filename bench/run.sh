#!/usr/bin/env bash
# Benchmarks CaseBot (in-memory and SQLite storage) against a botbuilder JS bot and a bare Kestrel floor, in one run, on loopback.
# Builds Release, installs the JS peer from its lock file, then the driver starts each bot in turn on a free port, measures it and
# stops it. Full run (~10 min): writes bench/results/latest.md. --quick (well under 90 s after the build): a smoke run for
# ./test.sh that fails on any error or silent bot and ends with "bench quick: ok". Other options go to the driver (bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_dotnet
command -v node >/dev/null || { echo "Node.js is required for the botbuilder-js peer." >&2; exit 1; }
# --ignore-scripts: botbuilder-dialogs' postinstall runs "npx rimraf", which needs the network and does nothing we use.
ensure_npm_tools bench/peers/botbuilder-js --ignore-scripts
# The Teams JavaScript client library the bot's case board embeds (Tab/ fails to build without it).
ensure_npm_tools Tab/client

quick=false
for arg in "$@"; do [ "$arg" = "--quick" ] && quick=true; done

# Own artifacts folder: never the bin/obj folders that ./test.sh and the IDE use.
build_dir=bench/.build
mkdir -p "$build_dir"
echo "Building CaseBot, the Kestrel floor and the driver (Release) into $build_dir..."
if ! dotnet build bench/Bench.slnf -c Release --artifacts-path "$build_dir" -v quiet -nologo >"$build_dir/build.log" 2>&1; then
  grep -E "error" "$build_dir/build.log" | sort -u | head -20
  echo "Build failed; see $build_dir/build.log"
  exit 1
fi

bin="$build_dir/bin"
# Bot logs and the SQLite database of this run; kept until the next run for a look after a failure.
work="$PWD/$build_dir/work"
rm -rf "$work" && mkdir -p "$work"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
[ -n "$(git status --porcelain 2>/dev/null | grep -v '^??' || true)" ] && commit="$commit (uncommitted changes)"
out=bench/results/latest.md
$quick && out=bench/results/quick.md

# Full runs also read the .NET bots' own request durations (server-side latency) with dotnet-counters, if it can be installed.
extra=()
if ! $quick; then
  counters="$build_dir/tools/dotnet-counters"
  [ -x "$counters" ] || dotnet tool install dotnet-counters --tool-path "$build_dir/tools" >/dev/null 2>&1 \
    || echo "dotnet-counters could not be installed; the report will have no server-side latency."
  [ -x "$counters" ] && extra+=(--counters "$counters")
  # dotnet-gcdump: the live heap before and after the seeding (bytes per conversation without the GC's reserve).
  gcdump="$build_dir/tools/dotnet-gcdump"
  [ -x "$gcdump" ] || dotnet tool install dotnet-gcdump --tool-path "$build_dir/tools" >/dev/null 2>&1 \
    || echo "dotnet-gcdump could not be installed; the report will have no live-heap figures."
  [ -x "$gcdump" ] && extra+=(--gcdump "$gcdump")
fi

# Pinning (on by default with 2+ cores, --no-pin to share every core): the driver pins each bot to the last core with taskset;
# the driver and its fake Connector run on the others, so a bot's figures are not its own load generator's.
pin=()
cores="$(nproc 2>/dev/null || echo 1)"
if [ "$cores" -ge 2 ] && ! printf '%s\n' "$@" | grep -qx -- --no-pin; then
  if command -v taskset >/dev/null; then
    pin=(taskset -c "0-$((cores - 2))")
  else
    echo "taskset not found: running unpinned." && extra+=(--no-pin)
  fi
fi

status=0
"${pin[@]}" dotnet "$bin/CaseBot.Bench.Driver/release/CaseBot.Bench.Driver.dll" \
  --casebot "$bin/CaseBot.Bot/release/CaseBot.Bot.dll" \
  --floor "$bin/CaseBot.Bench.KestrelFloor/release/CaseBot.Bench.KestrelFloor.dll" \
  --botbuilder-js bench/peers/botbuilder-js \
  --work "$work" --commit "$commit" --out "$out" "${extra[@]}" "$@" || status=$?

if $quick; then
  if [ "$status" -eq 0 ]; then echo "bench quick: ok"; else echo "bench quick: FAILED (see the problems above; bot logs in $work)"; fi
fi
exit "$status"
