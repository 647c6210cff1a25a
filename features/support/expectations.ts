/**
 * What a client expects the mart's answers to look like, written from the outside: the steps
 * check the API against these, not against the functions' own schemas.
 */
import assert from 'node:assert/strict'
import { z } from 'zod'
import type { Answer } from './world.ts'

export const Account = z.strictObject({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['customer', 'admin']),
  createdAt: z.iso.datetime(),
})
export type Account = z.infer<typeof Account>

export const Tokens = z.strictObject({
  accessToken: z.string().regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'is not a compact JWT'),
  refreshToken: z.string().min(32),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int().positive(),
})
export type Tokens = z.infer<typeof Tokens>

/** One page of a listing: its items, and the cursor of the next page (none on the last). */
function pageOf<Item extends z.ZodType>(item: Item) {
  return z.strictObject({ items: z.array(item), nextCursor: z.string().min(1).nullable() })
}

export const AccountPage = pageOf(Account)

export const Notification = z.strictObject({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
})

export const NotificationPage = pageOf(Notification)

export const Category = z.strictObject({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  parentId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
})

interface CategoryNode {
  id: string
  name: string
  slug: string
  children: CategoryNode[]
}
const CategoryNode: z.ZodType<CategoryNode> = z.strictObject({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  get children() {
    return z.array(CategoryNode)
  },
})
export const CategoryTree = z.strictObject({ items: z.array(CategoryNode) })

/** Money as a client reads it: whole minor units and an ISO 4217 code. */
const Money = z.strictObject({
  amount: z.number().int().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
})

export const Product = z.strictObject({
  id: z.uuid(),
  sku: z.string(),
  name: z.string(),
  description: z.string(),
  price: Money,
  categoryId: z.uuid(),
  images: z.array(z.string()),
  availability: z.strictObject({ inStock: z.boolean(), available: z.number().int() }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type Product = z.infer<typeof Product>

export const ProductPage = pageOf(Product)

export const StockLevel = z.strictObject({
  productId: z.uuid(),
  onHand: z.number().int().nonnegative(),
  reserved: z.number().int().nonnegative(),
  available: z.number().int(),
  lowStockThreshold: z.number().int().nonnegative(),
})

export const AdjustmentPage = pageOf(
  z.strictObject({
    id: z.uuid(),
    delta: z.number().int(),
    reason: z.string(),
    onHandAfter: z.number().int(),
    by: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  }),
)

/** RFC 9457, and nothing else: no stack, no internal message may ride along. */
export const Problem = z.strictObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
})
export type Problem = z.infer<typeof Problem>

export const PROBLEM_TYPE_PREFIX = 'urn:imtiaz-mart:problem:'

/** The answer's body read as `schema`, failing the step with the body when it is not. */
export function bodyOf<T>(answer: Answer, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(answer.json)
  if (parsed.success) return parsed.data
  assert.fail(
    `unexpected ${answer.status} answer (${answer.headers.get('content-type')}): ${answer.text}\n` +
      z.prettifyError(parsed.error),
  )
}

export function expectStatus(answer: Answer, status: number): void {
  assert.equal(answer.status, status, `expected ${status}, got ${answer.status}: ${answer.text}`)
}

export function problemOf(answer: Answer): Problem {
  assert.equal(
    answer.headers.get('content-type'),
    'application/problem+json',
    `expected a problem document, got: ${answer.text}`,
  )
  return bodyOf(answer, Problem)
}
