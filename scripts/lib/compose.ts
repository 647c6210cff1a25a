import type { HttpManifest } from '../../shared/http/index.ts'
import { UPSTREAM_PORT } from './kong.ts'

/** `${NAME:-default}` or `${NAME:?message}`: compose reads the variable when it starts. */
function variable(name: string, rule: string): string {
  return `\${${name}${rule}}`
}

const required = (name: string) => variable(name, `:?set ${name} (npm run admin -- keys:generate)`)

/** One compose service per function, all built from the one Dockerfile. */
export function composeFunctions(manifests: HttpManifest[]) {
  const services: Record<string, unknown> = {}
  for (const manifest of manifests) {
    services[manifest.name] = {
      build: { context: '..', dockerfile: 'Dockerfile', args: { FUNCTION: manifest.name } },
      image: `${variable('MART_IMAGE_PREFIX', ':-imtiaz-mart')}/${manifest.name}:${variable('MART_VERSION', ':-dev')}`,
      restart: 'unless-stopped',
      environment: {
        PORT: String(UPSTREAM_PORT),
        DATABASE_URL: variable('DATABASE_URL', ':-postgres://mart:mart@postgres:5432/mart'),
        LOG_LEVEL: variable('LOG_LEVEL', ':-info'),
        AUTH_ISSUER: variable('AUTH_ISSUER', ':-imtiaz-mart'),
        AUTH_AUDIENCE: variable('AUTH_AUDIENCE', ':-imtiaz-mart-api'),
        AUTH_JWKS: required('AUTH_JWKS'),
        ...(manifest.signsTokens
          ? {
              AUTH_SIGNING_KEY: required('AUTH_SIGNING_KEY'),
            }
          : {}),
      },
      depends_on: { migrate: { condition: 'service_completed_successfully' } },
      healthcheck: {
        test: [
          'CMD',
          'node',
          '-e',
          `fetch('http://127.0.0.1:${UPSTREAM_PORT}/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`,
        ],
        interval: '10s',
        timeout: '3s',
        retries: 3,
      },
      labels: { 'mart.function': manifest.name, 'mart.metrics': 'true' },
    }
  }
  return { services }
}
