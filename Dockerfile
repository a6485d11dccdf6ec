# syntax=docker/dockerfile:1
# CaseBot's bot host as a container: built with the .NET 10 SDK, run on the ASP.NET Core runtime as the image's non-root user.
#   docker build -t casebot .
#   docker run -p 3978:3978 \
#     -e ConnectionStrings__CaseBot="Host=db;Username=casebot;Password=...;Database=casebot" \
#     -e MicrosoftAppType=SingleTenant -e MicrosoftAppId=... -e MicrosoftAppPassword=... -e MicrosoftAppTenantId=... casebot
# Any number of these containers may share one PostgreSQL database behind a load balancer; GET /healthz is the probe (503 when
# the database is unreachable). Settings are the appsettings.json keys as environment variables (Section__Key).
# The four Microsoft App settings are required: without MicrosoftAppId the bot refuses to start and says why. Local mode (no
# authentication) is only ever an explicit opt-in, BotFramework__LocalMode=true, and serves callers on the same machine only, which
# requests through a container's published port are not: it is for ./run.sh and the tests, never for this image.

# The case board embeds the Teams JavaScript client library, pinned in Tab/client/package-lock.json.
FROM node:20-bookworm-slim AS tab-client
WORKDIR /src
COPY Tab/client/package.json Tab/client/package-lock.json Tab/client/
RUN npm ci --prefix Tab/client --ignore-scripts --no-audit --no-fund

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Restore from the project files alone first, so the package layer is reused while only code changes. build/feed holds the
# placeholder package nuget.config maps 'vswhere' to (see build/vswhere-placeholder).
COPY global.json nuget.config Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY build/feed/ build/feed/
COPY Cases/CaseBot.Cases.csproj Cases/
COPY BotFramework/CaseBot.BotFramework.csproj BotFramework/
COPY Casework/CaseBot.Casework.csproj Casework/
COPY Cards/CaseBot.Cards.csproj Cards/
COPY DialogEngine/CaseBot.DialogEngine.csproj DialogEngine/
COPY Dialogs/CaseBot.Dialogs.csproj Dialogs/
COPY Tab/CaseBot.Tab.csproj Tab/
COPY Bot/CaseBot.Bot.csproj Bot/
RUN dotnet restore Bot/CaseBot.Bot.csproj

COPY Cases/ Cases/
COPY BotFramework/ BotFramework/
COPY Casework/ Casework/
COPY Cards/ Cards/
COPY DialogEngine/ DialogEngine/
COPY Dialogs/ Dialogs/
COPY Tab/ Tab/
COPY --from=tab-client /src/Tab/client/node_modules Tab/client/node_modules
COPY Bot/ Bot/
RUN dotnet publish Bot/CaseBot.Bot.csproj -c Release --no-restore -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./

# The app user (APP_UID, from the base image) may write only to data/, where a SQLite file would go with Storage__Provider=Sqlite
# (one instance only; mount a volume there). Scaled out, the state lives in PostgreSQL and the container keeps nothing.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID

# URLS (unprefixed) overrides the "Urls" in appsettings.json, which binds to localhost only; the base image's port 8080 is unused.
# TLS ends at the load balancer or ingress in front: X-Forwarded-Proto tells the host a request came in over HTTPS (the case board's
# cookies are Secure, and ASP.NET Core issues no anti-forgery token over plain HTTP when they are).
ENV URLS=http://+:3978 \
    ASPNETCORE_HTTP_PORTS= \
    ASPNETCORE_FORWARDEDHEADERS_ENABLED=true \
    Storage__Provider=Postgres \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 3978
ENTRYPOINT ["dotnet", "CaseBot.Bot.dll"]
