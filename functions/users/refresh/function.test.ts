import { describe, expect, it } from 'vitest'
import { jsonRequest, readProblem, useFunctionTest } from '#shared/testing'
import { TokenPair, type User } from '../lib/schemas.ts'
import { createUser, logInThroughApi } from '../lib/testing.ts'
import logIn from '../login/function.ts'
import logOut from '../logout/function.ts'
import refreshSession from './function.ts'

// The runtime's clock runs with real time, plus whatever a test moves it on by.
let clockOffsetMs = 0
const t = useFunctionTest({ now: () => Date.now() + clockOffsetMs })

/** Moves the clock past the reuse interval: a token traded before is now only spent. */
function passReuseInterval() {
  clockOffsetMs += (t.runtime.auth.refreshReuseSeconds + 1) * 1000
}

function refresh(body: unknown) {
  return t.app(refreshSession).request('/auth/refresh', jsonRequest('POST', body))
}

/** Starts a session through the login function. */
function startSession(email: string, password: string): Promise<TokenPair> {
  return logInThroughApi(t.app(logIn), email, password)
}

/** A fresh user with one session. */
async function loggedInUser(): Promise<{ user: User; pair: TokenPair }> {
  const { user, password } = await createUser(t.sql)
  return { user, pair: await startSession(user.email, password) }
}

async function expectRefused(refreshToken: string) {
  const res = await refresh({ refreshToken })
  expect(res.status).toBe(401)
  expect(await readProblem(res)).toMatchObject({
    type: 'urn:imtiaz-mart:problem:invalid-refresh-token',
    status: 401,
  })
}

