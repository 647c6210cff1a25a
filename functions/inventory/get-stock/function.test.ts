import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { jsonRequest, readProblem, roleHeaders, useFunctionTest } from '#shared/testing'
import setStock from '../set-stock/function.ts'
import getStock from './function.ts'

const t = useFunctionTest()
let as: Awaited<ReturnType<typeof roleHeaders>>

beforeAll(async () => {
  as = await roleHeaders(t.runtime)
})

function get(productId: string, headers: Record<string, string> = as.admin) {
  return t.app(getStock).request(`/inventory/${productId}`, { headers })
}

describe('GET /inventory/{productId}', () => {
  it('answers an admin with on hand, reserved, available and the threshold', async () => {
    const productId = randomUUID()
    const body = { onHand: 4, lowStockThreshold: 1 }
    const put = await t
      .app(setStock)
      .request(`/inventory/${productId}`, jsonRequest('PUT', body, as.admin))
    expect(put.status).toBe(200)
    const res = await get(productId)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      productId,
      onHand: 4,
      reserved: 0,
      available: 4,
      lowStockThreshold: 1,
    })
  })

  it('answers 404 for a product without stock, 400 for an id that is no uuid', async () => {
    const res = await get(randomUUID())
    expect(res.status).toBe(404)
    expect((await readProblem(res)).type).toBe('urn:imtiaz-mart:problem:stock-not-found')
    expect((await get('rice')).status).toBe(400)
  })

  it('answers 403 to a customer and 401 without a token', async () => {
    expect((await get(randomUUID(), as.customer)).status).toBe(403)
    expect((await get(randomUUID(), {})).status).toBe(401)
  })
})
