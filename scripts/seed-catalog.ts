/**
 * The demo catalog of `npm run admin -- seed` and of the load scenarios: a category tree and
 * products with names and descriptions worth searching, prices and stock. Made from the
 * product's number alone, so a second run plans the very same catalog and finds it there.
 * `seedCatalog` adds it through the domains' own code, as the API would.
 */
import { randomUUID } from 'node:crypto'
import type { Sql } from '#shared/db'
import { categoryIdBySlug, insertCategory } from '../functions/catalog/lib/categories.ts'
import { addProduct, productIdBySku } from '../functions/catalog/lib/products.ts'
import { changeStock, stockUntouched } from '../functions/inventory/lib/stock.ts'

export interface SeedCategory {
  name: string
  slug: string
  parentSlug: string | null
}

export interface SeedProduct {
  sku: string
  name: string
  description: string
  /** Minor units of PKR. */
  amount: number
  categorySlug: string
  onHand: number
  lowStockThreshold: number
}

interface Shelf {
  category: SeedCategory
  items: string[]
  sizes: string[]
  /** Price of the smallest size in whole rupees. */
  basePrice: number
  notes: string[]
}

const top = (name: string, slug: string): SeedCategory => ({ name, slug, parentSlug: null })
const under = (parentSlug: string, name: string, slug: string): SeedCategory => ({
  name,
  slug,
  parentSlug,
})

/** The top-level categories, then their sub-categories: parents always come first. */
const ROOTS = [
  top('Grocery', 'grocery'),
  top('Household', 'household'),
  top('Personal care', 'personal-care'),
]

const SHELVES: Shelf[] = [
  {
    category: under('grocery', 'Rice', 'rice'),
    items: ['Basmati rice', 'Sella rice', 'Brown rice', 'Kainat rice', 'Broken rice'],
    sizes: ['1 kg', '5 kg', '10 kg'],
    basePrice: 420,
    notes: ['long grains that stay apart', 'aged for a fuller aroma', 'for biryani and pulao'],
  },
  {
    category: under('grocery', 'Flour and lentils', 'flour-and-lentils'),
    items: ['Chakki atta', 'Maida', 'Besan', 'Masoor dal', 'Chana dal', 'Moong dal'],
    sizes: ['1 kg', '2 kg', '5 kg'],
    basePrice: 180,
    notes: ['stone-ground', 'cleaned and sorted by hand', 'cooks soft in minutes'],
  },
  {
    category: under('grocery', 'Spices', 'spices'),
    items: ['Red chilli powder', 'Turmeric', 'Garam masala', 'Cumin seeds', 'Biryani masala'],
    sizes: ['50 g', '100 g', '200 g'],
    basePrice: 90,
    notes: ['freshly ground', 'from Kasur and Sindh farms', 'no colours added'],
  },
  {
    category: under('grocery', 'Tea and drinks', 'tea-and-drinks'),
    items: ['Black tea', 'Green tea', 'Kashmiri chai', 'Mango juice', 'Rooh Afza syrup'],
    sizes: ['250 g', '475 g', '950 g'],
    basePrice: 350,
    notes: ['strong and bright in the cup', 'for doodh patti', 'served chilled in summer'],
  },
  {
    category: under('household', 'Cleaning', 'cleaning'),
    items: ['Dishwashing liquid', 'Floor cleaner', 'Laundry powder', 'Glass cleaner'],
    sizes: ['500 ml', '1 litre', '2 litres'],
    basePrice: 260,
    notes: ['cuts through grease', 'fresh lemon scent', 'gentle on hands'],
  },
  {
    category: under('personal-care', 'Soap and shampoo', 'soap-and-shampoo'),
    items: ['Herbal shampoo', 'Neem soap', 'Glycerine soap', 'Hair oil'],
    sizes: ['100 g', '200 ml', '400 ml'],
    basePrice: 150,
    notes: ['with amla and reetha', 'for dry skin', 'for every day'],
  },
]

const BRANDS = ['Imtiaz Select', 'Sunridge', 'Mehran', 'Shan', 'National', 'Falak', 'Guard']

/** The first `count` categories of the demo tree (at least the roots, so every shelf has one). */
export function seedCategories(count: number): SeedCategory[] {
  const all = [...ROOTS, ...SHELVES.map((shelf) => shelf.category)]
  return all.slice(0, Math.max(count, ROOTS.length))
}

export const MAX_SEED_CATEGORIES = ROOTS.length + SHELVES.length