describe('POST /auth/refresh', () => {
  it('answers 200 with a new pair whose access token speaks for the same user', async () => {
    const { user, pair } = await loggedInUser()
    const res = await refresh({ refreshToken: pair.refreshToken })
    expect(res.status).toBe(200)
    const next = TokenPair.parse(await res.json())
    expect(next.tokenType).toBe('Bearer')
    expect(next.expiresIn).toBe(t.runtime.auth.accessTokenTtlSeconds)
    expect(next.refreshToken).not.toBe(pair.refreshToken)
    expect(await t.runtime.auth.verifyAccessToken(next.accessToken)).toEqual({
      userId: user.id,
      role: 'customer',
    })
  })

  it('carries the role the user has now, not the one they had at login', async () => {
    const { user, pair } = await loggedInUser()
    await t.sql`update users.users set role = 'admin' where id = ${user.id}`
    const next = TokenPair.parse(await (await refresh({ refreshToken: pair.refreshToken })).json())
    expect((await t.runtime.auth.verifyAccessToken(next.accessToken)).role).toBe('admin')
  })

  it('keeps working along the chain: each new refresh token is good once', async () => {
    const { pair } = await loggedInUser()
    let token = pair.refreshToken
    for (let step = 0; step < 3; step += 1) {
      const res = await refresh({ refreshToken: token })
      expect(res.status).toBe(200)
      token = TokenPair.parse(await res.json()).refreshToken
    }
  })

  it('answers with no-store, so no cache keeps the tokens', async () => {
    const { pair } = await loggedInUser()
    const res = await refresh({ refreshToken: pair.refreshToken })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('pragma')).toBe('no-cache')
  })

  it('refuses a refresh token that was spent longer ago than the reuse interval', async () => {
    const { pair } = await loggedInUser()
    expect((await refresh({ refreshToken: pair.refreshToken })).status).toBe(200)
    passReuseInterval()
    await expectRefused(pair.refreshToken)
  })

  it('revokes the whole session when a spent token comes back', async () => {
    const { pair } = await loggedInUser()
    const second = TokenPair.parse(
      await (await refresh({ refreshToken: pair.refreshToken })).json(),
    )
    const third = TokenPair.parse(
      await (await refresh({ refreshToken: second.refreshToken })).json(),
    )
    passReuseInterval()

    // The first token again: someone replayed it, so nothing of this session may go on.
    await expectRefused(pair.refreshToken)
    await expectRefused(third.refreshToken)
  })

  it('leaves the user’s other sessions alone when one session is revoked for reuse', async () => {
    const { user, password } = await createUser(t.sql)
    const phone = await startSession(user.email, password)
    const laptop = await startSession(user.email, password)
    await refresh({ refreshToken: phone.refreshToken })
    passReuseInterval()
    await expectRefused(phone.refreshToken)

    expect((await refresh({ refreshToken: laptop.refreshToken })).status).toBe(200)
  })

  it('gives ten parallel refreshes with one token the same new pair, and the session goes on', async () => {
    const { user, pair } = await loggedInUser()
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => refresh({ refreshToken: pair.refreshToken })),
    )
    expect(answers.map((res) => res.status)).toEqual(Array(10).fill(200))
    const pairs = await Promise.all(answers.map(async (res) => TokenPair.parse(await res.json())))
    const [first] = pairs
    for (const next of pairs) expect(next).toEqual(first)
    expect(first?.refreshToken).not.toBe(pair.refreshToken)
    expect(await t.runtime.auth.verifyAccessToken(first?.accessToken ?? '')).toEqual({
      userId: user.id,
      role: 'customer',
    })

    const after = await refresh({ refreshToken: first?.refreshToken })
    expect(after.status).toBe(200)
    expect(TokenPair.parse(await after.json()).refreshToken).not.toBe(first?.refreshToken)
  })

  it('gives the same pair to a repeat just inside the interval, and revokes the session just after', async () => {
    const { pair } = await loggedInUser()
    const traded = TokenPair.parse(
      await (await refresh({ refreshToken: pair.refreshToken })).json(),
    )
    clockOffsetMs += t.runtime.auth.refreshReuseSeconds * 1000 - 1000
    const repeat = await refresh({ refreshToken: pair.refreshToken })
    expect(TokenPair.parse(await repeat.json())).toEqual(traded)

    clockOffsetMs += 2000
    await expectRefused(pair.refreshToken)
    await expectRefused(traded.refreshToken)
  })

  it('refuses a repeat within the interval once the session was logged out', async () => {
    const { pair } = await loggedInUser()
    const traded = TokenPair.parse(
      await (await refresh({ refreshToken: pair.refreshToken })).json(),
    )
    const loggedOut = await t
      .app(logOut)
      .request('/auth/logout', jsonRequest('POST', { refreshToken: traded.refreshToken }))
    expect(loggedOut.status).toBe(204)
    await expectRefused(pair.refreshToken)
  })

  it('keeps no usable token in the database: only hashes and sealed pairs', async () => {
    const { user, pair } = await loggedInUser()
    const traded = TokenPair.parse(
      await (await refresh({ refreshToken: pair.refreshToken })).json(),
    )
    const rows = await t.sql<{ row: string; sealed: boolean }[]>`
      select row_to_json(t)::text as row, t.successor is not null as sealed
      from users.refresh_tokens t where user_id = ${user.id} order by created_at`
    expect(rows.map((row) => row.sealed)).toEqual([true, false])
    const stored = rows.map((row) => row.row).join('\n')
    for (const secret of [pair.refreshToken, traded.refreshToken, traded.accessToken]) {
      expect(stored).not.toContain(secret)
    }
  })

  it('refuses an expired refresh token', async () => {
    const { user, pair } = await loggedInUser()
    await t.sql`
      update users.refresh_tokens set expires_at = now() - interval '1 second'
      where user_id = ${user.id}`
    await expectRefused(pair.refreshToken)
  })

  it('refuses a token it never issued', async () => {
    await expectRefused('bm90LWEtdG9rZW4tdGhpcy1zZXJ2ZXItZXZlci1nYXZlLW91dA')
  })

  it('gives the same answer for an unknown, a spent and an expired token', async () => {
    const unknown = await readProblem(await refresh({ refreshToken: 'unknown' }))
    const spender = await loggedInUser()
    await refresh({ refreshToken: spender.pair.refreshToken })
    passReuseInterval()
    const spent = await readProblem(await refresh({ refreshToken: spender.pair.refreshToken }))
    const expirer = await loggedInUser()
    await t.sql`
      update users.refresh_tokens set expires_at = now() where user_id = ${expirer.user.id}`
    const expired = await readProblem(await refresh({ refreshToken: expirer.pair.refreshToken }))
    expect(spent).toEqual(unknown)
    expect(expired).toEqual(unknown)
  })

  it.each([
    ['no refresh token', {}],
    ['an empty refresh token', { refreshToken: '' }],
    ['a refresh token that is not a string', { refreshToken: 42 }],
    ['an over-long refresh token', { refreshToken: 'x'.repeat(201) }],
    ['an unknown field', { refreshToken: 'abc', userId: 'someone' }],
  ])('answers 400 for %s', async (_case, body) => {
    const res = await refresh(body)
    expect(res.status).toBe(400)
    expect((await readProblem(res)).type).toBe('urn:imtiaz-mart:problem:invalid-request')
  })
})
