/**
 * Test support for the catalog domain: categories and products written straight through the
 * domain’s queries, so a test that needs some does not go through another function. Imported
 * by tests only.
 */
import { randomUUID } from 'node:crypto'
import type { Sql } from '#shared/db'
import { insertCategory } from './categories.ts'
import { insertProduct, type NewProduct } from './products.ts'
import type { Category, Product } from './schemas.ts'

export async function createCategory(
  sql: Sql,
  options: { name?: string; slug?: string; parentId?: string | null } = {},
): Promise<Category> {
  const slug = options.slug ?? `category-${randomUUID().slice(0, 8)}`
  const result = await sql.begin((tx) =>
    insertCategory(tx, { name: options.name ?? slug, slug, parentId: options.parentId ?? null }),
  )
  if (!('inserted' in result)) throw new Error(`no category ${slug}: ${result.refused}`)
  return result.inserted
}

export async function createProduct(
  sql: Sql,
  product: Partial<NewProduct> & { categoryId: string },
): Promise<Product> {
  const sku = product.sku ?? `SKU-${randomUUID()}`
  const created = await sql.begin((tx) =>
    insertProduct(tx, {
      sku,
      name: product.name ?? 'Test product',
      description: product.description ?? 'A product made by a test.',
      price: product.price ?? { amount: 10_000, currency: 'PKR' },
      images: product.images ?? [],
      categoryId: product.categoryId,
    }),
  )
  if (!created) throw new Error(`the sku ${sku} is taken`)
  return created
}

/** The events a domain's outbox holds for a key, oldest first, by type. */
export async function outboxTypes(sql: Sql, key: string): Promise<string[]> {
  const rows = await sql<{ eventType: string }[]>`
    select event_type from catalog.outbox where event_key = ${key} order by id`
  return rows.map((row) => row.eventType)
}
