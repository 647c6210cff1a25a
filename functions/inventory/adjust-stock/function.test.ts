import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { StockLevelChanged, StockLow } from '#proto'
import { jsonRequest, readProblem, roleHeaders, useFunctionTest } from '#shared/testing'
import getStock from '../get-stock/function.ts'
import { outboxEvents } from '../lib/testing.ts'
import setStock from '../set-stock/function.ts'
import adjustStock from './function.ts'

const t = useFunctionTest()
let as: Awaited<ReturnType<typeof roleHeaders>>

beforeAll(async () => {
  as = await roleHeaders(t.runtime)
})

async function stocked(onHand: number, lowStockThreshold = 0): Promise<string> {
  const productId = randomUUID()
  const res = await t
    .app(setStock)
    .request(`/inventory/${productId}`, jsonRequest('PUT', { onHand, lowStockThreshold }, as.admin))
  expect(res.status).toBe(200)
  return productId
}

function adjust(productId: string, body: unknown, headers: Record<string, string> = as.admin) {
  return t
    .app(adjustStock)
    .request(`/inventory/${productId}/adjustments`, jsonRequest('POST', body, headers))
}

async function onHand(productId: string): Promise<number> {
  const res = await t.app(getStock).request(`/inventory/${productId}`, { headers: as.admin })
  return ((await res.json()) as { onHand: number }).onHand
}

describe('POST /inventory/{productId}/adjustments', () => {
  it('adds and takes away stock, answering the level, with a StockLevelChanged each', async () => {
    const productId = await stocked(10)
    const res = await adjust(productId, { delta: 5, reason: 'delivery' })
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({
      productId,
      onHand: 15,
      reserved: 0,
      available: 15,
      lowStockThreshold: 0,
    })
    expect((await adjust(productId, { delta: -3, reason: 'damaged' })).status).toBe(201)
    expect(await onHand(productId)).toBe(12)
    const changes = (await outboxEvents(t.sql, productId)).map(({ type, payload }) =>
      type === StockLevelChanged.type ? StockLevelChanged.decode(payload) : type,
    )
    expect(changes.slice(1)).toEqual([
      expect.objectContaining({ onHand: 15, delta: 5, reason: 'delivery', version: 2 }),
      expect.objectContaining({ onHand: 12, delta: -3, reason: 'damaged', version: 3 }),
    ])
  })

  it('answers 409 to a change below zero on hand, and changes nothing', async () => {
    const productId = await stocked(2)
    const events = (await outboxEvents(t.sql, productId)).length
    const res = await adjust(productId, { delta: -3, reason: 'sold' })
    expect(res.status).toBe(409)
    expect((await readProblem(res)).type).toBe('urn:imtiaz-mart:problem:insufficient-stock')
    expect(await onHand(productId)).toBe(2)
    expect(await outboxEvents(t.sql, productId)).toHaveLength(events)
  })

  it('lets exactly 20 of 50 parallel −1 adjustments on a stock of 20 through', async () => {
    const productId = await stocked(20)
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => adjust(productId, { delta: -1, reason: 'sold' })),
    )
    const statuses = answers.map((res) => res.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(20)
    expect(statuses.filter((status) => status === 409)).toHaveLength(30)
    expect(await onHand(productId)).toBe(0)
    const [trail] = await t.sql<{ count: number }[]>`
      select count(*)::int from inventory.adjustments
      where product_id = ${productId} and reason = 'sold'`
    expect(trail?.count).toBe(20)
  })

  it('records StockLow once per crossing of the threshold downwards', async () => {
    const productId = await stocked(10, 3)
    const lows = async () =>
      (await outboxEvents(t.sql, productId))
        .filter(({ type }) => type === StockLow.type)
        .map(({ payload }) => StockLow.decode(payload))
    await adjust(productId, { delta: -6, reason: 'sold' })
    expect(await lows()).toEqual([])
    await adjust(productId, { delta: -1, reason: 'sold' })
    await adjust(productId, { delta: -1, reason: 'sold' })
    expect(await lows()).toEqual([
      expect.objectContaining({ productId, available: 3, lowStockThreshold: 3 }),
    ])
    await adjust(productId, { delta: 10, reason: 'delivery' })
    await adjust(productId, { delta: -12, reason: 'sold' })
    expect((await lows()).map((low) => low.available)).toEqual([3, 0])
  })

  it.each([
    [{ delta: 0, reason: 'nothing' }, 'json.delta'],
    [{ delta: 1.5, reason: 'half' }, 'json.delta'],
    [{ delta: '1', reason: 'text' }, 'json.delta'],
    [{ delta: 1 }, 'json.reason'],
    [{ delta: 1, reason: '  ' }, 'json.reason'],
    [{ delta: 1, reason: 'ok', onHand: 5 }, 'json'],
  ])('answers 400 to %j and changes nothing', async (body, path) => {
    const productId = await stocked(4)
    const res = await adjust(productId, body)
    expect(res.status).toBe(400)
    expect((await readProblem(res)).errors?.map((error) => error.path)).toContain(path)
    expect(await onHand(productId)).toBe(4)
  })

  it('answers 404 to a product without stock, 403 to a customer, 401 without a token', async () => {
    expect((await adjust(randomUUID(), { delta: 1, reason: 'x' })).status).toBe(404)
    const productId = await stocked(1)
    expect((await adjust(productId, { delta: 1, reason: 'x' }, as.customer)).status).toBe(403)
    expect((await adjust(productId, { delta: 1, reason: 'x' }, {})).status).toBe(401)
    expect(await onHand(productId)).toBe(1)
  })
})
