import {
  defineHttpFunction,
  jsonContent,
  KeysetCursor,
  PageLimit,
  pageSchema,
  problemContent,
  z,
} from '#shared/http'
import { noStock } from '../lib/problems.ts'
import { Adjustment, ProductIdParam } from '../lib/schemas.ts'
import { findStock, listAdjustments } from '../lib/stock.ts'

const AdjustmentPage = pageSchema(Adjustment, 'AdjustmentPage')

export default defineHttpFunction({
  name: 'inventory-list-adjustments',
  auth: 'admin',
  rateLimit: { perMinute: 300 },
  route: {
    method: 'get',
    path: '/inventory/{productId}/adjustments',
    summary: 'A product’s stock changes, newest first, a page at a time',
    tags: ['inventory'],
    request: {
      params: ProductIdParam,
      query: z.strictObject({ limit: PageLimit, cursor: KeysetCursor.optional() }),
    },
    responses: {
      200: jsonContent(AdjustmentPage, 'One page of the audit trail.'),
      404: problemContent('No stock is kept for this product.'),
    },
  },
  handler: async (c) => {
    const { productId } = c.req.valid('param')
    const { limit, cursor } = c.req.valid('query')
    const { sql } = c.get('runtime')
    if (!(await findStock(sql, productId))) throw noStock()
    return c.json(await listAdjustments(sql, productId, limit, cursor), 200)
  },
})
