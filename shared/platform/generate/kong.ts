import { createPublicKey } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import type { PublicJwks } from '#shared/auth'
import type { HttpManifest } from '#shared/http'
import type { JwtSecret, KongConfig, KongPlugin } from '../gateway/kong-config.ts'

export type { KongConfig, KongPlugin }

/**
 * Kong 3.x DB-less declarative config, generated from the function manifests: one service and
 * one route per HTTP function. The issuer's public keys are not in it; `withIssuerKeys` adds
 * them per deployment as jwt credentials named by `kid`.
 */

export const ISSUER_CONSUMER = 'mart-token-issuer'
export const UPSTREAM_PORT = 8080

/** `/users/{userId}` → `~/users/(?<userId>[^/]+)$`: exact paths, so `/users` never eats `/users/me`. */
export function kongPath(openApiPath: string): string {
  const pattern = openApiPath
    .replace(/[.]/g, '\\.')
    .replace(/\{(\w+)\}/g, (_match, name: string) => `(?<${name}>[^/]+)`)
  return `~${pattern}$`
}

export function kongConfig(manifests: HttpManifest[]): KongConfig {
  return {
    _format_version: '3.0',
    services: manifests.map((manifest) => ({
      name: manifest.name,
      url: `http://${manifest.name}:${UPSTREAM_PORT}`,
      routes: [
        {
          name: manifest.name,
          paths: [kongPath(manifest.path)],
          // OPTIONS too, so the cors plugin can answer browsers' preflight requests.
          methods: [manifest.method.toUpperCase(), 'OPTIONS'],
          strip_path: false,
          preserve_host: false,
          plugins: routePlugins(manifest),
        },
      ],
    })),
    consumers: [{ username: ISSUER_CONSUMER }],
    plugins: [
      {
        name: 'correlation-id',
        config: { header_name: 'X-Request-ID', generator: 'uuid', echo_downstream: true },
      },
      {
        name: 'cors',
        config: {
          origins: ['*'],
          methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
          headers: ['Authorization', 'Content-Type', 'X-Request-ID'],
          exposed_headers: [
            'X-Request-ID',
            'Retry-After',
            'RateLimit-Limit',
            'RateLimit-Remaining',
            'RateLimit-Reset',
          ],
          credentials: false,
          max_age: 3600,
        },
      },
      {
        name: 'prometheus',
        config: { status_code_metrics: true, latency_metrics: true, bandwidth_metrics: true },
      },
    ],
  }
}

function routePlugins(manifest: HttpManifest): KongPlugin[] {
  const plugins: KongPlugin[] = []
  if (manifest.auth !== 'public') {
    plugins.push({
      name: 'jwt',
      config: {
        header_names: ['authorization'],
        uri_param_names: [],
        cookie_names: [],
        key_claim_name: 'kid',
        claims_to_verify: ['exp'],
        run_on_preflight: false,
      },
    })
  }
  plugins.push(
    {
      name: 'rate-limiting',
      config: {
        minute: manifest.rateLimit.perMinute,
        limit_by: 'ip',
        policy: 'local',
        fault_tolerant: true,
        hide_client_headers: false,
      },
    },
    {
      name: 'request-size-limiting',
      config: {
        allowed_payload_size: Math.ceil(manifest.bodyLimitBytes / 1024),
        size_unit: 'kilobytes',
        require_content_length: false,
      },
    },
  )
  return plugins
}

/** The deployment's issuer keys as jwt credentials: Kong picks one by the token's `kid`. */
export function withIssuerKeys(config: KongConfig, jwks: PublicJwks): KongConfig {
  const jwt_secrets: JwtSecret[] = jwks.keys.map((jwk) => ({
    key: jwk.kid,
    algorithm: 'ES256',
    rsa_public_key: createPublicKey({ key: jwk, format: 'jwk' })
      .export({ type: 'spki', format: 'pem' })
      .toString(),
  }))
  return {
    ...config,
    consumers: config.consumers.map((consumer) =>
      consumer.username === ISSUER_CONSUMER ? { ...consumer, jwt_secrets } : consumer,
    ),
  }
}

/**
 * The committed config, once it is known to say what the manifests say: a function added or
 * changed since `npm run generate` would otherwise answer 404 locally, with nothing saying why.
 */
export function currentKongConfig(committed: unknown, manifests: HttpManifest[]): KongConfig {
  const expected = kongConfig(manifests)
  if (!isDeepStrictEqual(committed, expected)) {
    throw new Error(
      'kong/kong.yml does not match the functions: run npm run generate (and commit what it writes)',
    )
  }
  return expected
}
