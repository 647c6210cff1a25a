import {
  createTokenSigner,
  createTokenVerifier,
  type PublicJwks,
  type SignAccessToken,
  type SigningKey,
  type VerifyAccessToken,
} from '../auth/index.ts'
import type { Sql } from '../db/index.ts'
import type { Logger, Metrics } from '../observability/index.ts'

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
