import { beforeAll, describe, expect, it } from 'vitest'
import { ProductCreated } from '#proto'
import { decodeEnvelope } from '#shared/events'
import { jsonRequest, readProblem, roleHeaders, useFunctionTest } from '#shared/testing'
import { Product } from '../lib/schemas.ts'
import { createCategory, outboxTypes } from '../lib/testing.ts'
import createProduct from './function.ts'

const t = useFunctionTest()
let as: Awaited<ReturnType<typeof roleHeaders>>
let categoryId: string

beforeAll(async () => {
  as = await roleHeaders(t.runtime)
  categoryId = (await createCategory(t.sql, { slug: 'rice' })).id
})

const basmati = () => ({
  sku: 'RICE-BASMATI-5KG',
  name: 'Basmati rice 5 kg',
  description: 'Long-grain aged basmati from Punjab.',
  price: { amount: 189_900, currency: 'PKR' },
  categoryId,
  images: ['https://cdn.example.com/basmati.jpg'],
})

function post(body: unknown, headers: Record<string, string> = as.admin) {
  return t.app(createProduct).request('/products', jsonRequest('POST', body, headers))
}

async function productCount(): Promise<number> {
  const [row] = await t.sql<{ count: number }[]>`select count(*)::int from catalog.products`
  return row?.count ?? 0
}

describe('POST /products', () => {
  it('answers an admin 201 with the product, out of stock, and records ProductCreated', async () => {
    const res = await post(basmati())
    expect(res.status).toBe(201)
    const product = Product.parse(await res.json())
    expect(product).toMatchObject({
      ...basmati(),
      availability: { inStock: false, available: 0 },
    })
    expect(await outboxTypes(t.sql, product.id)).toEqual([ProductCreated.type])
    const [row] = await t.sql<{ envelope: Uint8Array }[]>`
      select envelope from catalog.outbox where event_key = ${product.id}`
    const payload = ProductCreated.decode(decodeEnvelope(row?.envelope ?? new Uint8Array()).payload)
    expect(Number(payload.product?.priceAmount)).toBe(189_900)
    expect(payload.product).toMatchObject({ productId: product.id, sku: 'RICE-BASMATI-5KG' })
  })

  it('prices in PKR when no currency is given', async () => {
    const res = await post({ ...basmati(), sku: 'RICE-SELLA', price: { amount: 50_000 } })
    expect(res.status).toBe(201)
    expect(Product.parse(await res.json()).price).toEqual({ amount: 50_000, currency: 'PKR' })
  })

  it('answers 409 to a taken sku and records nothing more', async () => {
    const first = await post({ ...basmati(), sku: 'ATTA-10KG' })
    expect(first.status).toBe(201)
    const before = await productCount()
    const res = await post({ ...basmati(), sku: 'ATTA-10KG', name: 'Another' })
    expect(res.status).toBe(409)
    expect((await readProblem(res)).type).toBe('urn:imtiaz-mart:problem:sku-taken')
    expect(await productCount()).toBe(before)
  })

  it.each([
    ['a fractional amount', { amount: 1899.5, currency: 'PKR' }, 'json.price.amount'],
    ['a negative amount', { amount: -1, currency: 'PKR' }, 'json.price.amount'],
    ['an amount as text', { amount: '1899', currency: 'PKR' }, 'json.price.amount'],
    ['an amount beyond 2^53', { amount: 2 ** 53, currency: 'PKR' }, 'json.price.amount'],
    ['a lower-case currency', { amount: 100, currency: 'pkr' }, 'json.price.currency'],
    ['no ISO 4217 currency', { amount: 100, currency: 'XYZ' }, 'json.price.currency'],
    ['an extra money field', { amount: 100, currency: 'PKR', rate: 1 }, 'json.price'],
  ])('answers 400 to %s and adds nothing', async (_label, price, path) => {
    const before = await productCount()
    const res = await post({ ...basmati(), sku: 'BAD-MONEY', price })
    expect(res.status).toBe(400)
    expect((await readProblem(res)).errors?.map((error) => error.path)).toContain(path)
    expect(await productCount()).toBe(before)
  })

  it('lists every bad field at once, unknown ones included', async () => {
    const res = await post({ sku: '', name: '', price: 12.5, categoryId: 'x', stock: 3 })
    expect(res.status).toBe(400)
    const paths = (await readProblem(res)).errors?.map((error) => error.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'json.sku',
        'json.name',
        'json.description',
        'json.price',
        'json.categoryId',
        'json',
      ]),
    )
  })

  it('answers 400 to a category that does not exist, and adds nothing', async () => {
    const before = await productCount()
    const res = await post({ ...basmati(), categoryId: '00000000-0000-4000-8000-000000000000' })
    expect(res.status).toBe(400)
    expect((await readProblem(res)).errors?.map((error) => error.path)).toEqual(['json.categoryId'])
    expect(await productCount()).toBe(before)
  })

  it('answers 403 to a customer and 401 without a token', async () => {
    const before = await productCount()
    expect((await post({ ...basmati(), sku: 'NOPE' }, as.customer)).status).toBe(403)
    expect((await post({ ...basmati(), sku: 'NOPE' }, {})).status).toBe(401)
    expect(await productCount()).toBe(before)
  })
})
