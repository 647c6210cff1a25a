import { describe, expect, it } from 'vitest'
import { readProblem, useFunctionTest } from '#shared/testing'
import { createCategory } from '../lib/testing.ts'
import listCategories from './function.ts'

const t = useFunctionTest()

function get(headers: Record<string, string> = {}, query = '') {
  return t.app(listCategories).request(`/categories${query}`, { headers })
}

describe('GET /categories', () => {
  it('answers anyone 200 with the tree: roots, and each level by name', async () => {
    const food = await createCategory(t.sql, { name: 'Food', slug: 'food' })
    const rice = await createCategory(t.sql, { name: 'Rice', slug: 'rice', parentId: food.id })
    await createCategory(t.sql, { name: 'Basmati', slug: 'basmati', parentId: rice.id })
    await createCategory(t.sql, { name: 'Dairy', slug: 'dairy', parentId: food.id })
    await createCategory(t.sql, { name: 'Books', slug: 'books' })

    const res = await get()
    expect(res.status).toBe(200)
    const node = (slug: string, children: unknown[] = []) =>
      expect.objectContaining({ slug, children })
    expect(await res.json()).toEqual({
      items: [node('books'), node('food', [node('dairy'), node('rice', [node('basmati')])])],
    })
  })

  it('sends an ETag and a short public max-age, and a 304 to a client that has it', async () => {
    const first = await get()
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=60')

    const again = await get({ 'if-none-match': `W/"other", ${etag}` })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)

    await createCategory(t.sql, { slug: 'new-arrivals' })
    const changed = await get({ 'if-none-match': etag ?? '' })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
  })

  it('answers 400 to a query parameter it does not know', async () => {
    const res = await get({}, '?depth=2')
    expect(res.status).toBe(400)
    expect((await readProblem(res)).errors?.map((error) => error.path)).toEqual(['query'])
  })
})
