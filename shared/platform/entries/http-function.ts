import { parsePublicJwks, parseSigningKey } from '#shared/auth'
import { FunctionConfig, parseSetting } from '#shared/config'
import { createRuntime, databaseAnswers, type HttpFunction } from '#shared/http'
import { StartupError } from '../failed-start.ts'
import { serveUntilStopped } from '../serve.ts'
import { recordStartToReady } from '../startup.ts'
import { startContainer } from './container.ts'

/**
 * The container entry of an HTTP function: the function's app on PORT, until SIGTERM stops
 * it cleanly (in-flight requests finish, then the pool closes).
 */
export async function serveHttpFunction(fn: HttpFunction): Promise<void> {
  const { config, log, sql } = startContainer(FunctionConfig, fn.manifest.name)
  if (fn.manifest.signsTokens && !config.AUTH_SIGNING_KEY) {
    throw new StartupError('AUTH_SIGNING_KEY is required: this function signs access tokens')
  }
  const runtime = createRuntime({
    sql,
    log,
    auth: {
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      jwks: parseSetting('AUTH_JWKS', () => parsePublicJwks(config.AUTH_JWKS)),
      signingKey: config.AUTH_SIGNING_KEY
        ? parseSetting('AUTH_SIGNING_KEY', () => parseSigningKey(config.AUTH_SIGNING_KEY))
        : undefined,
      refreshReuseSeconds: config.AUTH_REFRESH_REUSE_SECONDS,
      tokenCacheSize: config.AUTH_TOKEN_CACHE_SIZE,
    },
  })
  const app = fn.createApp(runtime)
  await serveUntilStopped((request) => app.fetch(request), {
    port: config.PORT,
    log,
    graceMs: config.SHUTDOWN_GRACE_MS,
    onClosed: () => sql.end({ timeout: 5 }),
  })
  recordStartToReady(runtime.metrics.registry, { database: databaseAnswers(sql) })
}
