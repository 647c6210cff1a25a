import { randomUUID } from 'node:crypto'
import { decodeJwt } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSql } from '#shared/db'
import { createTestRuntime, readProblem, type TestRuntime, useFunctionTest } from '#shared/testing'
import { defineHttpFunction, jsonContent, z } from './index.ts'

const t = useFunctionTest()

/**
 * A test-only function, as any domain would write one: a customer route with a path parameter,
 * so the metrics can show the route template rather than the path asked for.
 */
const greet = defineHttpFunction({
  name: 'probe-get-greeting',
  auth: 'customer',
  rateLimit: { perMinute: 600 },
  route: {
    method: 'get',
    path: '/greetings/{name}',
    request: { params: z.object({ name: z.string() }) },
    responses: {
      200: jsonContent(z.object({ greeting: z.string(), userId: z.uuid() }), 'The greeting.'),
    },
  },
  handler: (c) =>
    c.json(
      { greeting: `Hello ${c.req.valid('param').name}`, userId: c.get('principal').userId },
      200,
    ),
})

let authorization: string

beforeAll(async () => {
  authorization = `Bearer ${await t.runtime.tokenFor({ userId: randomUUID(), role: 'customer' })}`
})

function get(path: string, headers: Record<string, string> = {}) {
  return t.app(greet).request(path, { headers })
}

