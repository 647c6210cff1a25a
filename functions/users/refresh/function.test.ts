import { describe, expect, it } from 'vitest'
import { jsonRequest, readProblem, useFunctionTest } from '#shared/testing'
import { TokenPair, type User } from '../lib/schemas.ts'
import { createUser, logInThroughApi } from '../lib/testing.ts'
import logIn from '../login/function.ts'
import refreshSession from './function.ts'

const t = useFunctionTest()

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

  it('refuses a refresh token that was already spent', async () => {
    const { pair } = await loggedInUser()
    expect((await refresh({ refreshToken: pair.refreshToken })).status).toBe(200)
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

    // The first token again: someone replayed it, so nothing of this session may go on.
    await expectRefused(pair.refreshToken)
    await expectRefused(third.refreshToken)
  })

  it('leaves the user’s other sessions alone when one session is revoked for reuse', async () => {
    const { user, password } = await createUser(t.sql)
    const phone = await startSession(user.email, password)
    const laptop = await startSession(user.email, password)
    await refresh({ refreshToken: phone.refreshToken })
    await expectRefused(phone.refreshToken)

    expect((await refresh({ refreshToken: laptop.refreshToken })).status).toBe(200)
  })

  it('lets only one of two concurrent refreshes with the same token through', async () => {
    const { pair } = await loggedInUser()
    const results = await Promise.all([
      refresh({ refreshToken: pair.refreshToken }),
      refresh({ refreshToken: pair.refreshToken }),
    ])
    expect(results.map((res) => res.status).sort()).toEqual([200, 401])
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
