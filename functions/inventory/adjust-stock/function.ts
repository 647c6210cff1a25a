import { eventOrigin } from '#shared/events'
import { defineHttpFunction, jsonBody, jsonContent, problemContent, z } from '#shared/http'
import { ProductIdParam, StockLevel } from '../lib/schemas.ts'
import { applyStockChange } from '../lib/stock.ts'

const AdjustStockBody = z.strictObject({
  delta: z
    .number()
    .int()
    .min(-1_000_000_000)
    .max(1_000_000_000)
    .refine((delta) => delta !== 0, 'must change something')
    .openapi({ description: 'Units added (positive) or taken away (negative).', example: -2 }),
  reason: z.string().trim().min(1).max(200).openapi({ example: 'damaged in storage' }),
})

export default defineHttpFunction({
  name: 'inventory-adjust-stock',
  auth: 'admin',
  rateLimit: { perMinute: 600 },
  route: {
    method: 'post',
    path: '/inventory/{productId}/adjustments',
    summary: 'Add or take away stock, with a reason kept in the audit trail',
    tags: ['inventory'],
    request: { params: ProductIdParam, body: jsonBody(AdjustStockBody) },
    responses: {
      201: jsonContent(StockLevel, 'The stock level after the change.'),
      404: problemContent('No stock is kept for this product.'),
      409: problemContent('On hand would go below zero (or what is reserved).'),
    },
  },
  handler: async (c) => {
    const { productId } = c.req.valid('param')
    const { delta, reason } = c.req.valid('json')
    const level = await applyStockChange(
      c.get('runtime').sql,
      productId,
      { kind: 'adjust', delta, reason },
      c.get('principal').userId,
      eventOrigin(c),
    )
    return c.json(level, 201)
  },
})
