// The Azure Bot resource: Teams' route to the messaging endpoint. Single-tenant, with the Toolkit's app registration as its
// identity (the same registration the board's SSO and Graph use; see infra/README.md for why not the managed identity yet), and the
// Microsoft Teams channel.

@minLength(2)
@maxLength(64)
param name string

param displayName string

@description('The app (client) id of the bot\'s Entra app registration.')
param appId string

param tenantId string

@description('Host name Teams reaches the bot on.')
param hostName string

param tags object = {}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${hostName}/api/messages'
    msaAppId: appId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
output endpoint string = bot.properties.endpoint
