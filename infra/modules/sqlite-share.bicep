// The SQLite option's disk: an Azure Files share the single container mounts at /app/data. Reachable only from the container
// apps subnet (service endpoint) and over SMB 3 with encryption; the environment mounts it with the account key.

param location string

@minLength(3)
@maxLength(24)
param name string

param shareName string

@description('The container apps subnet, the only network allowed in.')
param appsSubnetId string

param tags object = {}

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
      virtualNetworkRules: [
        {
          id: appsSubnetId
          action: 'Allow'
        }
      ]
    }
  }
}

resource files 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource share 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = {
  parent: files
  name: shareName
  properties: {
    shareQuota: 5
  }
}

output name string = account.name
output shareName string = share.name
