import { describe, expect, it } from 'vitest'
import { jsonRequest, readProblem, useFunctionTest } from '#shared/testing'
import { TokenPair, type User } from '../lib/schemas.ts'
import { bearer, createUser, logInThroughApi } from '../lib/testing.ts'
import logIn from '../login/function.ts'
import refreshSession from '../refresh/function.ts'
import changePassword from './function.ts'

const t = useFunctionTest()

const NEW_PASSWORD = 'a brand new passphrase'

function login(email: string, password: string) {
  return t.app(logIn).request('/auth/login', jsonRequest('POST', { email, password }))
}

function refresh(refreshToken: string) {
  return t.app(refreshSession).request('/auth/refresh', jsonRequest('POST', { refreshToken }))
}

/** A fresh customer, logged in through the login function. */
async function loggedInCustomer(): Promise<{ user: User; password: string; session: TokenPair }> {
  const { user, password } = await createUser(t.sql)
  return { user, password, session: await logInThroughApi(t.app(logIn), user.email, password) }
}

function postPassword(init: RequestInit) {
  return t.app(changePassword).request('/users/me/password', init)
}

function changeMyPassword(accessToken: string, body: unknown) {
  return postPassword(jsonRequest('POST', body, bearer(accessToken)))
}

async function storedPasswordHash(userId: string): Promise<string | undefined> {
  const [row] = await t.sql<{ passwordHash: string }[]>`
    select password_hash from users.users where id = ${userId}`
  return row?.passwordHash
}

describe('POST /users/me/password', () => {
  it('answers 204; the new password logs in and the old one no longer does', async () => {
    const { user, password, session } = await loggedInCustomer()
    const res = await changeMyPassword(session.accessToken, {
      currentPassword: password,
      newPassword: NEW_PASSWORD,
    })
    expect(res.status).toBe(204)
    expect(await res.text()).toBe('')

    expect((await login(user.email, password)).status).toBe(401)
    expect((await login(user.email, NEW_PASSWORD)).status).toBe(200)
  })

  it('stores an argon2id hash of the new password, never the password', async () => {
    const { user, password, session } = await loggedInCustomer()
    await changeMyPassword(session.accessToken, {
      currentPassword: password,
      newPassword: NEW_PASSWORD,
    })
    const hash = await storedPasswordHash(user.id)
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(hash).not.toContain(NEW_PASSWORD)
  })

  it('ends every session of the user: earlier refresh tokens are refused', async () => {
    const { user, password, session } = await loggedInCustomer()
    const otherDevice = TokenPair.parse(await (await login(user.email, password)).json())
    const rotated = TokenPair.parse(await (await refresh(otherDevice.refreshToken)).json())

    const res = await changeMyPassword(session.accessToken, {
      currentPassword: password,
      newPassword: NEW_PASSWORD,
    })
    expect(res.status).toBe(204)

    for (const refreshToken of [session.refreshToken, rotated.refreshToken]) {
      const refused = await refresh(refreshToken)
      expect(refused.status).toBe(401)
      expect((await readProblem(refused)).type).toBe(
        'urn:imtiaz-mart:problem:invalid-refresh-token',
      )
    }
  })

  it('leaves other users’ sessions alone', async () => {
    const bystander = await loggedInCustomer()
    const { password, session } = await loggedInCustomer()
    await changeMyPassword(session.accessToken, {
      currentPassword: password,
      newPassword: NEW_PASSWORD,
    })
    expect((await refresh(bystander.session.refreshToken)).status).toBe(200)
  })

  it('answers 403 for a wrong current password and changes nothing', async () => {
    const { user, password, session } = await loggedInCustomer()
    const hashBefore = await storedPasswordHash(user.id)

    const res = await changeMyPassword(session.accessToken, {
      currentPassword: 'not my password',
      newPassword: NEW_PASSWORD,
    })
    expect(res.status).toBe(403)
    expect(await readProblem(res)).toMatchObject({
      type: 'urn:imtiaz-mart:problem:wrong-password',
      status: 403,
    })

    expect(await storedPasswordHash(user.id)).toBe(hashBefore)
    expect((await login(user.email, NEW_PASSWORD)).status).toBe(401)
    expect((await refresh(session.refreshToken)).status).toBe(200)
    expect((await login(user.email, password)).status).toBe(200)
  })

  it.each([
    ['a new password under 8 characters', { newPassword: 'short' }, 'json.newPassword'],
    ['a new password over 128 characters', { newPassword: 'x'.repeat(129) }, 'json.newPassword'],
    ['no new password', { newPassword: undefined }, 'json.newPassword'],
    ['an empty current password', { currentPassword: '' }, 'json.currentPassword'],
    ['an unknown field', { userId: '00000000-0000-4000-8000-000000000000' }, 'json'],
  ])('answers 400 for %s and changes nothing', async (_case, changes, path) => {
    const { user, password, session } = await loggedInCustomer()
    const hashBefore = await storedPasswordHash(user.id)

    const res = await changeMyPassword(session.accessToken, {
      currentPassword: password,
      newPassword: NEW_PASSWORD,
      ...changes,
    })
    expect(res.status).toBe(400)
    expect((await readProblem(res)).errors?.map((error) => error.path)).toContain(path)

    expect(await storedPasswordHash(user.id)).toBe(hashBefore)
    expect((await refresh(session.refreshToken)).status).toBe(200)
  })

  it('answers 401 without a token and changes nothing', async () => {
    const { user, password } = await loggedInCustomer()
    const hashBefore = await storedPasswordHash(user.id)
    const res = await postPassword(
      jsonRequest('POST', { currentPassword: password, newPassword: NEW_PASSWORD }),
    )
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect((await readProblem(res)).status).toBe(401)
    expect(await storedPasswordHash(user.id)).toBe(hashBefore)
  })
})
