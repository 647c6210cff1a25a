import { defineHttpFunction, jsonContent, problemContent } from '#shared/http'
import { noStock } from '../lib/problems.ts'
import { ProductIdParam, StockLevel } from '../lib/schemas.ts'
import { findStock } from '../lib/stock.ts'

export default defineHttpFunction({
  name: 'inventory-get-stock',
  auth: 'admin',
  rateLimit: { perMinute: 600 },
  route: {
    method: 'get',
    path: '/inventory/{productId}',
    summary: 'A product’s stock: on hand, reserved, available and its low-stock threshold',
    tags: ['inventory'],
    request: { params: ProductIdParam },
    responses: {
      200: jsonContent(StockLevel, 'The stock level.'),
      404: problemContent('No stock is kept for this product.'),
    },
  },
  handler: async (c) => {
    const stock = await findStock(c.get('runtime').sql, c.req.valid('param').productId)
    if (!stock) throw noStock()
    return c.json(stock, 200)
  },
})
