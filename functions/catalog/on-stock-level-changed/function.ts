import { StockLevelChanged } from '#proto'
import { defineEventFunction } from '#shared/events'
import { Problem, z } from '#shared/http'
import { recordAvailability } from '../lib/availability.ts'

const Level = z.object({
  productId: z.uuid(),
  available: z.number().int(),
  version: z.number().int().min(1),
})

export default defineEventFunction({
  name: 'catalog-on-stock-level-changed',
  events: [StockLevelChanged],
  async handle(event, { tx }) {
    const level = Level.safeParse(event.payload)
    if (!level.success) {
      throw new Problem(422, 'invalid-event', 'a StockLevelChanged needs a product and a version')
    }
    await recordAvailability(tx, level.data)
  },
})
