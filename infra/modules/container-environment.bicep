// The Container Apps environment: in the virtual network's apps subnet, on the Consumption workload profile, its containers' console
// logs (the host writes JSON lines) sent to Log Analytics. With the SQLite option it also holds the Azure Files share as storage the
// app mounts.

param location string
param name string
param workspaceName string
param appsSubnetId string

@description('Storage account of the SQLite option; empty for PostgreSQL.')
param sqliteStorageAccountName string = ''
param sqliteShareName string = ''

@description('Name under which the app mounts the share.')
param dataStorageName string = 'casebot-data'

param tags object = {}

var useSqlite = !empty(sqliteStorageAccountName)

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: workspaceName
}

resource sqliteAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = if (useSqlite) {
  name: useSqlite ? sqliteStorageAccountName : 'unused'
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
    vnetConfiguration: {
      infrastructureSubnetId: appsSubnetId
      internal: false
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
    ]
    zoneRedundant: false
  }
}

resource dataStorage 'Microsoft.App/managedEnvironments/storages@2024-03-01' = if (useSqlite) {
  parent: environment
  name: dataStorageName
  properties: {
    azureFile: {
      accountName: sqliteStorageAccountName
      accountKey: useSqlite ? sqliteAccount!.listKeys().keys[0].value : ''
      shareName: sqliteShareName
      accessMode: 'ReadWrite'
    }
  }
}

output id string = environment.id
output name string = environment.name
output defaultDomain string = environment.properties.defaultDomain
output dataStorageName string = useSqlite ? dataStorage.name : ''