function getGreeting(headers: Record<string, string> = {}) {
  return get('/greetings/amna', headers)
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe('the probes every function has', () => {
  it('answers GET /healthz with 200', async () => {
    const res = await get('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
  })

  it('answers GET /readyz with 200 while the database answers', async () => {
    const res = await get('/readyz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ready' })
  })

  it('answers GET /readyz with 503 when the database does not answer', async () => {
    const closedSql = createSql(t.database.url, { max: 1 })
    await closedSql.end()
    const cutOff = greet.createApp(await createTestRuntime(closedSql))
    const res = await cutOff.request('/readyz')
    expect(res.status).toBe(503)
    expect(await readProblem(res)).toMatchObject({
      type: 'urn:imtiaz-mart:problem:not-ready',
      status: 503,
    })
  })

  it('needs no token for the probes', async () => {
    for (const path of ['/healthz', '/readyz', '/metrics']) {
      expect((await get(path)).status).toBe(200)
    }
  })

  it('exports request durations by function, route and status on GET /metrics', async () => {
    expect((await getGreeting({ authorization })).status).toBe(200)
    await getGreeting()
    const res = await get('/metrics')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const text = await res.text()
    expect(text).toContain('# TYPE http_request_duration_seconds histogram')
    for (const status of [200, 401]) {
      expect(text).toContain(
        `http_request_duration_seconds_count{fn="probe-get-greeting",method="GET",route="/greetings/{name}",status="${status}"}`,
      )
    }
  })

  it('sends X-Content-Type-Options: nosniff on every answer, problems and probes included', async () => {
    const answers = [
      await getGreeting({ authorization }),
      await getGreeting(),
      await getGreeting({ authorization: 'Bearer not.a.token' }),
      await get('/healthz'),
      await get('/readyz'),
      await get('/metrics'),
      await get('/farewells/amna'),
    ]
    expect(answers.map((res) => res.status)).toEqual([200, 401, 401, 200, 200, 200, 404])
    for (const res of answers) expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('shows the requests in flight on GET /metrics, not counting the scrape itself', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const hold = defineHttpFunction({
      name: 'probe-get-held',
      auth: 'public',
      rateLimit: { perMinute: 600 },
      route: {
        method: 'get',
        path: '/held',
        responses: { 200: jsonContent(z.object({ held: z.boolean() }), 'Released.') },
      },
      handler: async (c) => {
        await held
        return c.json({ held: true }, 200)
      },
    })
    const app = t.app(hold)
    const inFlight = async () =>
      (await (await app.request('/metrics')).text()).match(
        /^http_requests_in_flight\{fn="probe-get-held"\} (\d+)$/m,
      )?.[1]
    const first = app.request('/held')
    const second = app.request('/held')
    expect(await inFlight()).toBe('2')
    release()
    expect((await first).status).toBe(200)
    expect((await second).status).toBe(200)
    expect(await inFlight()).toBe('0')
  })

  it('answers an unknown path with a 404 problem', async () => {
    const res = await get('/farewells/amna')
    expect(res.status).toBe(404)
    expect((await readProblem(res)).type).toBe('urn:imtiaz-mart:problem:not-found')
  })
})

describe('the request ids and request log lines every function has', () => {
  it('echoes the caller’s X-Request-ID, on success and on failure', async () => {
    const ok = await getGreeting({ authorization, 'x-request-id': 'checkout-42' })
    const refused = await getGreeting({ 'x-request-id': 'checkout-43' })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('x-request-id')).toBe('checkout-42')
    expect(refused.status).toBe(401)
    expect(refused.headers.get('x-request-id')).toBe('checkout-43')
  })

  it('makes a fresh request id when none is given', async () => {
    const first = (await get('/healthz')).headers.get('x-request-id')
    const second = (await get('/healthz')).headers.get('x-request-id')
    expect(first).toMatch(UUID)
    expect(second).toMatch(UUID)
    expect(second).not.toBe(first)
  })

  it('replaces a request id that is not safe to log', async () => {
    const res = await get('/healthz', { 'x-request-id': '<script>"x"' })
    expect(res.headers.get('x-request-id')).toMatch(UUID)
  })

  it('writes one log line per request with exactly the request fields', async () => {
    const requestId = `log-${randomUUID()}`
    await getGreeting({ 'x-request-id': requestId, authorization: 'Bearer not.a.token' })
    const lines = t.runtime.logs.entries.filter((entry) => entry.requestId === requestId)
    // The request line skips redaction (define.ts): a field added to it must be one that
    // cannot hold a secret, and this list is where that is decided.
    expect(lines).toEqual([
      {
        level: 'info',
        time: expect.any(Number),
        fn: 'probe-get-greeting',
        requestId,
        method: 'GET',
        path: '/greetings/amna',
        status: 401,
        durationMs: expect.any(Number),
        msg: 'request',
      },
    ])
  })
})

describe('the verified-token cache', () => {
  // A runtime of its own: a clock the tests move on, and room for two tokens.
  let clockOffsetMs = 0
  let runtime: TestRuntime
  let app: ReturnType<typeof greet.createApp>
  beforeAll(async () => {
    runtime = await createTestRuntime(t.sql, {
      now: () => Date.now() + clockOffsetMs,
      tokenCacheSize: 2,
    })
    app = greet.createApp(runtime)
  })

  const greetWith = (token: string) =>
    app.request('/greetings/amna', { headers: { authorization: `Bearer ${token}` } })

  async function expectInvalidToken(res: Response) {
    expect(res.status).toBe(401)
    expect((await readProblem(res)).type).toBe('urn:imtiaz-mart:problem:invalid-token')
  }

  /** What the function's /metrics tells an operator about the cache. */
  async function cachedTokens(): Promise<number> {
    const text = await (await app.request('/metrics')).text()
    return Number(text.match(/^auth_verified_tokens_cached (\d+)$/m)?.[1])
  }

  it('refuses a token once its exp has passed, though it was verified before', async () => {
    const token = await runtime.tokenFor({ userId: randomUUID(), role: 'customer' })
    expect((await greetWith(token)).status).toBe(200)
    expect(await cachedTokens()).toBe(1)
    clockOffsetMs += (runtime.auth.accessTokenTtlSeconds - 1) * 1000
    expect((await greetWith(token)).status).toBe(200)
    clockOffsetMs += 2000
    await expectInvalidToken(await greetWith(token))
  })

  it('refuses a tampered token while the genuine one is cached, and never caches it', async () => {
    const genuine = await runtime.tokenFor({ userId: randomUUID(), role: 'customer' })
    expect((await greetWith(genuine)).status).toBe(200)
    const cachedBefore = await cachedTokens()
    const [header, , signature] = genuine.split('.')
    const asAdmin = Buffer.from(JSON.stringify({ ...decodeJwt(genuine), role: 'admin' }))
    const tampered = [
      `${header}.${asAdmin.toString('base64url')}.${signature}`,
      `${genuine.slice(0, -2)}${genuine.endsWith('AA') ? 'BB' : 'AA'}`,
    ]
    for (const token of tampered) {
      await expectInvalidToken(await greetWith(token))
      await expectInvalidToken(await greetWith(token))
    }
    expect(await cachedTokens()).toBe(cachedBefore)
    expect((await greetWith(genuine)).status).toBe(200)
  })

  it('keeps no more tokens than its size', async () => {
    for (let caller = 0; caller < 4; caller += 1) {
      const token = await runtime.tokenFor({ userId: randomUUID(), role: 'customer' })
      expect((await greetWith(token)).status).toBe(200)
    }
    expect(await cachedTokens()).toBe(2)
  })
})
