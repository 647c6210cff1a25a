import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { StockLevelChanged } from '#proto'
import { jsonRequest, readProblem, roleHeaders, useFunctionTest } from '#shared/testing'
import getStock from '../get-stock/function.ts'
import { outboxEvents } from '../lib/testing.ts'
import setStock from './function.ts'

const t = useFunctionTest()
let as: Awaited<ReturnType<typeof roleHeaders>>

beforeAll(async () => {
  as = await roleHeaders(t.runtime)
})

function put(productId: string, body: unknown, headers: Record<string, string> = as.admin) {
  return t.app(setStock).request(`/inventory/${productId}`, jsonRequest('PUT', body, headers))
}

function get(productId: string, headers: Record<string, string> = as.admin) {
  return t.app(getStock).request(`/inventory/${productId}`, { headers })
}

describe('PUT /inventory/{productId}', () => {
  it('sets stock for a product not seen yet, and sets it again', async () => {
    const productId = randomUUID()
    const first = await put(productId, { onHand: 12, lowStockThreshold: 3 })
    expect(first.status).toBe(200)
    const level = { productId, onHand: 12, reserved: 0, available: 12, lowStockThreshold: 3 }
    expect(await first.json()).toEqual(level)
    expect(await (await get(productId)).json()).toEqual(level)

    expect((await put(productId, { onHand: 7, lowStockThreshold: 2 })).status).toBe(200)
    expect(await (await get(productId)).json()).toEqual({
      ...level,
      onHand: 7,
      available: 7,
      lowStockThreshold: 2,
    })
    const changes = (await outboxEvents(t.sql, productId))
      .filter(({ type }) => type === StockLevelChanged.type)
      .map(({ payload }) => StockLevelChanged.decode(payload))
    expect(changes.map(({ onHand, delta, version }) => ({ onHand, delta, version }))).toEqual([
      { onHand: 12, delta: 12, version: 1 },
      { onHand: 7, delta: -5, version: 2 },
    ])
  })

  it.each([
    [{ onHand: -1, lowStockThreshold: 0 }, 'json.onHand'],
    [{ onHand: 2.5, lowStockThreshold: 0 }, 'json.onHand'],
    [{ onHand: 1_000_000_001, lowStockThreshold: 0 }, 'json.onHand'],
    [{ onHand: 1 }, 'json.lowStockThreshold'],
    [{ onHand: 1, lowStockThreshold: 0, reserved: 1 }, 'json'],
  ])('answers 400 to %j and keeps what was there', async (body, path) => {
    const productId = randomUUID()
    expect((await put(productId, { onHand: 5, lowStockThreshold: 1 })).status).toBe(200)
    const res = await put(productId, body)
    expect(res.status).toBe(400)
    expect((await readProblem(res)).errors?.map((error) => error.path)).toContain(path)
    expect(((await (await get(productId)).json()) as { onHand: number }).onHand).toBe(5)
  })

  it('answers 403 to a customer and sets nothing', async () => {
    const productId = randomUUID()
    expect((await put(productId, { onHand: 1, lowStockThreshold: 0 }, as.customer)).status).toBe(
      403,
    )
    expect((await get(productId)).status).toBe(404)
  })
})
