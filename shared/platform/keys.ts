import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  generateSigningKey,
  type PublicJwks,
  parsePublicJwks,
  parseSigningKey,
  publicJwkOf,
  type SigningKey,
} from '#shared/auth'
import { parseSetting } from '#shared/config'
import type { Logger } from '#shared/observability'

export interface IssuerKeys {
  signingKey: SigningKey
  jwks: PublicJwks
}

/** A new signing key and the JWKS that publishes it, as AUTH_SIGNING_KEY and AUTH_JWKS. */
export async function newIssuerKeys(): Promise<IssuerKeys> {
  const signingKey = await generateSigningKey(
    `mart-${new Date().toISOString().slice(0, 10)}-${crypto.randomUUID().slice(0, 8)}`,
  )
  return { signingKey, jwks: { keys: [publicJwkOf(signingKey)] } }
}

/**
 * The issuer keys from AUTH_SIGNING_KEY and AUTH_JWKS when both are set; otherwise a key made
 * once into `file`, with a warning: such a key is for development only.
 */
export async function issuerKeysFor(
  configured: { AUTH_SIGNING_KEY?: unknown; AUTH_JWKS?: unknown },
  file: string,
  log: Logger,
): Promise<IssuerKeys> {
  const { AUTH_SIGNING_KEY, AUTH_JWKS } = configured
  if (AUTH_SIGNING_KEY !== undefined && AUTH_JWKS !== undefined) {
    return {
      signingKey: parseSetting('AUTH_SIGNING_KEY', () => parseSigningKey(AUTH_SIGNING_KEY)),
      jwks: parseSetting('AUTH_JWKS', () => parsePublicJwks(AUTH_JWKS)),
    }
  }
  if (!existsSync(file)) {
    const keys = await newIssuerKeys()
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, JSON.stringify({ signingKey: keys.signingKey.privateJwk }), {
      mode: 0o600,
    })
  }
  const stored = JSON.parse(await readFile(file, 'utf8')) as { signingKey: unknown }
  const signingKey = parseSigningKey(stored.signingKey)
  log.warn(
    { file, kid: signingKey.kid },
    'AUTH_SIGNING_KEY and AUTH_JWKS are not set: signing with a key kept in .data, for development only',
  )
  return { signingKey, jwks: { keys: [publicJwkOf(signingKey)] } }
}
