import { Gauge } from 'prom-client'
import {
  createTokenSigner,
  createTokenVerifier,
  type PublicJwks,
  type SignAccessToken,
  type SigningKey,
  type VerifyAccessToken,
} from '#shared/auth'
import type { Sql } from '#shared/db'
import { createMetrics, type Logger, type Metrics } from '#shared/observability'

/** What a function is given to run: the same shape in its container, the local host and tests. */
export interface FunctionRuntime {
  sql: Sql
  log: Logger
  metrics: Metrics
  auth: AuthRuntime
}

export interface AuthRuntime {
  issuer: string
  audience: string
  accessTokenTtlSeconds: number
  refreshTokenTtlSeconds: number
  /**
   * How long a traded refresh token still gets the pair it was traded for, so that parallel
   * refreshes (tabs, retries after a lost answer) share one pair instead of revoking the session.
   */
  refreshReuseSeconds: number
  /** The clock of every token time, in milliseconds since the epoch; tests move it. */
  now: () => number
  /** The issuer's public keys, as served at /.well-known/jwks.json. */
  jwks: PublicJwks
  verifyAccessToken: VerifyAccessToken
  /** Only functions whose manifest says `signsTokens` are given the key that this needs. */
  signAccessToken: SignAccessToken
}

export interface AuthSettings {
  issuer: string
  audience: string
  jwks: PublicJwks
  signingKey: SigningKey | undefined
  accessTokenTtlSeconds?: number
  refreshTokenTtlSeconds?: number
  /** AUTH_REFRESH_REUSE_SECONDS; 10 seconds unless set. */
  refreshReuseSeconds?: number | undefined
  /** AUTH_TOKEN_CACHE_SIZE: how many verified access tokens to remember; 1000 unless set. */
  tokenCacheSize?: number | undefined
  now?: (() => number) | undefined
}

export function createAuthRuntime(settings: AuthSettings): AuthRuntime {
  const audience = { issuer: settings.issuer, audience: settings.audience }
  const accessTokenTtlSeconds = settings.accessTokenTtlSeconds ?? 900
  const { signingKey } = settings
  const now = settings.now ?? Date.now
  return {
    ...audience,
    accessTokenTtlSeconds,
    refreshTokenTtlSeconds: settings.refreshTokenTtlSeconds ?? 30 * 24 * 3600,
    refreshReuseSeconds: settings.refreshReuseSeconds ?? 10,
    now,
    jwks: settings.jwks,
    verifyAccessToken: createTokenVerifier(settings.jwks, audience, {
      cacheSize: settings.tokenCacheSize ?? 1000,
      now,
    }),
    signAccessToken: signingKey
      ? createTokenSigner(signingKey, { ...audience, ttlSeconds: accessTokenTtlSeconds, now })
      : () => Promise.reject(new Error('this function has no signing key (AUTH_SIGNING_KEY)')),
  }
}

/** An auth runtime that trusts no token: for event functions and the relay, which take none. */
const TRUSTS_NO_TOKEN: AuthSettings = {
  issuer: '',
  audience: '',
  jwks: { keys: [] },
  signingKey: undefined,
}

export interface RuntimeSettings {
  sql: Sql
  log: Logger
  /** The issuer to trust (and sign as); none for functions that take no bearer tokens. */
  auth?: AuthSettings | undefined
}

/** The one way a runtime is made: in a container, in the local host and in tests. */
export function createRuntime({ sql, log, auth }: RuntimeSettings): FunctionRuntime {
  const metrics = createMetrics()
  const authRuntime = createAuthRuntime(auth ?? TRUSTS_NO_TOKEN)
  if (auth) countCachedTokens(metrics, authRuntime)
  return { sql, log, metrics, auth: authRuntime }
}

/** How full the verified-token cache is, so operators can size AUTH_TOKEN_CACHE_SIZE. */
function countCachedTokens(metrics: Metrics, auth: AuthRuntime): void {
  new Gauge({
    name: 'auth_verified_tokens_cached',
    help: 'Access tokens whose signature check is remembered until they expire.',
    registers: [metrics.registry],
    collect() {
      this.set(auth.verifyAccessToken.cachedTokens())
    },
  })
}
