import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { StockLevelChanged } from '#proto'
import { cloudEventRequest, type EventEnvelope } from '#shared/events'
import { readProblem, useFunctionTest } from '#shared/testing'
import getProduct from '../get-product/function.ts'
import { createCategory, createProduct } from '../lib/testing.ts'
import onStockLevelChanged from './function.ts'

const t = useFunctionTest()
let categoryId: string

beforeAll(async () => {
  categoryId = (await createCategory(t.sql)).id
})

function stockLevelChanged(productId: string, available: number, version: number): EventEnvelope {
  return {
    eventId: randomUUID(),
    type: StockLevelChanged.type,
    occurredAt: new Date(),
    source: 'inventory-adjust-stock',
    correlationId: `req-${randomUUID()}`,
    causationId: '',
    payload: StockLevelChanged.encode({
      productId,
      onHand: available,
      available,
      version,
      delta: 1,
      reason: 'test',
    }),
  }
}

function deliver(event: EventEnvelope) {
  return t.app(onStockLevelChanged).request(cloudEventRequest(event))
}

async function availability(productId: string) {
  const res = await t.app(getProduct).request(`/products/${productId}`)
  return ((await res.json()) as { availability: unknown }).availability
}

describe('catalog-on-stock-level-changed', () => {
  it('shows the latest stock level as the product’s availability', async () => {
    const { id } = await createProduct(t.sql, { categoryId })
    expect((await deliver(stockLevelChanged(id, 4, 1))).status).toBe(200)
    expect(await availability(id)).toEqual({ inStock: true, available: 4 })
    expect((await deliver(stockLevelChanged(id, 0, 2))).status).toBe(200)
    expect(await availability(id)).toEqual({ inStock: false, available: 0 })
  })

  it('ignores a level older than the one it has (a replay or a rewind)', async () => {
    const { id } = await createProduct(t.sql, { categoryId })
    await deliver(stockLevelChanged(id, 9, 5))
    expect((await deliver(stockLevelChanged(id, 2, 4))).status).toBe(200)
    expect(await availability(id)).toEqual({ inStock: true, available: 9 })
  })

  it('keeps a level that comes before its product, for when the product is added', async () => {
    const productId = randomUUID()
    expect((await deliver(stockLevelChanged(productId, 3, 1))).status).toBe(200)
    expect(
      await t.sql`select available from catalog.availability where product_id = ${productId}`,
    ).toEqual([{ available: 3 }])
  })

  it('answers 422 to a level without a version, and keeps nothing', async () => {
    const event = stockLevelChanged(randomUUID(), 1, 0)
    const res = await deliver(event)
    expect(res.status).toBe(422)
    expect((await readProblem(res)).type).toBe('urn:imtiaz-mart:problem:invalid-event')
  })
})
