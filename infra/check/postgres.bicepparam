// The default deployment (PostgreSQL) with example values, evaluated offline by infra/check.sh (`bicep snapshot`) into
// postgres.snapshot.json: what Azure would be asked to create. The settings test reads the container's environment from it.
// No real ids or secrets: these are examples.
using '../main.bicep'

param resourceBaseName = 'casebot-check'
param botAppId = '11111111-2222-3333-4444-555555555555'
param botAppPassword = 'example-only'
param postgresAdminPassword = 'Example-0nly'
param adviceLinePhone = '01234 567890'
param adviceLineEmail = 'ohadvice@example.org'
param adviceLineStaffObjectIds = ['22222222-2222-3333-4444-555555555555']
param adviceLineStaffGroupIds = ['33333333-2222-3333-4444-555555555555', '44444444-2222-3333-4444-555555555555']
param adminObjectIds = ['55555555-2222-3333-4444-555555555555']
param adminGroupIds = ['66666666-2222-3333-4444-555555555555']
param graphEnabled = true
param teamsAppId = '6f1c2b8e-0a4d-4e1f-9a3b-2c7d5e8f9a01'
