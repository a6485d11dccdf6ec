// CaseBot on Azure: what `atk provision` deploys into one resource group (m365agents.yml, action arm/deploy). The modules:
//   identity             the user-assigned managed identity the container runs as
//   monitoring           Log Analytics + Application Insights
//   registry             the container registry `atk deploy` builds the image in
//   network              the virtual network the app and the database share
//   postgres             PostgreSQL flexible server, private (Storage:Provider Postgres, the default)
//   sqlite-share         an Azure Files share for one replica's SQLite file (Storage:Provider Sqlite)
//   keyvault             the secrets that remain: the bot's client secret, the database connection string
//   container-environment, container-app   the bot's host on Azure Container Apps, from the repository's Dockerfile
//   bot                  the Azure Bot resource with the Teams channel
// Every setting the host reads is either set here (`settings` below) or listed, with the reason, in infra/README.md; the tests
// (tests/CaseBot.TeamsPackage.Tests, DeploymentSettingsTests) hold the two together.

targetScope = 'resourceGroup'

@description('Short name the resources are named after, e.g. casebot-dev: 3 to 16 lower-case letters, digits and dashes.')
@minLength(3)
@maxLength(16)
param resourceBaseName string

@description('Azure region; the resource group\'s by default.')
param location string = resourceGroup().location

@description('The bot\'s display name in Azure.')
param botDisplayName string = 'CaseBot'

@description('App (client) id of the Entra app registration the Toolkit creates (aadApp/create): the bot\'s identity, the audience of the case board\'s SSO tokens and the Graph client for booking.')
@minLength(36)
@maxLength(36)
param botAppId string

@description('That registration\'s client secret; kept in Key Vault.')
@secure()
param botAppPassword string

@description('The Entra tenant the bot, its users and its SSO tokens belong to.')
param tenantId string = tenant().tenantId

@description('Image to run, e.g. <registry>.azurecr.io/casebot:<tag>, written by `atk deploy`. Empty until the first deploy: a placeholder ASP.NET Core sample (which also answers /healthz) holds the place.')
param containerImage string = ''

@description('Where CaseBot keeps its state: PostgreSQL (any number of replicas) or SQLite on a file share (one replica).')
@allowed([
  'Postgres'
  'Sqlite'
])
param storageProvider string = 'Postgres'

@description('The PostgreSQL administrator login the host connects as.')
param postgresAdminLogin string = 'casebotadmin'

@description('Its password (kept in Key Vault inside the connection string). Required with Postgres: 8 to 128 characters from three of upper case, lower case, digits and symbols; no semicolon or quote.')
@secure()
param postgresAdminPassword string = ''

@description('Write the administrator\'s connection string to Key Vault. False once the app has a login of its own whose connection string you put there (infra/README.md), so a provision leaves it alone.')
param postgresWriteConnectionString bool = true

@description('PostgreSQL compute size; see infra/README.md "Scale out".')
param postgresSkuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@minValue(32)
param postgresStorageSizeGB int = 32

@allowed([
  'Disabled'
  'ZoneRedundant'
  'SameZone'
])
param postgresHighAvailability string = 'Disabled'

@description('Replicas always running: at least one, since the outbox and the daily jobs run in the host.')
@minValue(1)
@maxValue(30)
param minReplicas int = 1

@description('Most replicas (PostgreSQL only; SQLite is always one).')
@minValue(1)
@maxValue(30)
param maxReplicas int = 1

@description('vCPU per replica (memory is twice this in GiB).')
@allowed([
  '0.25'
  '0.5'
  '0.75'
  '1.0'
  '1.5'
  '2.0'
])
param cpu string = '0.5'

@description('AdviceLine:Phone, the OH advice line\'s number in every message that gives it.')
@minLength(1)
param adviceLinePhone string

@description('AdviceLine:Email.')
@minLength(1)
param adviceLineEmail string

@description('AdviceLine:Opens, UK time (never 01:00-01:59).')
param adviceLineOpens string = '08:00'

@description('AdviceLine:Closes, UK time.')
param adviceLineCloses string = '16:00'

@description('AdviceLine:StaffObjectIds: Entra object ids of advice-line staff, who may look up any case. Empty: nobody.')
param adviceLineStaffObjectIds string[] = []

@description('AdviceLine:StaffGroupIds: Entra group ids of advice-line staff.')
param adviceLineStaffGroupIds string[] = []

@description('Admin:ObjectIds: Entra object ids of admins (audit trail, subject access exports). Empty: nobody.')
param adminObjectIds string[] = []

