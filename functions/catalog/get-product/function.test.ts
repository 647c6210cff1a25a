import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { useFunctionTest } from '#shared/testing'
import { Product } from '../lib/schemas.ts'
import { createCategory, createProduct } from '../lib/testing.ts'
import getProduct from './function.ts'

const t = useFunctionTest()
let categoryId: string

beforeAll(async () => {
  categoryId = (await createCategory(t.sql)).id
})

function get(id: string, headers: Record<string, string> = {}) {
  return t.app(getProduct).request(`/products/${id}`, { headers })
}

describe('GET /products/{id}', () => {
  it('answers anyone 200 with the product and its availability (none known: out of stock)', async () => {
    const product = await createProduct(t.sql, { categoryId, name: 'Green tea' })
    const res = await get(product.id)
    expect(res.status).toBe(200)
    expect(Product.parse(await res.json())).toEqual({
      ...product,
      availability: { inStock: false, available: 0 },
    })
  })

  it('sends an ETag and a short public max-age, and a 304 to a client that has it', async () => {
    const product = await createProduct(t.sql, { categoryId })
    const first = await get(product.id)
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=5')
    const again = await get(product.id, { 'if-none-match': `W/${etag}` })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect((await get(product.id, { 'if-none-match': '"stale"' })).status).toBe(200)
  })

  it('answers 404 to an unknown product and 400 to an id that is no uuid', async () => {
    expect((await get(randomUUID())).status).toBe(404)
    expect((await get('basmati')).status).toBe(400)
  })
})
