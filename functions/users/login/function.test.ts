import { decodeJwt, decodeProtectedHeader } from 'jose'
import { describe, expect, it } from 'vitest'
import { jsonRequest, readProblem, useFunctionTest } from '#shared/testing'
import { TokenPair } from '../lib/schemas.ts'
import { createUser } from '../lib/testing.ts'
import refreshSession from '../refresh/function.ts'
import logIn from './function.ts'

const t = useFunctionTest()

function login(body: unknown) {
  return t.app(logIn).request('/auth/login', jsonRequest('POST', body))
}

describe('POST /auth/login', () => {
  it('answers 200 with a bearer token pair for the right password', async () => {
    const { user, password } = await createUser(t.sql)
    const res = await login({ email: user.email, password })
    expect(res.status).toBe(200)
    const pair = TokenPair.parse(await res.json())
    expect(pair).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.stringMatching(/^[\w-]{43}$/),
      tokenType: 'Bearer',
      expiresIn: t.runtime.auth.accessTokenTtlSeconds,
    })
  })

  it('answers with no-store, so no cache keeps the tokens (RFC 6749 §5.1)', async () => {
    const { user, password } = await createUser(t.sql)
    const res = await login({ email: user.email, password })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('pragma')).toBe('no-cache')
  })

  it('issues an ES256 access token that verifies and names the user and role', async () => {
    const { user, password } = await createUser(t.sql, { role: 'admin' })
    const pair = TokenPair.parse(await (await login({ email: user.email, password })).json())

    expect(await t.runtime.auth.verifyAccessToken(pair.accessToken)).toEqual({
      userId: user.id,
      role: 'admin',
    })
    expect(decodeProtectedHeader(pair.accessToken)).toMatchObject({
      alg: 'ES256',
      kid: t.runtime.auth.jwks.keys[0]?.kid,
    })
    const claims = decodeJwt(pair.accessToken)
    expect(claims).toMatchObject({
      sub: user.id,
      role: 'admin',
      iss: t.runtime.auth.issuer,
      aud: t.runtime.auth.audience,
    })
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(pair.expiresIn)
  })

  it('takes the email in any case', async () => {
    const { password } = await createUser(t.sql, { email: 'mixed@example.com' })
    const res = await login({ email: 'Mixed@EXAMPLE.com', password })
    expect(res.status).toBe(200)
  })

  it('starts a new session on every login', async () => {
    const { user, password } = await createUser(t.sql)
    const first = TokenPair.parse(await (await login({ email: user.email, password })).json())
    const second = TokenPair.parse(await (await login({ email: user.email, password })).json())
    expect(second.refreshToken).not.toBe(first.refreshToken)
    const [sessions] = await t.sql<{ families: number }[]>`
      select count(distinct family_id)::int as families
      from users.refresh_tokens where user_id = ${user.id}`
    expect(sessions?.families).toBe(2)
  })

  it('gives one and the same 401 for an unknown email and for a wrong password', async () => {
    const { user } = await createUser(t.sql, { email: 'known@example.com' })

    const unknownEmail = await login({ email: 'nobody@example.com', password: 'any password' })
    const wrongPassword = await login({ email: user.email, password: 'any password' })

    expect(unknownEmail.status).toBe(401)
    expect(wrongPassword.status).toBe(401)
    const unknownProblem = await readProblem(unknownEmail)
    const wrongProblem = await readProblem(wrongPassword)
    expect(unknownProblem).toMatchObject({
      type: 'urn:imtiaz-mart:problem:invalid-credentials',
      title: 'Unauthorized',
      status: 401,
    })
    expect(wrongProblem).toEqual(unknownProblem)
    const sessions = await t.sql`
      select id from users.refresh_tokens where user_id = ${user.id}`
    expect(sessions).toHaveLength(0)
  })

  it.each([
    ['no email', { password: 'a long passphrase' }, ['json.email']],
    ['a malformed email', { email: 'not-an-email', password: 'x' }, ['json.email']],
    ['an empty password', { email: 'a@example.com', password: '' }, ['json.password']],
    ['an empty body', {}, ['json.email', 'json.password']],
    [
      'an unknown field',
      { email: 'a@example.com', password: 'a long passphrase', role: 'admin' },
      ['json'],
    ],
  ])('answers 400 for %s, listing the bad fields', async (_case, body, paths) => {
    const res = await login(body)
    expect(res.status).toBe(400)
    const problem = await readProblem(res)
    expect(problem.type).toBe('urn:imtiaz-mart:problem:invalid-request')
    expect(problem.errors?.map((error) => error.path).sort()).toEqual(paths)
  })

  it('answers 400 for a body that is not JSON', async () => {
    const res = await t.app(logIn).request('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'email=a@example.com',
    })
    expect(res.status).toBe(400)
    expect((await readProblem(res)).status).toBe(400)
  })

  it('answers 415 for a form body, never logging the caller in', async () => {
    const { user, password } = await createUser(t.sql)
    const res = await t.app(logIn).request('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: user.email, password }).toString(),
    })
    expect(res.status).toBe(415)
    expect(await readProblem(res)).toMatchObject({ status: 415, title: 'Unsupported Media Type' })
  })

  it('writes neither the password nor any token to the logs', async () => {
    const password = 'a very secret passphrase'
    const { user } = await createUser(t.sql, { password })
    const loginRes = await login({ email: user.email, password })
    const first = TokenPair.parse(await loginRes.json())
    const refreshRes = await t
      .app(refreshSession)
      .request('/auth/refresh', jsonRequest('POST', { refreshToken: first.refreshToken }))
    expect(refreshRes.status).toBe(200)
    const second = TokenPair.parse(await refreshRes.json())

    const logged = t.runtime.logs.raw.join('\n')
    expect(logged).toContain('/auth/login')
    expect(logged).toContain('/auth/refresh')
    for (const secret of [
      password,
      first.accessToken,
      first.refreshToken,
      second.accessToken,
      second.refreshToken,
    ]) {
      expect(logged).not.toContain(secret)
    }
  })
})
