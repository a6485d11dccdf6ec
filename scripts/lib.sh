#!/usr/bin/env bash
# Shared helpers for run.sh, test.sh and bench: each installs what it needs on a fresh machine.

ensure_dotnet() {
  command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

# npm ci in a folder when its node_modules is missing or older than its lock file.
ensure_npm_tools() {
  local dir="$1"
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
    echo "Installing npm tools in $dir..."
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error "${@:2}"
    touch "$dir/node_modules"
  fi
}

# Installs Debian packages that are missing (as root, or with sudo).
ensure_apt() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]} with apt..."
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

wait_for_url() {
  local url="$1" seconds="${2:-30}"
  for _ in $(seq 1 $((seconds * 4))); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 0.25
  done
  return 1
}

# The Bicep CLI, a binary inside a NuGet package that tools/bicep restores (the version pinned in Directory.Packages.props).
# Restores only when missing; prints the binary's path.
ensure_bicep() {
  local root version bin
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  version=$(sed -n 's/.*Include="Azure.Bicep.CommandLine.linux-x64" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")
  bin="${NUGET_PACKAGES:-$HOME/.nuget/packages}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
  if [ ! -x "$bin" ]; then
    echo "Installing the Bicep CLI $version from NuGet..." >&2
    dotnet restore "$root/tools/bicep/CaseBot.BicepCli.csproj" -v quiet >&2 || return 1
  fi
  echo "$bin"
}
