// The single-instance option (SQLite on an Azure Files share) with example values, evaluated offline by infra/check.sh into
// sqlite.snapshot.json. No real ids or secrets.
using '../main.bicep'

param resourceBaseName = 'casebot-check'
param botAppId = '11111111-2222-3333-4444-555555555555'
param botAppPassword = 'example-only'
param storageProvider = 'Sqlite'
param maxReplicas = 3
param adviceLinePhone = '01234 567890'
param adviceLineEmail = 'ohadvice@example.org'
