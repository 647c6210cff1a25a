import { beforeAll, describe, expect, it } from 'vitest'
import { jsonRequest, readProblem, roleHeaders, useFunctionTest } from '#shared/testing'
import { Category } from '../lib/schemas.ts'
import createCategory from './function.ts'

const t = useFunctionTest()
let as: Awaited<ReturnType<typeof roleHeaders>>

beforeAll(async () => {
  as = await roleHeaders(t.runtime)
})

function post(body: unknown, headers: Record<string, string> = as.admin) {
  return t.app(createCategory).request('/categories', jsonRequest('POST', body, headers))
}

async function categoryCount(): Promise<number> {
  const [row] = await t.sql<{ count: number }[]>`select count(*)::int from catalog.categories`
  return row?.count ?? 0
}

describe('POST /categories', () => {
  it('answers an admin 201 with a top-level category, and one under it', async () => {
    const res = await post({ name: 'Groceries', slug: 'groceries' })
    expect(res.status).toBe(201)
    const groceries = Category.parse(await res.json())
    expect(groceries).toMatchObject({ name: 'Groceries', slug: 'groceries', parentId: null })

    const under = await post({ name: 'Rice', slug: 'rice', parentId: groceries.id })
    expect(under.status).toBe(201)
    expect(await under.json()).toMatchObject({ slug: 'rice', parentId: groceries.id })
  })

  it('answers 409 to a taken slug and adds nothing', async () => {
    expect((await post({ name: 'Dairy', slug: 'dairy' })).status).toBe(201)
    const before = await categoryCount()
    const res = await post({ name: 'Dairy again', slug: 'dairy' })
    expect(res.status).toBe(409)
    expect((await readProblem(res)).type).toBe('urn:imtiaz-mart:problem:slug-taken')
    expect(await categoryCount()).toBe(before)
  })

  it('answers 400 to a parent that does not exist, naming the field', async () => {
    const before = await categoryCount()
    const res = await post({
      name: 'Orphan',
      slug: 'orphan',
      parentId: '00000000-0000-4000-8000-000000000000',
    })
    expect(res.status).toBe(400)
    const problem = await readProblem(res)
    expect(problem.type).toBe('urn:imtiaz-mart:problem:unknown-parent')
    expect(problem.errors?.map((error) => error.path)).toEqual(['json.parentId'])
    expect(await categoryCount()).toBe(before)
  })

  it('lists every bad field at once, unknown ones included, and adds nothing', async () => {
    const before = await categoryCount()
    const res = await post({ name: '', slug: 'Not A Slug', parentId: 'nope', colour: 'red' })
    expect(res.status).toBe(400)
    const paths = (await readProblem(res)).errors?.map((error) => error.path)
    expect(paths).toEqual(
      expect.arrayContaining(['json.name', 'json.slug', 'json.parentId', 'json']),
    )
    expect(await categoryCount()).toBe(before)
  })

  it('answers 403 to a customer and 401 without a token', async () => {
    expect((await post({ name: 'Toys', slug: 'toys' }, as.customer)).status).toBe(403)
    expect((await post({ name: 'Toys', slug: 'toys' }, {})).status).toBe(401)
    expect(await t.sql`select 1 from catalog.categories where slug = 'toys'`).toHaveLength(0)
  })
})
