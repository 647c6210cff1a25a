import { eventOrigin } from '#shared/events'
import { defineHttpFunction, jsonBody, jsonContent, problemContent, z } from '#shared/http'
import { ProductIdParam, Quantity, StockLevel } from '../lib/schemas.ts'
import { applyStockChange } from '../lib/stock.ts'

const SetStockBody = z.strictObject({ onHand: Quantity, lowStockThreshold: Quantity })

export default defineHttpFunction({
  name: 'inventory-set-stock',
  auth: 'admin',
  rateLimit: { perMinute: 300 },
  route: {
    method: 'put',
    path: '/inventory/{productId}',
    summary: 'Set a product’s on-hand count and low-stock threshold (before its product, too)',
    tags: ['inventory'],
    request: { params: ProductIdParam, body: jsonBody(SetStockBody) },
    responses: {
      200: jsonContent(StockLevel, 'The stock level now.'),
      409: problemContent('On hand would be below what is reserved.'),
    },
  },
  handler: async (c) => {
    const { productId } = c.req.valid('param')
    const body = c.req.valid('json')
    const level = await applyStockChange(
      c.get('runtime').sql,
      productId,
      { kind: 'set', ...body },
      c.get('principal').userId,
      eventOrigin(c),
    )
    return c.json(level, 200)
  },
})
