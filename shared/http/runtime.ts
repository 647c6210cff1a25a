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
}

export function createAuthRuntime(settings: AuthSettings): AuthRuntime {
  const audience = { issuer: settings.issuer, audience: settings.audience }
  const accessTokenTtlSeconds = settings.accessTokenTtlSeconds ?? 900
  const { signingKey } = settings
  return {
    ...audience,
    accessTokenTtlSeconds,
    refreshTokenTtlSeconds: settings.refreshTokenTtlSeconds ?? 30 * 24 * 3600,
    jwks: settings.jwks,
    verifyAccessToken: createTokenVerifier(settings.jwks, audience),
    signAccessToken: signingKey
      ? createTokenSigner(signingKey, { ...audience, ttlSeconds: accessTokenTtlSeconds })
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
  return { sql, log, metrics: createMetrics(), auth: createAuthRuntime(auth ?? TRUSTS_NO_TOKEN) }
}
