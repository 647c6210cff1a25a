import { ProductArchived } from '#proto'
import { eventOrigin, recordEvent } from '#shared/events'
import { defineHttpFunction, problemContent } from '#shared/http'
import { productNotFound } from '../lib/problems.ts'
import { archiveProduct } from '../lib/products.ts'
import { ProductId } from '../lib/schemas.ts'

export default defineHttpFunction({
  name: 'catalog-archive-product',
  auth: 'admin',
  rateLimit: { perMinute: 120 },
  route: {
    method: 'delete',
    path: '/products/{id}',
    summary: 'Archive a product: no longer listed or sold, its history kept',
    tags: ['catalog'],
    request: { params: ProductId },
    responses: {
      204: { description: 'Archived, now or before.' },
      404: problemContent('No product has this id.'),
    },
  },
  handler: async (c) => {
    const { id } = c.req.valid('param')
    await c.get('runtime').sql.begin(async (tx) => {
      const outcome = await archiveProduct(tx, id)
      if (outcome === undefined) throw productNotFound()
      // Archiving twice is one archiving: one event.
      if (outcome === 'archived') {
        await recordEvent(tx, ProductArchived, {
          key: id,
          payload: { productId: id },
          origin: eventOrigin(c),
        })
      }
    })
    return c.body(null, 204)
  },
})
