// The bot's host: the container app that runs the image built from the repository's Dockerfile. HTTPS only (the platform's ingress ends TLS and forwards X-Forwarded-Proto, which the
// image trusts), the container's port 3978, GET /healthz as the readiness and start-up probe (it answers 503 while the database is
// unreachable, so traffic moves to replicas that can save turns), a TCP liveness probe (a database outage must not restart the
// process). With SQLite, the environment's Azure Files share is mounted at /app/data and the app is held to one replica.

param location string
param environmentId string
param name string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

param registryServer string
param image string

@description('Environment variables: objects with name and value, or name and secretRef.')
param env array

@description('Secrets: objects with name, keyVaultUrl and identity, or name and value.')
param secrets array

@minValue(1)
param minReplicas int

@minValue(1)
param maxReplicas int

@description('Concurrent HTTP requests per replica before another replica is added.')
param concurrentRequests int = 50

@description('vCPU per replica; memory is twice this in GiB, as Container Apps pairs them.')
@allowed([
  '0.25'
  '0.5'
  '0.75'
  '1.0'
  '1.5'
  '2.0'
])
param cpu string = '0.5'

@description('The environment storage holding the SQLite option\'s share; empty for PostgreSQL.')
param dataStorageName string = ''

param tags object = {}

var port = 3978
var useSqlite = !empty(dataStorageName)
// Container Apps' fixed pairs of vCPU and memory.
var memoryFor = {
  '0.25': '0.5Gi'
  '0.5': '1Gi'
  '0.75': '1.5Gi'
  '1.0': '2Gi'
  '1.5': '3Gi'
  '2.0': '4Gi'
}
// The aspnet image's non-root user (APP_UID), so the mounted share is the app's to write.
var appUid = 1654

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    environmentId: environmentId
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: [
        {
          server: registryServer
          identity: identityId
        }
      ]
      secrets: secrets
    }
    template: {
      containers: [
        {
          name: 'casebot'
          image: image
          resources: {
            cpu: json(cpu)
            memory: memoryFor[cpu]
          }
          env: env
          probes: [
            {
              type: 'Startup'
              httpGet: {
                path: '/healthz'
                port: port
              }
              initialDelaySeconds: 5
              periodSeconds: 5
              failureThreshold: 36
              timeoutSeconds: 3
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/healthz'
                port: port
              }
              periodSeconds: 10
              failureThreshold: 3
              timeoutSeconds: 5
            }
            {
              type: 'Liveness'
              tcpSocket: {
                port: port
              }
              periodSeconds: 30
              failureThreshold: 3
              timeoutSeconds: 5
            }
          ]
          volumeMounts: useSqlite
            ? [
                {
                  volumeName: 'data'
                  mountPath: '/app/data'
                }
              ]
            : []
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: useSqlite ? 1 : maxReplicas
        rules: [
          {
            name: 'http'
            http: {
              metadata: {
                concurrentRequests: string(concurrentRequests)
              }
            }
          }
        ]
      }
      volumes: useSqlite
        ? [
            {
              name: 'data'
              storageType: 'AzureFile'
              storageName: dataStorageName
              // nobrl: SQLite's byte-range locks stay on the one replica (SMB's own break SQLite's locking).
              mountOptions: 'uid=${appUid},gid=${appUid},dir_mode=0750,file_mode=0640,nobrl,mfsymlinks,cache=strict'
            }
          ]
        : []
    }
  }
}

output name string = app.name
output fqdn string = app.properties.configuration.ingress.fqdn
output id string = app.id
