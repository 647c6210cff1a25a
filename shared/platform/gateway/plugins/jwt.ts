import { createPublicKey, type KeyObject, verify } from 'node:crypto'
import { z } from 'zod'
import { gatewayProblem } from './problem.ts'
import type { GatewayPlugin } from './types.ts'

export const JwtConfig = z.strictObject({
  header_names: z.array(z.string()).default(['authorization']),
  uri_param_names: z.array(z.string()).default(['jwt']),
  cookie_names: z.array(z.string()).default([]),
  key_claim_name: z.string().default('iss'),
  claims_to_verify: z.array(z.enum(['exp', 'nbf'])).default([]),
  run_on_preflight: z.boolean().default(true),
  maximum_expiration: z.number().int().nonnegative().default(0),
})

export interface JwtCredential {
  consumer: string
  key: string
  algorithm: 'ES256'
  publicKey: KeyObject
}

export function jwtCredential(
  consumer: string,
  secret: { key: string; algorithm: string; rsa_public_key: string },
): JwtCredential {
  if (secret.algorithm !== 'ES256') {
    throw new Error(`the local gateway verifies ES256 only, not ${secret.algorithm}`)
  }
  return {
    consumer,
    key: secret.key,
    algorithm: 'ES256',
    publicKey: createPublicKey(secret.rsa_public_key),
  }
}

const Segment = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not base64url JSON' })
    return z.NEVER
  }
})
const Claims = z.record(z.string(), z.unknown())

/**
 * Kong's jwt plugin: finds the credential named by the key claim (payload first, then
 * header), checks the token's `alg` is the credential's, the signature, and `exp`/`nbf`.
 * Audience, issuer and roles are the functions' business.
 */
export function jwt(
  config: z.infer<typeof JwtConfig>,
  credentials: Map<string, JwtCredential>,
  now: () => number = Date.now,
): GatewayPlugin {
  if (config.uri_param_names.length > 0 || config.cookie_names.length > 0) {
    throw new Error('the local gateway reads tokens from headers only')
  }
  const unauthorized = (detail: string) =>
    gatewayProblem(401, 'unauthenticated', detail, { 'www-authenticate': 'Bearer' })
  const verified = new VerifiedTokens()
  return {
    name: 'jwt',
    priority: 1450,
    access(exchange) {
      if (exchange.request.method === 'OPTIONS' && !config.run_on_preflight) return undefined
      const token = config.header_names
        .map((name) => exchange.request.headers.get(name)?.match(/^bearer\s+(\S+)$/i)?.[1])
        .find(Boolean)
      if (!token) return unauthorized('a bearer access token is required')
      let checked = verified.get(token)
      if (!checked) {
        const [headerPart = '', payloadPart = '', signaturePart, ...rest] = token.split('.')
        const header = Claims.safeParse(Segment.safeParse(headerPart).data)
        const payload = Claims.safeParse(Segment.safeParse(payloadPart).data)
        if (!header.success || !payload.success || signaturePart === undefined || rest.length > 0) {
          return unauthorized('bad token')
        }
        const keyClaim = payload.data[config.key_claim_name] ?? header.data[config.key_claim_name]
        const credential = typeof keyClaim === 'string' ? credentials.get(keyClaim) : undefined
        if (!credential)
          return unauthorized(`no credentials found for the given '${config.key_claim_name}'`)
        if (header.data.alg !== credential.algorithm) return unauthorized('invalid algorithm')
        const signed = Buffer.from(`${headerPart}.${payloadPart}`)
        const signature = Buffer.from(signaturePart, 'base64url')
        const key = { key: credential.publicKey, dsaEncoding: 'ieee-p1363' as const }
        if (!verify('sha256', signed, key, signature)) return unauthorized('invalid signature')
        checked = { credential, exp: payload.data.exp, nbf: payload.data.nbf }
        verified.add(token, checked)
      }
      const { credential, exp, nbf } = checked
      const seconds = now() / 1000
      if (config.claims_to_verify.includes('exp')) {
        if (typeof exp !== 'number') return unauthorized('token has no exp claim')
        if (exp <= seconds) {
          verified.delete(token)
          return unauthorized('token expired')
        }
        if (config.maximum_expiration > 0 && exp - seconds > config.maximum_expiration) {
          return unauthorized('token exceeds the maximum expiration')
        }
      }
      if (config.claims_to_verify.includes('nbf') && (typeof nbf !== 'number' || nbf > seconds)) {
        return unauthorized('token not valid yet')
      }
      exchange.upstreamHeaders.set('x-consumer-username', credential.consumer)
      exchange.upstreamHeaders.set('x-credential-identifier', credential.key)
      return undefined
    },
  }
}

interface VerifiedToken {
  credential: JwtCredential
  exp: unknown
  nbf: unknown
}

/**
 * Tokens whose form, credential and signature have been checked. Those checks depend on the
 * token and the configured credentials alone, so a client sending the same token again skips
 * them, as Envoy's JWT cache does; the time claims are checked on every request. An ES256
 * verification costs more than the rest of the gateway. Holds the most recent tokens only.
 */
class VerifiedTokens {
  static readonly MAX = 10_000
  readonly #tokens = new Map<string, VerifiedToken>()

  get(token: string): VerifiedToken | undefined {
    return this.#tokens.get(token)
  }

  add(token: string, checked: VerifiedToken): void {
    if (this.#tokens.size >= VerifiedTokens.MAX) {
      const oldest = this.#tokens.keys().next()
      if (!oldest.done) this.#tokens.delete(oldest.value)
    }
    this.#tokens.set(token, checked)
  }

  delete(token: string): void {
    this.#tokens.delete(token)
  }
}
