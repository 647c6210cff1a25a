import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { ProductCreated } from '#proto'
import { cloudEventRequest, type EventEnvelope } from '#shared/events'
import { jsonRequest, readProblem, roleHeaders, useFunctionTest } from '#shared/testing'
import getStock from '../get-stock/function.ts'
import setStock from '../set-stock/function.ts'
import onProductCreated from './function.ts'

const t = useFunctionTest()
let as: Awaited<ReturnType<typeof roleHeaders>>

beforeAll(async () => {
  as = await roleHeaders(t.runtime)
})

function productCreated(productId: string): EventEnvelope {
  return {
    eventId: randomUUID(),
    type: ProductCreated.type,
    occurredAt: new Date(),
    source: 'catalog-create-product',
    correlationId: `req-${randomUUID()}`,
    causationId: '',
    payload: ProductCreated.encode({
      product: { productId, sku: 'TEA-1', name: 'Tea', priceAmount: 50_000, priceCurrency: 'PKR' },
    }),
  }
}

function deliver(event: EventEnvelope) {
  return t.app(onProductCreated).request(cloudEventRequest(event))
}

async function stock(productId: string) {
  const res = await t.app(getStock).request(`/inventory/${productId}`, { headers: as.admin })
  return { status: res.status, body: await res.json() }
}

describe('inventory-on-product-created', () => {
  it('keeps stock at 0 for a new product, once however often the event comes', async () => {
    const productId = randomUUID()
    const event = productCreated(productId)
    expect((await deliver(event)).status).toBe(200)
    expect(await (await deliver(event)).json()).toEqual({ status: 'already handled' })
    expect(await stock(productId)).toEqual({
      status: 200,
      body: { productId, onHand: 0, reserved: 0, available: 0, lowStockThreshold: 0 },
    })
  })

  it('leaves the stock a PUT set before the event arrived', async () => {
    const productId = randomUUID()
    const put = jsonRequest('PUT', { onHand: 9, lowStockThreshold: 2 }, as.admin)
    expect((await t.app(setStock).request(`/inventory/${productId}`, put)).status).toBe(200)
    expect((await deliver(productCreated(productId))).status).toBe(200)
    expect((await stock(productId)).body).toMatchObject({ onHand: 9, lowStockThreshold: 2 })
  })

  it('answers 422 to a ProductCreated without a product id, and keeps nothing', async () => {
    const event = { ...productCreated(randomUUID()), payload: ProductCreated.encode({}) }
    const res = await deliver(event)
    expect(res.status).toBe(422)
    expect((await readProblem(res)).type).toBe('urn:imtiaz-mart:problem:invalid-event')
    expect(
      await t.sql`select 1 from inventory.processed_events where event_id = ${event.eventId}`,
    ).toHaveLength(0)
  })
})
