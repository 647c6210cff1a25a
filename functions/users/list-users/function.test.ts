import { beforeAll, describe, expect, it } from 'vitest'
import { z } from '#shared/http'
import { readProblem, useFunctionTest } from '#shared/testing'
import { User } from '../lib/schemas.ts'
import { bearer, createUser } from '../lib/testing.ts'
import listUsers from './function.ts'

const UserPage = z.object({ items: z.array(User), nextCursor: z.string().nullable() })
type UserPage = z.infer<typeof UserPage>

const t = useFunctionTest()
let adminToken: string

beforeAll(async () => {
  const { user: admin } = await createUser(t.sql, { role: 'admin', name: 'Admin' })
  adminToken = await t.runtime.tokenFor({ userId: admin.id, role: 'admin' })
})

function list(query = '', token = adminToken) {
  return t.app(listUsers).request(`/users${query}`, { headers: bearer(token) })
}

async function readPage(res: Response): Promise<UserPage> {
  expect(res.status).toBe(200)
  return UserPage.parse(await res.json())
}

/** Follows nextCursor from the first page to the last, keeping every page. */
async function walkPages(limit: number): Promise<UserPage[]> {
  const pages = [await readPage(await list(`?limit=${limit}`))]
  for (let page = pages[0]; page?.nextCursor; page = pages.at(-1)) {
    const cursor = encodeURIComponent(page.nextCursor)
    pages.push(await readPage(await list(`?limit=${limit}&cursor=${cursor}`)))
    if (pages.length > 100) throw new Error('the pages never end')
  }
  return pages
}

/** Every user id, oldest first, as the database orders them. */
async function storedIdsOldestFirst(): Promise<string[]> {
  const rows = await t.sql<{ id: string }[]>`
    select id from users.users order by created_at, id`
  return rows.map((row) => row.id)
}

describe('GET /users', () => {
  it('answers an admin 200 with a page of users, oldest first', async () => {
    const { user } = await createUser(t.sql, { name: 'Listed' })
    const page = await readPage(await list())
    expect(page.items.map((item) => item.id)).toEqual(await storedIdsOldestFirst())
    expect(page.items).toContainEqual(user)
    expect(page.nextCursor).toBeNull()
  })

  it('never shows password hashes', async () => {
    const res = await list()
    const text = await res.text()
    expect(text).not.toMatch(/argon2|password/i)
  })

  it('pages through every user exactly once, in order, with limit=2', async () => {
    for (let n = 0; n < 5; n += 1) await createUser(t.sql, { name: `Pager ${n}` })
    const expected = await storedIdsOldestFirst()
    expect(expected.length).toBeGreaterThanOrEqual(5)

    const pages = await walkPages(2)
    expect(pages).toHaveLength(Math.ceil(expected.length / 2))
    for (const page of pages.slice(0, -1)) {
      expect(page.items).toHaveLength(2)
      expect(page.nextCursor).toEqual(expect.any(String))
    }
    expect(pages.at(-1)?.nextCursor).toBeNull()
    expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(expected)
  })

  it('pages correctly through users created in the same microsecond', async () => {
    const tied: string[] = []
    for (let n = 0; n < 5; n += 1) tied.push((await createUser(t.sql)).user.id)
    await t.sql`
      update users.users set created_at = '1999-12-31T23:59:59.123456Z'
      where id in ${t.sql(tied)}`

    const seen = (await walkPages(2)).flatMap((page) => page.items.map((item) => item.id))
    expect(seen).toEqual(await storedIdsOldestFirst())
    expect(seen.slice(0, 5)).toEqual([...tied].sort())
    expect(new Set(seen).size).toBe(seen.length)
  })

  it('ends with a null nextCursor when the last page is exactly full', async () => {
    const total = (await storedIdsOldestFirst()).length
    const page = await readPage(await list(`?limit=${total}`))
    expect(page.items).toHaveLength(total)
    expect(page.nextCursor).toBeNull()
  })

  it('gives 20 users a page when no limit is asked for', async () => {
    while ((await storedIdsOldestFirst()).length <= 20) await createUser(t.sql)
    const page = await readPage(await list())
    expect(page.items).toHaveLength(20)
    expect(page.nextCursor).toEqual(expect.any(String))
  })

  it('answers 403 to a customer', async () => {
    const { user } = await createUser(t.sql)
    const token = await t.runtime.tokenFor({ userId: user.id, role: 'customer' })
    const res = await list('', token)
    expect(res.status).toBe(403)
    expect(await readProblem(res)).toMatchObject({
      type: 'urn:imtiaz-mart:problem:forbidden',
      status: 403,
    })
  })

  it('answers 401 without a token', async () => {
    const res = await t.app(listUsers).request('/users')
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect((await readProblem(res)).status).toBe(401)
  })

  it.each([
    ['limit=0', 'query.limit'],
    ['limit=101', 'query.limit'],
    ['limit=abc', 'query.limit'],
    ['limit=-1', 'query.limit'],
    ['limit=1.5', 'query.limit'],
    ['cursor=not-a-cursor', 'query.cursor'],
    [`cursor=${Buffer.from('["yesterday","me"]').toString('base64url')}`, 'query.cursor'],
    [`cursor=${'A'.repeat(201)}`, 'query.cursor'],
    ['role=admin', 'query'],
  ])('answers 400 for ?%s', async (query, path) => {
    const res = await list(`?${query}`)
    expect(res.status).toBe(400)
    const problem = await readProblem(res)
    expect(problem.type).toBe('urn:imtiaz-mart:problem:invalid-request')
    expect(problem.errors?.map((error) => error.path)).toContain(path)
  })
})
