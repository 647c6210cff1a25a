import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createLogger } from '#shared/observability'
import { eventually, jsonRequest, LogLines } from '#shared/testing'
import { type HostUnderTest, sendToHost, startHostUnderTest } from '../testing/host.ts'
import type { LocalHost } from './host.ts'

/**
 * Catalog and inventory through the local host, as a client of the gateway sees them: a new
 * product gets a stock row from its ProductCreated, and its availability follows the stock
 * through StockLevelChanged. Both modes: events in-process, and through the Kafka broker.
 */
describe.each([
  { mode: 'embedded', kafka: false },
  { mode: 'Kafka', kafka: true },
])('stock and availability through the local host ($mode mode)', ({ kafka }) => {
  const logs = new LogLines()
  let host: LocalHost
  let running: HostUnderTest | undefined
  let admin: Record<string, string>

  const send = (path: string, init: RequestInit = {}) => sendToHost(host, path, init)

  beforeAll(async () => {
    running = await startHostUnderTest({
      databaseServerUrl: inject('databaseServerUrl'),
      templateDatabase: inject('templateDatabase'),
      kafkaBrokers: kafka ? inject('kafkaBrokers') : undefined,
      name: 'stock',
      log: createLogger({ level: 'info', destination: logs.stream }),
    })
    host = running.host
    const token = await host.runtime.auth.signAccessToken({ userId: randomUUID(), role: 'admin' })
    admin = { authorization: `Bearer ${token}` }
  })

  afterAll(() => running?.close())

  const availabilityOf = async (productId: string) => {
    const res = await send(`/products/${productId}`)
    return ((await res.json()) as { availability: { available: number } }).availability
  }

  it('gives a new product stock at 0, and shows its availability following the stock', async () => {
    const category = await send(
      '/categories',
      jsonRequest('POST', { name: 'Tea', slug: `tea-${randomUUID().slice(0, 8)}` }, admin),
    )
    const { id: categoryId } = (await category.json()) as { id: string }
    const created = await send(
      '/products',
      jsonRequest(
        'POST',
        {
          sku: `TEA-${randomUUID()}`,
          name: 'Kashmiri chai',
          description: 'Pink tea leaves.',
          price: { amount: 95_000 },
          categoryId,
        },
        admin,
      ),
    )
    expect(created.status).toBe(201)
    const { id: productId } = (await created.json()) as { id: string }

    const stock = await eventually(
      async () => {
        const res = await send(`/inventory/${productId}`, { headers: admin })
        return res.status === 200 ? res.json() : undefined
      },
      { timeoutMs: 30_000, what: 'the stock row from ProductCreated' },
    )
    expect(stock).toEqual({ productId, onHand: 0, reserved: 0, available: 0, lowStockThreshold: 0 })

    const adjust = (delta: number) =>
      send(
        `/inventory/${productId}/adjustments`,
        jsonRequest('POST', { delta, reason: 'through the host' }, admin),
      )
    expect((await adjust(6)).status).toBe(201)
    await eventually(
      async () => ((await availabilityOf(productId)).available === 6 ? true : undefined),
      { timeoutMs: 30_000, what: 'availability 6' },
    )
    expect(await availabilityOf(productId)).toEqual({ inStock: true, available: 6 })

    expect((await adjust(-6)).status).toBe(201)
    await eventually(
      async () => ((await availabilityOf(productId)).available === 0 ? true : undefined),
      { timeoutMs: 30_000, what: 'availability 0' },
    )
    expect(await availabilityOf(productId)).toEqual({ inStock: false, available: 0 })
    const listed = await send('/products?q=kashmiri&inStock=false')
    expect(((await listed.json()) as { items: { id: string }[] }).items).toEqual([
      expect.objectContaining({ id: productId }),
    ])
  })
})
