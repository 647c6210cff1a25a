import { SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTokenSigner, generateSigningKey } from '#shared/auth'
import { createLogger } from '#shared/observability'
import {
  jsonRequest,
  LogLines,
  readProblem,
  TEST_AUDIENCE,
  TEST_ISSUER,
  testSigningKey,
  useTestDatabase,
} from '#shared/testing'
import type { LocalHost } from '../host/host.ts'
import { createTestHost, sendToHost } from '../testing/host.ts'

const database = useTestDatabase()
const logs = new LogLines()
let host: LocalHost
let customerToken: string

const send = (path: string, init: RequestInit = {}, clientIp?: string) =>
  sendToHost(host, path, init, clientIp)

const startedAt = Date.now()

beforeAll(async () => {
  host = await createTestHost({
    sql: database().sql,
    log: createLogger({ level: 'info', destination: logs.stream }),
    // A fixed instant, so a rate-limit window cannot roll over in the middle of a test.
    now: () => startedAt,
  })
  const registered = await send(
    '/auth/register',
    jsonRequest('POST', { email: 'gate@example.com', password: 'a long passphrase', name: 'Gate' }),
  )
  const { id } = (await registered.json()) as { id: string }
  customerToken = await host.runtime.auth.signAccessToken({ userId: id, role: 'customer' })
})

afterAll(() => host.close())

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

