// The container registry `atk deploy` builds the image in (az acr build), and the managed identity's right to pull from it.
// No admin user: pulls use the identity, pushes the deploying person's own Azure sign-in.

param location string

@minLength(5)
@maxLength(50)
param name string

@description('Principal id of the managed identity that pulls the image.')
param pullPrincipalId string

param tags object = {}

// Built-in role AcrPull.
var acrPullRoleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Basic'
  }
  properties: {
    adminUserEnabled: false
  }
}

resource pull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, pullPrincipalId, acrPullRoleId)
  scope: registry
  properties: {
    principalId: pullPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)
  }
}

output name string = registry.name
output loginServer string = registry.properties.loginServer
