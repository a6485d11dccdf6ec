#!/usr/bin/env bash
# Writes the Teams app package appPackage/casebot.zip (manifest + icons) from settings given as environment variables or
# --NAME value: TEAMS_APP_ID, BOT_ID (or MicrosoftAppId), BOT_DOMAIN, DEVELOPER_NAME, DEVELOPER_WEBSITE_URL, PRIVACY_URL,
# TERMS_OF_USE_URL. See docs/manual-deployment.md (the Toolkit fills the same template: m365agents.yml).
set -euo pipefail
cd "$(dirname "$0")"
dotnet run --project manifest/Packager -v quiet -- "$(pwd)" "$@"