describe('the local gateway applies kong.yml', () => {
  it('routes by path and method, and answers 404 otherwise', async () => {
    expect((await send('/users/me', bearer(customerToken))).status).toBe(200)
    const wrongMethod = await send('/users/me', { method: 'DELETE' })
    expect(wrongMethod.status).toBe(404)
    expect((await readProblem(wrongMethod)).detail).toMatch(/no route/)
    expect((await send('/users/me/extra', bearer(customerToken))).status).toBe(404)
  })

  it('passes the caller’s X-Request-ID to the function and echoes it, or makes one', async () => {
    const res = await send('/users/me', {
      headers: { 'x-request-id': 'trace-42', authorization: `Bearer ${customerToken}` },
    })
    expect(res.headers.get('x-request-id')).toBe('trace-42')
    const line = logs.entries.find((entry) => entry.requestId === 'trace-42')
    expect(line).toMatchObject({
      fn: 'users-get-me',
      method: 'GET',
      path: '/users/me',
      status: 200,
    })
    const fresh = await send('/users/me', bearer(customerToken))
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('replaces an unsafe X-Request-ID as the function does, and echoes the id it logged', async () => {
    const res = await send('/users/me', {
      headers: { 'x-request-id': '<script>alert(1)</script>', ...bearer(customerToken).headers },
    })
    expect(res.status).toBe(200)
    const echoed = res.headers.get('x-request-id')
    expect(echoed).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    const lines = logs.entries.filter((entry) => entry.requestId === echoed)
    expect(lines).toEqual([expect.objectContaining({ fn: 'users-get-me', msg: 'request' })])
    expect(logs.raw.join('\n')).not.toContain('<script>')
  })

  describe('jwt on customer and admin routes', () => {
    it('answers 401 without a token, before the function runs', async () => {
      const res = await send('/users/me', { headers: { 'x-request-id': 'no-token' } })
      expect(res.status).toBe(401)
      expect(res.headers.get('www-authenticate')).toBe('Bearer')
      expect(logs.entries.some((entry) => entry.requestId === 'no-token')).toBe(false)
    })

    it('refuses alg none, an unknown kid, a wrong signature and an expired token', async () => {
      const signingKey = await testSigningKey()
      const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url')
      const claims = {
        sub: '00000000-0000-4000-8000-000000000000',
        role: 'admin',
        exp: Date.now() / 1000 + 60,
      }
      const none = `${encode({ alg: 'none', kid: signingKey.kid })}.${encode(claims)}.`
      const impostor = await generateSigningKey(signingKey.kid)
      const forged = await createTokenSigner(impostor, {
        issuer: TEST_ISSUER,
        audience: TEST_AUDIENCE,
        ttlSeconds: 60,
      })({
        userId: claims.sub,
        role: 'admin',
      })
      const unknownKid = await createTokenSigner(await generateSigningKey('who-is-this'), {
        issuer: TEST_ISSUER,
        audience: TEST_AUDIENCE,
        ttlSeconds: 60,
      })({ userId: claims.sub, role: 'admin' })
      const expired = await new SignJWT({ role: 'customer' })
        .setProtectedHeader({ alg: 'ES256', kid: signingKey.kid })
        .setSubject(claims.sub)
        .setIssuer(TEST_ISSUER)
        .setAudience(TEST_AUDIENCE)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
        .sign(await importPrivate())
      for (const [label, token, reason] of [
        ['alg none', none, /algorithm/],
        ['forged', forged, /signature/],
        ['unknown kid', unknownKid, /no credentials/],
        ['expired', expired, /expired/],
      ] as const) {
        const res = await send('/users', bearer(token))
        expect(res.status, label).toBe(401)
        expect((await readProblem(res)).detail, label).toMatch(reason)
      }
    })
  })

  it('limits login attempts per client: 429 with Retry-After once the minute’s 10 are spent', async () => {
    const attempt = () =>
      send(
        '/auth/login',
        jsonRequest('POST', { email: 'gate@example.com', password: 'wrong password' }),
        '10.0.0.7',
      )
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push((await attempt()).status)
    expect(statuses).toEqual(Array(10).fill(401))
    const limited = await attempt()
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited.headers.get('ratelimit-limit')).toBe('10')
    expect(limited.headers.get('ratelimit-remaining')).toBe('0')
    expect((await readProblem(limited)).status).toBe(429)
    const otherClient = await send(
      '/auth/login',
      jsonRequest('POST', { email: 'gate@example.com', password: 'wrong password' }),
      '10.0.0.8',
    )
    expect(otherClient.status).toBe(401)
  })

  it('answers 413 to a body over 1 MB, declared or streamed, and creates nothing', async () => {
    const big = JSON.stringify({
      email: 'big@example.com',
      password: 'x'.repeat(1_100_000),
      name: 'B',
    })
    const declared = await send('/auth/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
      body: big,
    })
    expect(declared.status).toBe(413)
    const streamed = await send('/auth/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
    const rows = await database().sql`select id from users.users where email = 'big@example.com'`
    expect(rows).toHaveLength(0)
  })

  it('answers CORS preflight requests and exposes the rate-limit headers', async () => {
    const preflight = await send('/auth/login', {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' },
    })
    expect(preflight.status).toBe(200)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')
    const res = await send('/.well-known/jwks.json', {
      headers: { origin: 'https://shop.example' },
    })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-expose-headers')).toContain('Retry-After')
  })

  it('sends X-Content-Type-Options: nosniff on every answer, its own and the functions’', async () => {
    const answers = [
      await send('/users/me', bearer(customerToken)),
      await send('/users/me'),
      await send('/nowhere'),
      await send('/auth/register', jsonRequest('POST', {})),
      await send('/healthz'),
      await send('/readyz'),
      await send('/metrics'),
      await send('/openapi.json'),
      await send('/docs'),
    ]
    expect(answers.map((res) => res.status)).toEqual([200, 401, 404, 400, 200, 200, 200, 200, 200])
    for (const res of answers) expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves health, metrics and the merged OpenAPI document with its docs page', async () => {
    expect((await send('/healthz')).status).toBe(200)
    expect((await send('/readyz')).status).toBe(200)
    const metrics = await (await send('/metrics')).text()
    expect(metrics).toMatch(/kong_http_requests_total\{service="users-get-me"/)
    expect(metrics).toMatch(/http_request_duration_seconds_bucket\{.*fn="users-get-me"/)
    const openApi = (await (await send('/openapi.json')).json()) as {
      paths: Record<string, unknown>
    }
    expect(Object.keys(openApi.paths)).toEqual(
      expect.arrayContaining(['/auth/login', '/users/me', '/users']),
    )
    const docs = await send('/docs')
    expect(docs.headers.get('content-type')).toContain('text/html')
    expect((await send('/docs/swagger-ui-bundle.js')).status).toBe(200)
  })
})

async function importPrivate() {
  const { importJWK } = await import('jose')
  return importJWK((await testSigningKey()).privateJwk, 'ES256')
}