@description('Admin:GroupIds: Entra group ids of admins.')
param adminGroupIds string[] = []

@description('Calendar:TimeZone for the free-slot search (an IANA id).')
param calendarTimeZone string = 'Europe/London'

@description('Calendar:WorkdayStart.')
param calendarWorkdayStart string = '09:00'

@description('Calendar:WorkdayEnd.')
param calendarWorkdayEnd string = '17:00'

@description('Graph:Enabled: book meetings through Microsoft Graph. Leave false until an admin has consented to the app\'s Graph permissions (README "Run against real Teams").')
param graphEnabled bool = false

@description('Graph:TeamsAppId: the Teams app\'s id (TEAMS_APP_ID, made by teamsApp/create before this deployment), so CaseBot can join the chats of the meetings it books.')
param teamsAppId string = ''

@description('Delivery:DefaultServiceUrl: the Bot Connector address for a tenant nobody has messaged CaseBot from yet.')
param connectorServiceUrl string = 'https://smba.trafficmanager.net/teams/'

param tags object = {}

var usePostgres = storageProvider == 'Postgres'
var unique = uniqueString(resourceGroup().id, resourceBaseName)
var compactName = replace(resourceBaseName, '-', '')
var appName = resourceBaseName
var databaseName = 'casebot'
var port = 3978
// Until `atk deploy` has built CaseBot's image: Microsoft's ASP.NET Core sample, which listens where URLS says and answers /healthz.
var placeholderImage = 'mcr.microsoft.com/dotnet/samples:aspnetapp'
var appPasswordSecret = 'microsoft-app-password'
var connectionStringSecret = 'casebot-connection-string'
var appInsightsSecret = 'appinsights-connection-string'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    name: '${resourceBaseName}-id'
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: '${resourceBaseName}-logs'
    appInsightsName: '${resourceBaseName}-ai'
    tags: tags
  }
}

module registry 'modules/registry.bicep' = {
  name: 'registry'
  params: {
    location: location
    name: take('${compactName}${unique}', 50)
    pullPrincipalId: identity.outputs.principalId
    tags: tags
  }
}

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    location: location
    name: '${resourceBaseName}-vnet'
    tags: tags
  }
}

module postgres 'modules/postgres.bicep' = if (usePostgres) {
  name: 'postgres'
  params: {
    location: location
    name: '${resourceBaseName}-pg-${unique}'
    administratorLogin: postgresAdminLogin
    administratorPassword: postgresAdminPassword
    databaseName: databaseName
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    storageSizeGB: postgresStorageSizeGB
    highAvailability: postgresHighAvailability
    delegatedSubnetId: network.outputs.databaseSubnetId
    vnetId: network.outputs.id
    tenantId: tenantId
    entraAdminPrincipalId: identity.outputs.principalId
    entraAdminName: identity.outputs.name
    tags: tags
  }
}

module sqliteShare 'modules/sqlite-share.bicep' = if (!usePostgres) {
  name: 'sqlite-share'
  params: {
    location: location
    name: take('st${compactName}${unique}', 24)
    shareName: 'casebot-data'
    appsSubnetId: network.outputs.appsSubnetId
    tags: tags
  }
}

// Npgsql: TLS with the server's certificate checked, and a pool that leaves the small server's connections (50 on B1ms) for the
// other replicas and for maintenance.
var connectionString = usePostgres
  ? 'Host=${postgres!.outputs.fqdn};Database=${databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=VerifyFull;Maximum Pool Size=20'
  : ''

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    name: take('kv${compactName}${unique}', 24)
    tenantId: tenantId
    readerPrincipalId: identity.outputs.principalId
    appPasswordSecretName: appPasswordSecret
    appPassword: botAppPassword
    connectionStringSecretName: usePostgres && postgresWriteConnectionString ? connectionStringSecret : ''
    connectionString: connectionString
    tags: tags
  }
}

module environment 'modules/container-environment.bicep' = {
  name: 'container-environment'
  params: {
    location: location
    name: '${resourceBaseName}-env'
    workspaceName: monitoring.outputs.workspaceName
    appsSubnetId: network.outputs.appsSubnetId
    sqliteStorageAccountName: usePostgres ? '' : sqliteShare!.outputs.name
    sqliteShareName: usePostgres ? '' : sqliteShare!.outputs.shareName
    tags: tags
  }
}

