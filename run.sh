#!/usr/bin/env bash
# Runs CaseBot on this machine: the bot (SQLite under data/, offline calendar) on http://localhost:3978, its case board (the Teams tab,
# local mode: pick a user) on http://localhost:3978/tab, and the Microsoft 365 Agents Playground (a local Teams-like client) on
# http://localhost:56150. Ctrl+C stops both. Local mode (no authentication, this machine only) is turned on explicitly here, with
# BotFramework__LocalMode=true: the bot refuses to start without either it or an app id.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/lib.sh

ensure_dotnet
ensure_npm_tools tools/playground
ensure_npm_tools Tab/client

bot_url="${CASEBOT_URL:-http://localhost:3978}"
log_dir="${CASEBOT_LOG_DIR:-data/logs}"
mkdir -p "$log_dir"

echo "Building CaseBot..."
dotnet build Bot/CaseBot.Bot.csproj -c Release -v quiet -nologo

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

echo "Starting CaseBot at $bot_url (log: $log_dir/bot.log)"
ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" BotFramework__LocalMode=true \
  dotnet run --project Bot/CaseBot.Bot.csproj -c Release --no-build --no-launch-profile --urls "$bot_url" \
  >"$log_dir/bot.log" 2>&1 &
pids+=($!)
wait_for_url "$bot_url/healthz" 60 || { echo "CaseBot did not start; see $log_dir/bot.log"; tail -n 40 "$log_dir/bot.log"; exit 1; }

echo "Case board (the Teams tab, local mode: pick who you are): $bot_url/tab"
echo "Starting the Agents Playground; open http://localhost:56150 in your browser."
(cd tools/playground && TEAMSAPPTESTER_BROWSER="${TEAMSAPPTESTER_BROWSER:-none}" \
  ./node_modules/.bin/agentsplayground -e "$bot_url/api/messages" -c msteams -p 56150) &
pids+=($!)
wait "${pids[@]}"
