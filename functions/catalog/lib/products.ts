import { ProductCreated } from '#proto'
import type { Sql, SqlFragment, TransactionSql } from '#shared/db'
import { type EventOrigin, recordEvent } from '#shared/events'
import {
  afterKeyset,
  type KeysetOrder,
  type KeysetPosition,
  keysetColumn,
  keysetOrderBy,
  newestFirst,
  type Page,
  requireCursorOf,
  toKeysetPage,
} from '#shared/http'
import { categoryExists } from './categories.ts'
import { unknownCategory } from './problems.ts'
import type { Money, Product } from './schemas.ts'

interface ProductRow {
  id: string
  sku: string
  name: string
  description: string
  // bigint comes back as text from postgres.js: no amount is ever a float on the way.
  priceAmount: string
  priceCurrency: string
  categoryId: string
  images: string[]
  available: number
  createdAt: Date
  updatedAt: Date
}

function toProduct(row: ProductRow): Product {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    description: row.description,
    price: { amount: Number(row.priceAmount), currency: row.priceCurrency },
    categoryId: row.categoryId,
    images: row.images,
    availability: { inStock: row.available > 0, available: row.available },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

/** The columns of a Product, its availability from the read model (none yet: nothing). */
const productColumns = (sql: Sql | TransactionSql) => sql`
  p.id, p.sku, p.name, p.description, p.price_amount, p.price_currency, p.category_id,
  p.images, p.created_at, p.updated_at, coalesce(a.available, 0) as available`

const listed = (sql: Sql | TransactionSql) => sql`
  catalog.products p left join catalog.availability a on a.product_id = p.id`

export interface NewProduct {
  sku: string
  name: string
  description: string
  price: Money
  categoryId: string
  images: string[]
}

/** Inserts a product; undefined when the sku is taken (the unique index decides). */
export async function insertProduct(
  tx: TransactionSql,
  product: NewProduct,
): Promise<Product | undefined> {
  const [row] = await tx<{ id: string }[]>`
    insert into catalog.products
      (sku, name, description, price_amount, price_currency, category_id, images)
    values (${product.sku}, ${product.name}, ${product.description}, ${product.price.amount},
            ${product.price.currency}, ${product.categoryId}, ${product.images})
    on conflict (sku) do nothing
    returning id`
  return row && findListedProduct(tx, row.id)
}

type Changeable = Omit<NewProduct, 'sku'>
/**
 * Adds a product with its ProductCreated, in the caller's transaction: what POST /products and
 * the admin runner's seed both do. Undefined when the sku is taken.
 */
export async function addProduct(
  tx: TransactionSql,
  product: NewProduct,
  origin: EventOrigin,
): Promise<Product | undefined> {
  if (!(await categoryExists(tx, product.categoryId))) throw unknownCategory('json.categoryId')
  const created = await insertProduct(tx, product)
  if (!created) return undefined
  await recordEvent(tx, ProductCreated, {
    key: created.id,
    payload: productFacts(created),
    origin,
  })
  return created
}

export type ProductChanges = { [Field in keyof Changeable]?: Changeable[Field] | undefined }

/** Applies the given changes to a listed product; undefined when none is listed by that id. */
export async function updateProduct(
  tx: TransactionSql,
  productId: string,
  changes: ProductChanges,
): Promise<Product | undefined> {
  const columns = {
    ...(changes.name === undefined ? {} : { name: changes.name }),
    ...(changes.description === undefined ? {} : { description: changes.description }),
    ...(changes.price === undefined
      ? {}
      : { price_amount: changes.price.amount, price_currency: changes.price.currency }),
    ...(changes.categoryId === undefined ? {} : { category_id: changes.categoryId }),
    ...(changes.images === undefined ? {} : { images: changes.images }),
  }
  const [row] = await tx<{ id: string }[]>`
    update catalog.products set ${tx(columns)}, updated_at = now()
    where id = ${productId} and archived_at is null
    returning id`
  return row && findListedProduct(tx, row.id)
}

/** Archives a product: 'archived' now, 'already' if it was, undefined if there is none. */
export async function archiveProduct(
  tx: TransactionSql,
  productId: string,
): Promise<'archived' | 'already' | undefined> {
  const [row] = await tx<{ wasArchived: boolean }[]>`
    with target as (
      select id, archived_at is not null as was_archived
      from catalog.products where id = ${productId} for update
    )
    update catalog.products p set archived_at = coalesce(p.archived_at, now())
    from target where p.id = target.id
    returning target.was_archived`
  if (!row) return undefined
  return row.wasArchived ? 'already' : 'archived'
}

export async function productIdBySku(sql: Sql, sku: string): Promise<string | undefined> {
  const [row] = await sql<{ id: string }[]>`select id from catalog.products where sku = ${sku}`
  return row?.id
}

export async function findListedProduct(
  sql: Sql | TransactionSql,
  productId: string,
): Promise<Product | undefined> {
  const [row] = await sql<ProductRow[]>`
    select ${productColumns(sql)} from ${listed(sql)}
    where p.id = ${productId} and p.archived_at is null`
  return row && toProduct(row)
}

/** What a ProductCreated or ProductUpdated says: the whole product, availability aside. */
export function productFacts(product: Product) {
  return {
    product: {
      productId: product.id,
      sku: product.sku,
      name: product.name,
      description: product.description,
      priceAmount: product.price.amount,
      priceCurrency: product.price.currency,
      categoryId: product.categoryId,
      images: product.images,
    },
  }
}

export const PRODUCT_SORTS = ['relevance', 'price', '-price', 'name', '-createdAt'] as const
export type ProductSort = (typeof PRODUCT_SORTS)[number]

export interface ProductSearch {
  q?: string | undefined
  category?: string | undefined
  minPrice?: number | undefined
  maxPrice?: number | undefined
  inStock?: boolean | undefined
  sort: ProductSort
  limit: number
  cursor?: KeysetPosition | undefined
}

// A lexeme in a tsquery's text: quoted, with quotes inside doubled.
const LEXEME = "'(?:[^']|'')*'"

/**
 * The tsquery of a search box: web-search syntax ("quoted phrases", or, -not), stemmed as
 * English, every lexeme then made a prefix (`'ric':*`) so that results come while typing. The
 * text of websearch_to_tsquery is already normalized, so the cast does not stem it again.
 */
const searchQuery = (sql: Sql, q: string) =>
  sql`regexp_replace(websearch_to_tsquery('english', ${q})::text, ${LEXEME}, '\\&:*', 'g')::tsquery`

const wholeNumber = (text: string) => /^\d{1,19}$/.test(text)

function productOrder(sql: Sql, sort: ProductSort, query: SqlFragment | undefined): KeysetOrder {
  switch (sort) {
    case 'relevance': {
      // ts_rank depends on the row and the query only, never on the other rows, so a page's
      // position holds when products are added. It is a real: its text reads back exactly.
      const rank = sql`ts_rank(search, ${query ?? sql`''::tsquery`})`
      return {
        sort,
        direction: 'desc',
        key: rank,
        keyText: sql`${rank}::text`,
        keyFromText: (text) => sql`${text}::real`,
        isKey: (text) => /^\d+(?:\.\d+)?(?:e-?\d+)?$/.test(text),
      }
    }
    case 'price':
    case '-price':
      return {
        sort,
        direction: sort === 'price' ? 'asc' : 'desc',
        key: sql`price_amount`,
        keyText: sql`price_amount::text`,
        keyFromText: (text) => sql`${text}::bigint`,
        isKey: wholeNumber,
      }
    case 'name':
      return {
        sort,
        direction: 'asc',
        key: sql`p.name`,
        keyText: sql`p.name`,
        keyFromText: (text) => sql`${text}::text`,
        isKey: () => true,
      }
    case '-createdAt':
      return newestFirst(sql, sort)
  }
}

/** Listed products matching the search, a page at a time in the asked order. */
export async function searchProducts(sql: Sql, search: ProductSearch): Promise<Page<Product>> {
  const query = search.q === undefined ? undefined : searchQuery(sql, search.q)
  const order = productOrder(sql, search.sort, query)
  requireCursorOf(order, search.cursor)
  const conditions = [
    sql`p.archived_at is null`,
    query ? sql`search @@ ${query}` : undefined,
    search.category === undefined
      ? undefined
      : sql`p.category_id in (
          with recursive tree as (
            select id from catalog.categories where slug = ${search.category}
            union all
            select c.id from catalog.categories c join tree on c.parent_id = tree.id
          )
          select id from tree)`,
    search.minPrice === undefined ? undefined : sql`price_amount >= ${search.minPrice}`,
    search.maxPrice === undefined ? undefined : sql`price_amount <= ${search.maxPrice}`,
    search.inStock === undefined
      ? undefined
      : sql`(coalesce(a.available, 0) > 0) = ${search.inStock}`,
    afterKeyset(sql, order, search.cursor, sql`p.id`),
  ].filter((condition) => condition !== undefined)
  const where = conditions.reduce((all, condition) => sql`${all} and ${condition}`)
  const rows = await sql<(ProductRow & { sortKey: string })[]>`
    select ${productColumns(sql)}, ${keysetColumn(sql, order)}
    from ${listed(sql)}
    where ${where}
    ${keysetOrderBy(sql, order, sql`p.id`)}
    limit ${search.limit + 1}`
  return toKeysetPage(rows, search.limit, order, ({ sortKey: _sortKey, ...row }) => toProduct(row))
}