// The host name Teams reaches the bot and the board on: known before the app exists, from the environment's domain.
var hostName = '${appName}.${environment.outputs.defaultDomain}'

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: '${resourceBaseName}-ai'
  dependsOn: [
    monitoring
  ]
}

// A list as the indexed variables ASP.NET Core binds to it (Section__Key__0, __1, ...).
func indexed(key string, values string[]) array => map(range(0, length(values)), i => {
  name: '${key}__${i}'
  value: values[i]
})

// The settings the host reads, as environment variables (Section__Key). Every other setting the host reads is listed in
// infra/README.md with the reason the Bicep leaves it alone.
var settings = concat(
  [
    { name: 'URLS', value: 'http://+:${port}' }
    { name: 'MicrosoftAppType', value: 'SingleTenant' }
    { name: 'MicrosoftAppId', value: botAppId }
    { name: 'MicrosoftAppPassword', secretRef: appPasswordSecret }
    { name: 'MicrosoftAppTenantId', value: tenantId }
    { name: 'CaseBoard__Domain', value: hostName }
    { name: 'Storage__Provider', value: storageProvider }
    { name: 'AdviceLine__Phone', value: adviceLinePhone }
    { name: 'AdviceLine__Email', value: adviceLineEmail }
    { name: 'AdviceLine__Opens', value: adviceLineOpens }
    { name: 'AdviceLine__Closes', value: adviceLineCloses }
    { name: 'Calendar__TimeZone', value: calendarTimeZone }
    { name: 'Calendar__WorkdayStart', value: calendarWorkdayStart }
    { name: 'Calendar__WorkdayEnd', value: calendarWorkdayEnd }
    { name: 'Graph__Enabled', value: string(graphEnabled) }
    { name: 'Graph__TeamsAppId', value: teamsAppId }
    { name: 'Delivery__DefaultServiceUrl', value: connectorServiceUrl }
    { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', secretRef: appInsightsSecret }
  ],
  usePostgres
    ? [
        { name: 'ConnectionStrings__CaseBot', secretRef: connectionStringSecret }
      ]
    : [
        { name: 'Storage__SqlitePath', value: '/app/data/casebot.db' }
      ],
  indexed('AdviceLine__StaffObjectIds', adviceLineStaffObjectIds),
  indexed('AdviceLine__StaffGroupIds', adviceLineStaffGroupIds),
  indexed('Admin__ObjectIds', adminObjectIds),
  indexed('Admin__GroupIds', adminGroupIds)
)

var keyVaultSecrets = concat(
  [
    {
      name: appPasswordSecret
      keyVaultUrl: '${vault.outputs.uri}secrets/${appPasswordSecret}'
      identity: identity.outputs.id
    }
    {
      name: appInsightsSecret
      value: appInsights.properties.ConnectionString
    }
  ],
  usePostgres
    ? [
        {
          name: connectionStringSecret
          keyVaultUrl: '${vault.outputs.uri}secrets/${connectionStringSecret}'
          identity: identity.outputs.id
        }
      ]
    : []
)

module app 'modules/container-app.bicep' = {
  name: 'container-app'
  params: {
    location: location
    environmentId: environment.outputs.id
    name: appName
    identityId: identity.outputs.id
    registryServer: registry.outputs.loginServer
    image: empty(containerImage) ? placeholderImage : containerImage
    env: settings
    secrets: keyVaultSecrets
    minReplicas: minReplicas
    maxReplicas: maxReplicas
    cpu: cpu
    dataStorageName: environment.outputs.dataStorageName
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${resourceBaseName}-${unique}'
    displayName: botDisplayName
    appId: botAppId
    tenantId: tenantId
    hostName: hostName
    tags: tags
  }
}

// Written to env/.env.<name> by the Toolkit (an output's name is the variable's name).
output BOT_DOMAIN string = hostName
output BOT_ENDPOINT string = 'https://${hostName}'
output AZURE_CONTAINER_APP_NAME string = app.outputs.name
output AZURE_CONTAINER_REGISTRY_NAME string = registry.outputs.name
output AZURE_CONTAINER_REGISTRY_SERVER string = registry.outputs.loginServer
output AZURE_KEY_VAULT_NAME string = vault.outputs.name
output AZURE_LOG_ANALYTICS_WORKSPACE_NAME string = monitoring.outputs.workspaceName
output AZURE_POSTGRES_SERVER_NAME string = usePostgres ? postgres!.outputs.name : ''
output AZURE_MANAGED_IDENTITY_NAME string = identity.outputs.name
output AZURE_BOT_NAME string = bot.outputs.name
