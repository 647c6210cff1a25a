import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { z } from '#shared/http'
import { readProblem, useFunctionTest } from '#shared/testing'
import { insertNotification, Notification } from '../lib/notifications.ts'
import listNotifications from './function.ts'

const NotificationPage = z.strictObject({
  items: z.array(Notification.strict()),
  nextCursor: z.string().nullable(),
})
type NotificationPage = z.infer<typeof NotificationPage>

const t = useFunctionTest()

/** A customer with `count` welcome notifications, each written in a transaction of its own. */
async function customerWith(count: number) {
  const userId = randomUUID()
  for (let n = 0; n < count; n += 1) {
    await t.sql.begin((tx) =>
      insertNotification(tx, {
        userId,
        kind: 'welcome',
        title: `Notice ${n}`,
        body: `Body ${n}`,
        causedBy: randomUUID(),
      }),
    )
  }
  return { userId, token: await t.runtime.tokenFor({ userId, role: 'customer' }) }
}

/** The user's notification ids, oldest first, as the database orders them. */
async function storedIdsOldestFirst(userId: string): Promise<string[]> {
  const rows = await t.sql<{ id: string }[]>`
    select id from notifications.notifications where user_id = ${userId} order by created_at, id`
  return rows.map((row) => row.id)
}

function list(token: string, query = '') {
  return t
    .app(listNotifications)
    .request(`/notifications${query}`, { headers: { authorization: `Bearer ${token}` } })
}

async function readPage(res: Response): Promise<NotificationPage> {
  expect(res.status).toBe(200)
  return NotificationPage.parse(await res.json())
}

async function walkPages(token: string, limit: number): Promise<NotificationPage[]> {
  const pages = [await readPage(await list(token, `?limit=${limit}`))]
  for (let page = pages[0]; page?.nextCursor; page = pages.at(-1)) {
    const cursor = encodeURIComponent(page.nextCursor)
    pages.push(await readPage(await list(token, `?limit=${limit}&cursor=${cursor}`)))
    if (pages.length > 100) throw new Error('the pages never end')
  }
  return pages
}

describe('GET /notifications', () => {
  it('answers a customer 200 with their own notifications only, oldest first', async () => {
    const amna = await customerWith(3)
    const bilal = await customerWith(2)
    const page = await readPage(await list(amna.token))
    expect(page.items.map((item) => item.id)).toEqual(await storedIdsOldestFirst(amna.userId))
    expect(page.items.map((item) => item.title)).toEqual(['Notice 0', 'Notice 1', 'Notice 2'])
    expect(page.items[0]).toEqual({
      id: expect.any(String),
      kind: 'welcome',
      title: 'Notice 0',
      body: 'Body 0',
      createdAt: expect.any(String),
    })
    expect(page.nextCursor).toBeNull()
    const bilalsPage = await readPage(await list(bilal.token))
    expect(bilalsPage.items.map((item) => item.id)).toEqual(
      await storedIdsOldestFirst(bilal.userId),
    )
  })

  it('answers 200 with an empty page to a customer with no notifications', async () => {
    const nobody = await customerWith(0)
    expect(await readPage(await list(nobody.token))).toEqual({ items: [], nextCursor: null })
  })

  it('pages through every notification exactly once, in order, with limit=2', async () => {
    const reader = await customerWith(5)
    await customerWith(4)
    const pages = await walkPages(reader.token, 2)
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1])
    expect(pages.at(-1)?.nextCursor).toBeNull()
    expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(
      await storedIdsOldestFirst(reader.userId),
    )
  })

  it('pages correctly through notifications written in the same microsecond', async () => {
    const reader = await customerWith(5)
    await t.sql`
      update notifications.notifications set created_at = '2001-02-03T04:05:06.789012Z'
      where user_id = ${reader.userId}`
    const seen = (await walkPages(reader.token, 2)).flatMap((page) =>
      page.items.map((item) => item.id),
    )
    expect(seen).toEqual(await storedIdsOldestFirst(reader.userId))
    expect(seen).toEqual([...seen].sort())
    expect(new Set(seen).size).toBe(5)
  })

  it('does not let a cursor from one customer’s pages show another’s notifications', async () => {
    const amna = await customerWith(3)
    const bilal = await customerWith(3)
    const [first] = await walkPages(amna.token, 1)
    const cursor = encodeURIComponent(first?.nextCursor ?? '')
    const page = await readPage(await list(bilal.token, `?cursor=${cursor}`))
    const bilals = new Set(await storedIdsOldestFirst(bilal.userId))
    expect(page.items.every((item) => bilals.has(item.id))).toBe(true)
  })

  it('gives 20 notifications a page when no limit is asked for', async () => {
    const reader = await customerWith(21)
    const page = await readPage(await list(reader.token))
    expect(page.items).toHaveLength(20)
    expect(page.nextCursor).toEqual(expect.any(String))
  })

  it('answers 401 without a token, or with one that is not ours', async () => {
    const res = await t.app(listNotifications).request('/notifications')
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect((await readProblem(res)).status).toBe(401)
    const forged = await list('eyJhbGciOiJub25lIn0.eyJzdWIiOiJtZSJ9.')
    expect(forged.status).toBe(401)
  })

  it.each([
    ['limit=0', 'query.limit'],
    ['limit=101', 'query.limit'],
    ['limit=abc', 'query.limit'],
    ['limit=1.5', 'query.limit'],
    ['cursor=not-a-cursor', 'query.cursor'],
    [`cursor=${Buffer.from('["yesterday","me"]').toString('base64url')}`, 'query.cursor'],
    [`cursor=${'A'.repeat(201)}`, 'query.cursor'],
    ['userId=someone-else', 'query'],
  ])('answers 400 for ?%s', async (query, path) => {
    const { token } = await customerWith(1)
    const res = await list(token, `?${query}`)
    expect(res.status).toBe(400)
    const problem = await readProblem(res)
    expect(problem.type).toBe('urn:imtiaz-mart:problem:invalid-request')
    expect(problem.errors?.map((error) => error.path)).toContain(path)
  })
})
