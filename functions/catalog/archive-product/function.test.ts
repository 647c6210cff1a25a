import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { ProductArchived } from '#proto'
import { roleHeaders, useFunctionTest } from '#shared/testing'
import getProduct from '../get-product/function.ts'
import { createCategory, createProduct, outboxTypes } from '../lib/testing.ts'
import listProducts from '../list-products/function.ts'
import archiveProduct from './function.ts'

const t = useFunctionTest()
let as: Awaited<ReturnType<typeof roleHeaders>>
let categoryId: string

beforeAll(async () => {
  as = await roleHeaders(t.runtime)
  categoryId = (await createCategory(t.sql)).id
})

function archive(id: string, headers: Record<string, string> = as.admin) {
  return t.app(archiveProduct).request(`/products/${id}`, { method: 'DELETE', headers })
}

describe('DELETE /products/{id}', () => {
  it('archives: 204, then 204 again, one ProductArchived, no longer shown, history kept', async () => {
    const product = await createProduct(t.sql, { categoryId, name: 'Discontinued tea' })
    const first = await archive(product.id)
    expect(first.status).toBe(204)
    expect(await first.text()).toBe('')
    expect((await archive(product.id)).status).toBe(204)
    expect(await outboxTypes(t.sql, product.id)).toEqual([ProductArchived.type])

    expect((await t.app(getProduct).request(`/products/${product.id}`)).status).toBe(404)
    const listed = await t.app(listProducts).request('/products?q=discontinued')
    expect(await listed.json()).toEqual({ items: [], nextCursor: null })
    expect(await t.sql`select 1 from catalog.products where id = ${product.id}`).toHaveLength(1)
  })

  it('answers 404 to an unknown product', async () => {
    expect((await archive(randomUUID())).status).toBe(404)
  })

  it('answers 403 to a customer and archives nothing', async () => {
    const product = await createProduct(t.sql, { categoryId })
    expect((await archive(product.id, as.customer)).status).toBe(403)
    expect((await t.app(getProduct).request(`/products/${product.id}`)).status).toBe(200)
  })
})
