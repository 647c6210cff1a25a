import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { ProductUpdated } from '#proto'
import { jsonRequest, readProblem, roleHeaders, useFunctionTest } from '#shared/testing'
import archiveProduct from '../archive-product/function.ts'
import { Product } from '../lib/schemas.ts'
import { createCategory, createProduct, outboxTypes } from '../lib/testing.ts'
import updateProduct from './function.ts'

const t = useFunctionTest()
let as: Awaited<ReturnType<typeof roleHeaders>>
let categoryId: string

beforeAll(async () => {
  as = await roleHeaders(t.runtime)
  categoryId = (await createCategory(t.sql)).id
})

function patch(id: string, body: unknown, headers: Record<string, string> = as.admin) {
  return t.app(updateProduct).request(`/products/${id}`, jsonRequest('PATCH', body, headers))
}

async function stored(id: string) {
  const [row] = await t.sql`select * from catalog.products where id = ${id}`
  return row
}

describe('PATCH /products/{id}', () => {
  it('changes name, description, price, category and images, and records ProductUpdated', async () => {
    const product = await createProduct(t.sql, { categoryId })
    const other = await createCategory(t.sql)
    const changes = {
      name: 'Sella rice',
      description: 'Parboiled.',
      price: { amount: 42_000, currency: 'PKR' },
      categoryId: other.id,
      images: ['https://cdn.example.com/sella.png'],
    }
    const res = await patch(product.id, changes)
    expect(res.status).toBe(200)
    const changed = Product.parse(await res.json())
    expect(changed).toMatchObject({ ...changes, sku: product.sku, id: product.id })
    expect(Date.parse(changed.updatedAt)).toBeGreaterThan(Date.parse(product.updatedAt))
    expect(await outboxTypes(t.sql, product.id)).toEqual([ProductUpdated.type])
  })

  it.each([
    ['the sku', { sku: 'NEW-SKU' }, 'json'],
    ['an unknown field', { name: 'Fine', colour: 'red' }, 'json'],
    ['nothing at all', {}, 'json'],
    ['bad money', { price: { amount: 1.25, currency: 'PKR' } }, 'json.price.amount'],
    ['a bad category id', { categoryId: 'rice' }, 'json.categoryId'],
    ['an unknown category', { categoryId: randomUUID() }, 'json.categoryId'],
  ])('answers 400 to %s and changes nothing', async (_label, body, path) => {
    const product = await createProduct(t.sql, { categoryId })
    const before = await stored(product.id)
    const res = await patch(product.id, body)
    expect(res.status).toBe(400)
    expect((await readProblem(res)).errors?.map((error) => error.path)).toContain(path)
    expect(await stored(product.id)).toEqual(before)
    expect(await outboxTypes(t.sql, product.id)).toEqual([])
  })

  it('answers 404 to an unknown or archived product, and 400 to an id that is no uuid', async () => {
    expect((await patch(randomUUID(), { name: 'Ghost' })).status).toBe(404)
    const product = await createProduct(t.sql, { categoryId })
    const archived = await t
      .app(archiveProduct)
      .request(`/products/${product.id}`, { method: 'DELETE', headers: as.admin })
    expect(archived.status).toBe(204)
    const res = await patch(product.id, { name: 'Back' })
    expect(res.status).toBe(404)
    expect((await readProblem(res)).type).toBe('urn:imtiaz-mart:problem:product-not-found')
    expect((await patch('42', { name: 'x' })).status).toBe(400)
  })

  it('answers 403 to a customer and changes nothing', async () => {
    const product = await createProduct(t.sql, { categoryId })
    expect((await patch(product.id, { name: 'Mine' }, as.customer)).status).toBe(403)
    expect((await stored(product.id))?.name).toBe(product.name)
  })
})
