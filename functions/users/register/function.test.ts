import { describe, expect, it } from 'vitest'
import { jsonRequest, readProblem, useFunctionTest } from '#shared/testing'
import { User } from '../lib/schemas.ts'
import registerUser from './function.ts'

const t = useFunctionTest()

function register(body: unknown) {
  return t.app(registerUser).request('/auth/register', jsonRequest('POST', body))
}

describe('POST /auth/register', () => {
  it('creates a customer and answers 201 with the user, never the password', async () => {
    const res = await register({
      email: 'Amna@Example.com',
      password: 'a long passphrase',
      name: 'Amna',
    })
    expect(res.status).toBe(201)
    expect(User.parse(await res.json())).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      email: 'amna@example.com',
      name: 'Amna',
      role: 'customer',
      createdAt: expect.any(String),
    })
  })

  it('stores an argon2id hash with OWASP parameters, not the password', async () => {
    await register({ email: 'hash@example.com', password: 'a long passphrase', name: 'H' })
    const [row] = await t.sql<{ passwordHash: string }[]>`
      select password_hash from users.users where email = 'hash@example.com'`
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[\w+/]{22}\$[\w+/]{43}$/)
  })

  it('answers 409 for a taken email, whatever its case', async () => {
    await register({ email: 'taken@example.com', password: 'a long passphrase', name: 'A' })
    const res = await register({
      email: 'TAKEN@example.com',
      password: 'another phrase',
      name: 'B',
    })
    expect(res.status).toBe(409)
    expect(await readProblem(res)).toMatchObject({
      status: 409,
      type: 'urn:imtiaz-mart:problem:email-taken',
    })
  })

  it('lets exactly one of two concurrent registrations of one email through', async () => {
    const body = { email: 'race@example.com', password: 'a long passphrase', name: 'R' }
    const statuses = (await Promise.all([register(body), register(body)])).map((r) => r.status)
    expect(statuses.sort()).toEqual([201, 409])
  })

  it('lists every bad field in one problem and creates nothing', async () => {
    const res = await register({ email: 'not-an-email', password: 'short', role: 'admin' })
    expect(res.status).toBe(400)
    const problem = await readProblem(res)
    expect(problem.errors?.map((error) => error.path).sort()).toEqual([
      'json',
      'json.email',
      'json.name',
      'json.password',
    ])
    const rows = await t.sql`select id from users.users where email = 'not-an-email'`
    expect(rows).toHaveLength(0)
  })

  it('refuses a body that is not JSON with 400', async () => {
    const res = await t.app(registerUser).request('/auth/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    })
    expect(res.status).toBe(400)
    expect((await readProblem(res)).status).toBe(400)
  })

  it('refuses a body over 1 MB with 413', async () => {
    const res = await register({
      email: 'big@example.com',
      password: 'x'.repeat(1_100_000),
      name: 'B',
    })
    expect(res.status).toBe(413)
  })
})