/** Product number `n` (0-based) on one of the shelves among `categories`. */
export function seedProduct(n: number, categories: SeedCategory[]): SeedProduct {
  const slugs = new Set(categories.map((category) => category.slug))
  const shelves = SHELVES.filter((shelf) => slugs.has(shelf.category.slug))
  const pick = <T>(list: T[], salt: number): T => {
    const item = list[(n * 7 + salt) % list.length]
    if (item === undefined) throw new Error('an empty list to pick from')
    return item
  }
  const shelf = shelves.length > 0 ? pick(shelves, 0) : undefined
  const root = pick(categories, 0)
  const item = shelf ? pick(shelf.items, Math.floor(n / 7)) : 'Gift box'
  const sizeIndex = Math.floor(n / 3) % 3
  const size = shelf ? (shelf.sizes[sizeIndex] ?? '') : 'large'
  const brand = pick(BRANDS, Math.floor(n / 11))
  const note = shelf ? pick(shelf.notes, n) : 'a little of everything'
  const rupees = (shelf?.basePrice ?? 1000) * (1 + sizeIndex * 2) + (n % 10) * 5
  return {
    sku: `SEED-${String(n + 1).padStart(6, '0')}`,
    name: `${brand} ${item} ${size}`,
    description: `${item} by ${brand}, ${size}: ${note}.`,
    amount: rupees * 100,
    categorySlug: shelf ? shelf.category.slug : root.slug,
    // About one in eight sold out, so `inStock` has something to filter.
    onHand: n % 8 === 0 ? 0 : 5 + ((n * 13) % 120),
    lowStockThreshold: 5,
  }
}

/** The categories and products a seed of `products` products over `categories` plans. */
export function seedPlan(products: number, categories: number) {
  const planned = seedCategories(categories)
  return {
    categories: planned,
    products: Array.from({ length: products }, (_, n) => seedProduct(n, planned)),
  }
}

export type SeedPlan = ReturnType<typeof seedPlan>

/** The events of a seed, as if an admin had made each change through the API. */
const seedOrigin = (domain: string, correlationId: string) => ({
  domain,
  source: 'admin-seed',
  correlationId,
})

/** A seed category's id: added now, or found by its slug from an earlier run. */
async function seedCategory(sql: Sql, category: SeedCategory, ids: Map<string, string>) {
  const parentId = category.parentSlug === null ? null : (ids.get(category.parentSlug) ?? null)
  const result = await sql.begin((tx) => insertCategory(tx, { ...category, parentId }))
  if ('inserted' in result) return { id: result.inserted.id, added: true }
  const id = await categoryIdBySlug(sql, category.slug)
  if (!id) throw new Error(`the category ${category.slug} was refused: ${result.refused}`)
  return { id, added: false }
}

/**
 * A seed product through the catalog's code (ProductCreated) and its stock through the
 * inventory's (StockLevelChanged), each domain in its own transaction. A product an earlier run
 * added is kept; its stock is set only if nobody has set it yet.
 */
async function seedOneProduct(sql: Sql, product: SeedProduct, categoryId: string, run: string) {
  const created = await sql.begin((tx) =>
    addProduct(
      tx,
      {
        sku: product.sku,
        name: product.name,
        description: product.description,
        price: { amount: product.amount, currency: 'PKR' },
        categoryId,
        images: [],
      },
      seedOrigin('catalog', run),
    ),
  )
  const productId = created?.id ?? (await productIdBySku(sql, product.sku))
  if (!productId) throw new Error(`the product ${product.sku} is neither new nor there`)
  if (await stockUntouched(sql, productId)) {
    const { onHand, lowStockThreshold } = product
    const stock = { kind: 'set', onHand, lowStockThreshold } as const
    await sql.begin((tx) => changeStock(tx, productId, stock, null, seedOrigin('inventory', run)))
  }
  return created !== undefined
}

/** Adds what of `plan` is not there yet; `onProduct` is told after each product. */
export async function seedCatalog(sql: Sql, plan: SeedPlan, onProduct: () => void = () => {}) {
  const run = `seed-${randomUUID()}`
  const ids = new Map<string, string>()
  let newCategories = 0
  for (const category of plan.categories) {
    const { id, added } = await seedCategory(sql, category, ids)
    ids.set(category.slug, id)
    if (added) newCategories += 1
  }
  let newProducts = 0
  for (const product of plan.products) {
    const categoryId = ids.get(product.categorySlug)
    if (!categoryId) throw new Error(`no category ${product.categorySlug} was seeded`)
    if (await seedOneProduct(sql, product, categoryId, run)) newProducts += 1
    onProduct()
  }
  return { newCategories, newProducts }
}
