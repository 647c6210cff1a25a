import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from '#shared/http'
import { jsonRequest, readProblem, roleHeaders, useFunctionTest } from '#shared/testing'
import adjustStock from '../adjust-stock/function.ts'
import { Adjustment } from '../lib/schemas.ts'
import setStock from '../set-stock/function.ts'
import listAdjustments from './function.ts'

const AdjustmentPage = z.object({ items: z.array(Adjustment), nextCursor: z.string().nullable() })

const t = useFunctionTest()
let as: Awaited<ReturnType<typeof roleHeaders>>

beforeAll(async () => {
  as = await roleHeaders(t.runtime)
})

function list(productId: string, query = '', headers: Record<string, string> = as.admin) {
  return t.app(listAdjustments).request(`/inventory/${productId}/adjustments${query}`, { headers })
}

describe('GET /inventory/{productId}/adjustments', () => {
  it('gives the audit trail newest first, a page at a time, each change once', async () => {
    const productId = randomUUID()
    const put = jsonRequest('PUT', { onHand: 10, lowStockThreshold: 0 }, as.admin)
    expect((await t.app(setStock).request(`/inventory/${productId}`, put)).status).toBe(200)
    for (const delta of [-1, -2, 4, -3]) {
      const body = jsonRequest('POST', { delta, reason: `change ${delta}` }, as.admin)
      const res = await t.app(adjustStock).request(`/inventory/${productId}/adjustments`, body)
      expect(res.status).toBe(201)
    }
    const seen: z.infer<typeof Adjustment>[] = []
    let cursor: string | null = null
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2'
      const res = await list(productId, query)
      expect(res.status).toBe(200)
      const page = AdjustmentPage.parse(await res.json())
      seen.push(...page.items)
      cursor = page.nextCursor
    } while (cursor !== null)
    expect(seen.map(({ delta, onHandAfter }) => [delta, onHandAfter])).toEqual([
      [-3, 8],
      [4, 11],
      [-2, 7],
      [-1, 9],
      [10, 10],
    ])
    expect(seen[4]?.reason).toBe('stock count set')
    expect(seen.every((change) => change.by !== null)).toBe(true)
  })

  it('answers 404 for a product without stock, 403 to a customer, 400 to a bad cursor', async () => {
    expect((await list(randomUUID())).status).toBe(404)
    expect((await list(randomUUID(), '', as.customer)).status).toBe(403)
    const res = await list(randomUUID(), '?cursor=nope')
    expect(res.status).toBe(400)
    expect((await readProblem(res)).errors?.map((error) => error.path)).toEqual(['query.cursor'])
  })
})
