import { describe, expect, it } from 'vitest'
import { jsonRequest, readProblem, useFunctionTest } from '#shared/testing'
import { TokenPair } from '../lib/schemas.ts'
import { createUser, logInThroughApi } from '../lib/testing.ts'
import logIn from '../login/function.ts'
import refreshSession from '../refresh/function.ts'
import logOut from './function.ts'

const t = useFunctionTest()

function logout(body: unknown) {
  return t.app(logOut).request('/auth/logout', jsonRequest('POST', body))
}

function refresh(refreshToken: string) {
  return t.app(refreshSession).request('/auth/refresh', jsonRequest('POST', { refreshToken }))
}

function startSession(email: string, password: string): Promise<TokenPair> {
  return logInThroughApi(t.app(logIn), email, password)
}

describe('POST /auth/logout', () => {
  it('answers 204 with no body, after which the refresh token is refused', async () => {
    const { user, password } = await createUser(t.sql)
    const session = await startSession(user.email, password)

    const res = await logout({ refreshToken: session.refreshToken })
    expect(res.status).toBe(204)
    expect(await res.text()).toBe('')

    const refused = await refresh(session.refreshToken)
    expect(refused.status).toBe(401)
    expect((await readProblem(refused)).type).toBe('urn:imtiaz-mart:problem:invalid-refresh-token')
  })

  it('ends the whole session, whichever of its tokens is presented', async () => {
    const { user, password } = await createUser(t.sql)
    const session = await startSession(user.email, password)
    const rotated = TokenPair.parse(await (await refresh(session.refreshToken)).json())

    // The spent first token still names the session, so it logs the session out too.
    expect((await logout({ refreshToken: session.refreshToken })).status).toBe(204)
    expect((await refresh(rotated.refreshToken)).status).toBe(401)
  })

  it('ends only that session: the user’s other sessions go on', async () => {
    const { user, password } = await createUser(t.sql)
    const phone = await startSession(user.email, password)
    const laptop = await startSession(user.email, password)

    expect((await logout({ refreshToken: phone.refreshToken })).status).toBe(204)
    expect((await refresh(phone.refreshToken)).status).toBe(401)
    expect((await refresh(laptop.refreshToken)).status).toBe(200)
  })

  it('answers 204 for a token it never issued, and changes nothing', async () => {
    const { user, password } = await createUser(t.sql)
    const session = await startSession(user.email, password)

    const res = await logout({ refreshToken: 'a-token-this-server-never-gave-out' })
    expect(res.status).toBe(204)
    expect((await refresh(session.refreshToken)).status).toBe(200)
  })

  it('answers 204 again for a session already ended', async () => {
    const { user, password } = await createUser(t.sql)
    const session = await startSession(user.email, password)
    expect((await logout({ refreshToken: session.refreshToken })).status).toBe(204)
    expect((await logout({ refreshToken: session.refreshToken })).status).toBe(204)
  })

  it.each([
    ['no refresh token', {}],
    ['an empty refresh token', { refreshToken: '' }],
    ['a refresh token that is not a string', { refreshToken: ['a', 'b'] }],
    ['an unknown field', { refreshToken: 'abc', everywhere: true }],
    ['a body that is not an object', 'abc'],
  ])('answers 400 for %s', async (_case, body) => {
    const res = await logout(body)
    expect(res.status).toBe(400)
    expect((await readProblem(res)).type).toBe('urn:imtiaz-mart:problem:invalid-request')
  })

  it('answers 400 for a body that is not JSON', async () => {
    const res = await t.app(logOut).request('/auth/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    })
    expect(res.status).toBe(400)
    expect((await readProblem(res)).status).toBe(400)
  })
})
