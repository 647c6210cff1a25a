import { z } from '#shared/http'

/** Whole units; the table holds at most a billion of one product. */
export const Quantity = z.number().int().min(0).max(1_000_000_000)

export const StockLevel = z
  .object({
    productId: z.uuid(),
    onHand: z.number().int(),
    reserved: z.number().int(),
    available: z.number().int().openapi({ description: 'On hand less reserved.' }),
    lowStockThreshold: z.number().int(),
  })
  .openapi('StockLevel')
export type StockLevel = z.infer<typeof StockLevel>

export const Adjustment = z
  .object({
    id: z.uuid(),
    delta: z.number().int(),
    reason: z.string(),
    onHandAfter: z.number().int(),
    by: z.uuid().nullable().openapi({ description: 'The admin who made the change.' }),
    createdAt: z.iso.datetime(),
  })
  .openapi('Adjustment')
export type Adjustment = z.infer<typeof Adjustment>

export const ProductIdParam = z.strictObject({ productId: z.uuid() })
