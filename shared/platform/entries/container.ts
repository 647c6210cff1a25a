import type { Registry } from 'prom-client'
import type { z } from 'zod'
import { type BaseConfig, readConfig } from '#shared/config'
import { createSql, type Sql } from '#shared/db'
import { databaseAnswers, type ReadinessCheck, readinessResponse } from '#shared/http'
import { createLogger, type Logger } from '#shared/observability'
import { exitForStartupFailure, reachDatabase } from '../failed-start.ts'
import { type RequestHandler, serveUntilStopped } from '../serve.ts'
import { recordStartToReady } from '../startup.ts'

export interface Container<Config> {
  config: Config
  log: Logger
  sql: Sql
}

/**
 * What every container starts with: its configuration read and checked, a logger whose lines
 * carry the deployable's name, and the database pool. Whether the database answers is checked
 * beside the rest of the start, not before it (a cold start would wait on it): one that does
 * not ends the container as any failed start does.
 */
export function startContainer<Schema extends z.ZodType<BaseConfig>>(
  schema: Schema,
  name: string,
): Container<z.infer<Schema>> {
  const config = readConfig(schema)
  const log = createLogger({ level: config.LOG_LEVEL }).child({ fn: name })
  const sql = createSql(config.DATABASE_URL, {
    max: config.DATABASE_POOL_MAX,
    prepare: config.DATABASE_PREPARED_STATEMENTS,
  })
  reachDatabase(sql, config.DATABASE_URL).catch((error: unknown) =>
    exitForStartupFailure(name, error),
  )
  return { config, log, sql }
}

/**
 * Serves a container that has no route of its own (the relay, a scheduled function): its
 * /healthz, /readyz and /metrics on PORT, answered as a function app answers them, until
 * SIGTERM; then `stop` and the pool closes.
 */
export async function serveProbesUntilStopped(
  { config, log, sql }: Container<BaseConfig>,
  registry: Registry,
  readiness: Record<string, ReadinessCheck>,
  stop: () => Promise<void>,
): Promise<void> {
  const checks = { database: databaseAnswers(sql), ...readiness }
  const probes: RequestHandler = async (request) => {
    switch (new URL(request.url).pathname) {
      case '/healthz':
        return Response.json({ status: 'ok' })
      case '/readyz':
        return readinessResponse(checks)
      case '/metrics':
        return new Response(await registry.metrics(), {
          headers: { 'content-type': registry.contentType },
        })
      default:
        return new Response(null, { status: 404 })
    }
  }
  await serveUntilStopped(probes, {
    port: config.PORT,
    log,
    graceMs: config.SHUTDOWN_GRACE_MS,
    onClosed: async () => {
      await stop()
      await sql.end({ timeout: 5 })
    },
  })
  recordStartToReady(registry, checks)
}
