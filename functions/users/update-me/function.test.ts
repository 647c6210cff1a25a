import { describe, expect, it } from 'vitest'
import { jsonRequest, readProblem, useFunctionTest } from '#shared/testing'
import { User } from '../lib/schemas.ts'
import { bearer, createUser } from '../lib/testing.ts'
import updateMe from './function.ts'

const t = useFunctionTest()

/** A fresh customer and a token that speaks for them. */
async function signedInCustomer() {
  const { user } = await createUser(t.sql, { name: 'Before' })
  const token = await t.runtime.tokenFor({ userId: user.id, role: user.role })
  return { user, token }
}

function patchMe(token: string, body: unknown) {
  return t.app(updateMe).request('/users/me', jsonRequest('PATCH', body, bearer(token)))
}

/** The whole stored row, password hash and timestamps included. */
async function storedRow(userId: string) {
  const [row] = await t.sql`select * from users.users where id = ${userId}`
  return row
}

describe('PATCH /users/me', () => {
  it('answers 200 with the profile under its new name and stores it', async () => {
    const { user, token } = await signedInCustomer()
    const res = await patchMe(token, { name: 'Amna Imtiaz' })
    expect(res.status).toBe(200)
    expect(User.parse(await res.json())).toEqual({ ...user, name: 'Amna Imtiaz' })
    expect(await storedRow(user.id)).toMatchObject({ name: 'Amna Imtiaz', email: user.email })
  })

  it('trims the name', async () => {
    const { token } = await signedInCustomer()
    const res = await patchMe(token, { name: '  Amna  ' })
    expect(User.parse(await res.json()).name).toBe('Amna')
  })

  it('changes only the caller’s own profile', async () => {
    const { user: other } = await signedInCustomer()
    const before = await storedRow(other.id)
    const { token } = await signedInCustomer()
    expect((await patchMe(token, { name: 'Mine' })).status).toBe(200)
    expect(await storedRow(other.id)).toEqual(before)
  })

  const foreignFields = {
    role: 'admin',
    email: 'someone.else@example.com',
    id: '00000000-0000-4000-8000-000000000000',
    createdAt: '2000-01-01T00:00:00.000Z',
  }

  it.each(Object.entries(foreignFields))(
    'refuses %s with 400, alone or beside a name, and stores nothing',
    async (field, value) => {
      const { user, token } = await signedInCustomer()
      const before = await storedRow(user.id)

      for (const body of [{ [field]: value }, { name: 'After', [field]: value }]) {
        const res = await patchMe(token, body)
        expect(res.status).toBe(400)
        const problem = await readProblem(res)
        expect(problem.type).toBe('urn:imtiaz-mart:problem:invalid-request')
        expect(problem.errors).toContainEqual({
          path: 'json',
          message: `unknown field(s): ${field}`,
        })
      }
      expect(await storedRow(user.id)).toEqual(before)
    },
  )

  it('refuses all of them at once with 400, listing every one, and stores nothing', async () => {
    const { user, token } = await signedInCustomer()
    const before = await storedRow(user.id)
    const res = await patchMe(token, { name: 'After', ...foreignFields })
    expect(res.status).toBe(400)
    const { errors = [] } = await readProblem(res)
    const unknown = errors.find((error) => error.message.startsWith('unknown field(s): '))
    expect(unknown?.message.replace('unknown field(s): ', '').split(', ').sort()).toEqual(
      Object.keys(foreignFields).sort(),
    )
    expect(await storedRow(user.id)).toEqual(before)
  })

  it.each([
    ['an empty name', { name: '' }],
    ['a name of spaces only', { name: '   ' }],
    ['a name over 100 characters', { name: 'n'.repeat(101) }],
    ['a name that is not a string', { name: 42 }],
    ['no name', {}],
    ['a null name', { name: null }],
  ])('answers 400 for %s and stores nothing', async (_case, body) => {
    const { user, token } = await signedInCustomer()
    const before = await storedRow(user.id)
    const res = await patchMe(token, body)
    expect(res.status).toBe(400)
    expect((await readProblem(res)).errors).toContainEqual(
      expect.objectContaining({ path: 'json.name' }),
    )
    expect(await storedRow(user.id)).toEqual(before)
  })

  it('answers 401 without a token and stores nothing', async () => {
    const { user } = await signedInCustomer()
    const before = await storedRow(user.id)
    const res = await t
      .app(updateMe)
      .request('/users/me', jsonRequest('PATCH', { name: 'Intruder' }))
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect((await readProblem(res)).status).toBe(401)
    expect(await storedRow(user.id)).toEqual(before)
  })

  it('answers 401 for a token that does not verify', async () => {
    const { token } = await signedInCustomer()
    const [header, payload] = token.split('.')
    const res = await patchMe(`${header}.${payload}.`, { name: 'Intruder' })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"')
  })

  it('answers 404 when the account behind a valid token is gone', async () => {
    const { user, token } = await signedInCustomer()
    await t.sql`delete from users.users where id = ${user.id}`
    const res = await patchMe(token, { name: 'Ghost' })
    expect(res.status).toBe(404)
    expect((await readProblem(res)).type).toBe('urn:imtiaz-mart:problem:user-not-found')
  })
})
