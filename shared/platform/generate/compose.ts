import { EventRetentionConfig } from '#shared/config'
import type { EventManifest } from '#shared/events'
import type { HttpManifest } from '#shared/http'
import type { ScheduledManifest } from '#shared/schedule'
import eventHousekeeping from '../events/housekeeping.ts'
import { UPSTREAM_PORT } from './kong.ts'
import { type DeployableKind, databaseSettingsOf, SIZING } from './sizing.ts'

/** `${NAME:-default}` or `${NAME:?message}`: compose reads the variable when it starts. */
function variable(name: string, rule: string): string {
  return `\${${name}${rule}}`
}

const required = (name: string) => variable(name, `:?set ${name} (npm run admin -- keys:generate)`)

const KAFKA_BROKERS = variable('KAFKA_BROKERS', ':-kafka:9092')

/**
 * The healthcheck's script for `node -e`: exits 0 when /readyz answers 200, else 1. The
 * distroless image has no shell or curl, so a check starts Node. It uses node:http, not
 * fetch: loading fetch's undici made each check cost 165 ms of CPU instead of 67 (Node 24).
 */
export function readinessProbe(port: number): string {
  return `require('node:http').get('http://127.0.0.1:${port}/readyz', (r) => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))`
}

/** PostgreSQL itself, for what needs session features (the relay, migrations). */
const DIRECT_DATABASE_URL = variable('DATABASE_URL', ':-postgres://mart:mart@postgres:5432/mart')
/** PgBouncer in transaction mode, for every function (compose/infra.yml). */
const POOLED_DATABASE_URL = variable(
  'POOLED_DATABASE_URL',
  ':-postgres://mart:mart@pgbouncer:5432/mart',
)

/** Where a deployable of this kind connects, how large its pool is, and what it waits for. */
function databaseOf(kind: DeployableKind) {
  const { pooled } = SIZING[kind]
  return {
    environment: {
      DATABASE_URL: pooled ? POOLED_DATABASE_URL : DIRECT_DATABASE_URL,
      ...databaseSettingsOf(kind),
    },
    dependsOn: pooled ? { pgbouncer: { condition: 'service_healthy' } } : {},
  }
}

/** A container built from the one Dockerfile, with its probes and metrics label. */
function service(
  name: string,
  kind: DeployableKind,
  environment: Record<string, string>,
  dependsOn: Record<string, unknown>,
) {
  const database = databaseOf(kind)
  return {
    build: { context: '..', dockerfile: 'Dockerfile', args: { FUNCTION: name } },
    image: `${variable('MART_IMAGE_PREFIX', ':-imtiaz-mart')}/${name}:${variable('MART_VERSION', ':-dev')}`,
    restart: 'unless-stopped',
    environment: {
      PORT: String(UPSTREAM_PORT),
      ...database.environment,
      LOG_LEVEL: variable('LOG_LEVEL', ':-info'),
      ...environment,
    },
    depends_on: {
      migrate: { condition: 'service_completed_successfully' },
      ...database.dependsOn,
      ...dependsOn,
    },
    healthcheck: {
      test: ['CMD', 'node', '-e', readinessProbe(UPSTREAM_PORT)],
      interval: '10s',
      timeout: '3s',
      retries: 3,
    },
    labels: { 'mart.function': name, 'mart.metrics': 'true' },
  }
}

const kafkaHealthy = { kafka: { condition: 'service_healthy' } }

/** The retention settings, each defaulting to what the configuration schema says. */
function retentionSettings(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(EventRetentionConfig.parse({})).map(([name, hours]) => [
      name,
      variable(name, `:-${hours}`),
    ]),
  )
}

/**
 * One compose service per function (HTTP ones behind Kong, event ones fed by Kafka,
 * scheduled ones on their own), plus the outbox relay, all built from the one Dockerfile.
 */
export function composeFunctions(
  http: HttpManifest[],
  events: EventManifest[],
  scheduled: ScheduledManifest[],
) {
  const services: Record<string, unknown> = {}
  for (const manifest of http) {
    services[manifest.name] = service(
      manifest.name,
      'http',
      {
        AUTH_ISSUER: variable('AUTH_ISSUER', ':-imtiaz-mart'),
        AUTH_AUDIENCE: variable('AUTH_AUDIENCE', ':-imtiaz-mart-api'),
        AUTH_JWKS: required('AUTH_JWKS'),
        ...(manifest.signsTokens ? { AUTH_SIGNING_KEY: required('AUTH_SIGNING_KEY') } : {}),
      },
      {},
    )
  }
  for (const manifest of events) {
    services[manifest.name] = service(manifest.name, 'event', { KAFKA_BROKERS }, kafkaHealthy)
  }
  for (const { name } of scheduled) {
    const settings = name === eventHousekeeping.manifest.name ? retentionSettings() : {}
    services[name] = service(name, 'scheduled', settings, {})
  }
  services['outbox-relay'] = service('outbox-relay', 'relay', { KAFKA_BROKERS }, kafkaHealthy)
  return { services }
}
