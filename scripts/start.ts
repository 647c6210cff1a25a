/**
 * `npm start`: the whole mart in one process on http://localhost:8000. DATABASE_URL unset →
 * an embedded PostgreSQL with its data in .data/; signing keys from the environment, or a
 * development key kept in .data/.
 */

import { rm, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { startEmbeddedPostgres } from '../shared/db/embedded.ts'
import { applyMigrations, createSql, loadMigrations } from '../shared/db/index.ts'
import { createLogger } from '../shared/observability/index.ts'
import { createLocalHost } from './host/host.ts'
import { embeddedDatabaseUrlFile, functionsDir, repoRoot } from './lib/functions.ts'
import { issuerKeysFor } from './lib/keys.ts'

const log = createLogger({ level: process.env.LOG_LEVEL ?? 'info' })
const dataDir = join(repoRoot, '.data')

async function database() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} }
  const dir = join(dataDir, 'postgres')
  const embedded = await startEmbeddedPostgres(dir)
  await writeFile(embeddedDatabaseUrlFile, embedded.url, { mode: 0o600 })
  log.info(
    { dataDir: dir, port: new URL(embedded.url).port },
    'DATABASE_URL is not set: embedded PostgreSQL running',
  )
  return {
    url: embedded.url,
    stop: async () => {
      await rm(embeddedDatabaseUrlFile, { force: true })
      await embedded.stop()
    },
  }
}

const db = await database()
const sql = createSql(db.url)
const applied = await applyMigrations(sql, await loadMigrations(functionsDir))
log.info({ applied: applied.map((m) => `${m.domain}/${m.version}`) }, 'migrations applied')
const keys = await issuerKeysFor(join(dataDir, 'dev-keys.json'), log)
const host = await createLocalHost({
  sql,
  log,
  issuer: process.env.AUTH_ISSUER ?? 'imtiaz-mart',
  audience: process.env.AUTH_AUDIENCE ?? 'imtiaz-mart-api',
  ...keys,
  kafkaBrokers: process.env.KAFKA_BROKERS?.split(',').map((broker) => broker.trim()),
  kafkaGroupPrefix: process.env.KAFKA_GROUP_PREFIX,
})
log.info(
  {
    kafka:
      process.env.KAFKA_BROKERS ?? 'none: events go in-process from the outbox to the handlers',
  },
  'events flowing',
)
const port = Number(process.env.PORT ?? 8000)
const server = serve(
  { fetch: (request, env) => host.fetch(request, env.incoming.socket.remoteAddress), port },
  (info) =>
    log.info(
      { url: `http://localhost:${info.port}`, docs: `http://localhost:${info.port}/docs` },
      'the mart is open',
    ),
) as Server

async function shutDown(signal: string) {
  log.info({ signal }, 'shutting down')
  server.close()
  server.closeIdleConnections()
  await host.close()
  await sql.end({ timeout: 5 })
  await db.stop()
  process.exit(0)
}
process.once('SIGTERM', () => void shutDown('SIGTERM'))
process.once('SIGINT', () => void shutDown('SIGINT'))
