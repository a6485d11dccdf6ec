// Key Vault for the secrets that remain: the bot's client secret and, with PostgreSQL, the connection string (which holds the
// server's password). Access is by Azure RBAC only; the container app's identity may read secrets and nothing else. The container
// app refers to each secret by its versionless URI, so a rotated secret reaches the app within Container Apps' refresh (30 minutes)
// or at the next revision.

param location string

@minLength(3)
@maxLength(24)
param name string

param tenantId string

@description('Principal id of the managed identity that reads the secrets.')
param readerPrincipalId string

@description('Name of the secret holding the bot\'s client secret.')
param appPasswordSecretName string

@secure()
param appPassword string

@description('Name of the secret holding the database connection string; empty to leave it alone (SQLite, or one set by hand).')
param connectionStringSecretName string = ''

@secure()
param connectionString string = ''

param tags object = {}

// Built-in role Key Vault Secrets User (read secret contents).
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: appPasswordSecretName
  properties: {
    value: appPassword
  }
}

resource connectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(connectionStringSecretName)) {
  parent: vault
  name: empty(connectionStringSecretName) ? 'unused' : connectionStringSecretName
  properties: {
    value: connectionString
  }
}

resource read 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, secretsUserRoleId)
  scope: vault
  properties: {
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
