import type { Server } from 'node:http'
import { serve } from '@hono/node-server'
import { parsePublicJwks, parseSigningKey } from '../auth/index.ts'
import { FunctionConfig, readConfig } from '../config/index.ts'
import { createSql } from '../db/index.ts'
import { createLogger, createMetrics, type Logger } from '../observability/index.ts'
import type { HttpFunction } from './define.ts'
import { createAuthRuntime } from './runtime.ts'

/**
 * Runs one function as its own server: the entry point of every bundle and container.
 * SIGTERM stops accepting, lets in-flight requests finish, closes the pool, then exits.
 */
export function serveFunction(fn: HttpFunction): void {
  const config = readConfig(FunctionConfig)
  const log = createLogger({ level: config.LOG_LEVEL }).child({ fn: fn.manifest.name })
  if (fn.manifest.signsTokens && !config.AUTH_SIGNING_KEY) {
    log.fatal('AUTH_SIGNING_KEY is required: this function signs access tokens')
    process.exit(1)
  }
  const sql = createSql(config.DATABASE_URL, { max: config.DATABASE_POOL_MAX })
  const app = fn.createApp({
    sql,
    log,
    metrics: createMetrics(),
    auth: createAuthRuntime({
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      jwks: parsePublicJwks(config.AUTH_JWKS),
      signingKey: config.AUTH_SIGNING_KEY ? parseSigningKey(config.AUTH_SIGNING_KEY) : undefined,
    }),
  })
  listenUntilStopped(app, {
    port: config.PORT,
    log,
    graceMs: config.SHUTDOWN_GRACE_MS,
    onClosed: () => sql.end({ timeout: 5 }),
  })
}

export interface ListenOptions {
  port: number
  log: Logger
  graceMs: number
  /** Runs once the server has stopped taking requests and the last one is answered. */
  onClosed(): Promise<unknown>
}

/**
 * Serves an app until SIGTERM or SIGINT, then stops accepting, lets in-flight requests finish
 * (cut after `graceMs`), runs `onClosed` and exits.
 */
export function listenUntilStopped(
  app: { fetch(request: Request): Response | Promise<Response> },
  options: ListenOptions,
): void {
  const { log } = options
  const server = serve({ fetch: app.fetch, port: options.port }, (info) =>
    log.info({ port: info.port }, 'listening'),
  ) as Server
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    log.info({ signal }, 'shutting down')
    const force = setTimeout(() => server.closeAllConnections(), options.graceMs)
    force.unref()
    server.close(async () => {
      await options.onClosed()
      log.info('stopped')
      process.exit(0)
    })
    server.closeIdleConnections()
  }
  process.once('SIGTERM', () => stop('SIGTERM'))
  process.once('SIGINT', () => stop('SIGINT'))
}
