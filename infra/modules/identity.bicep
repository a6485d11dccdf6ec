// The user-assigned managed identity the container app runs as: it pulls the image from the registry, reads the Key Vault secrets
// the app's settings refer to, and is the PostgreSQL server's Entra administrator.

param location string
param name string
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
