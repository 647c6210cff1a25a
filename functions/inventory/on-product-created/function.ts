import { ProductCreated } from '#proto'
import { defineEventFunction } from '#shared/events'
import { Problem, z } from '#shared/http'
import { ensureStock } from '../lib/stock.ts'

const NewProduct = z.object({ product: z.object({ productId: z.uuid() }) })

export default defineEventFunction({
  name: 'inventory-on-product-created',
  events: [ProductCreated],
  async handle(event, { tx }) {
    const created = NewProduct.safeParse(event.payload)
    if (!created.success) {
      throw new Problem(422, 'invalid-event', 'a ProductCreated needs a product id')
    }
    // Stock at 0 to start with; a PUT that came first has made the row already, and wins.
    await ensureStock(tx, created.data.product.productId)
  },
})
