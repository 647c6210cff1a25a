import { describe, expect, it } from 'vitest'
import { runAdmin } from '#shared/platform/testing'
import { useTestDatabase } from '#shared/testing'

const database = useTestDatabase()
const admin = (args: string[]) => runAdmin(args, { DATABASE_URL: database().url })

async function counts() {
  const [row] = await database().sql<
    { categories: number; products: number; stocked: number; created: number; levels: number }[]
  >`
    select (select count(*)::int from catalog.categories) as categories,
           (select count(*)::int from catalog.products) as products,
           (select count(*)::int from inventory.stock where version > 0) as stocked,
           (select count(*)::int from catalog.outbox
              where event_type = 'mart.catalog.v1.ProductCreated') as created,
           (select count(*)::int from inventory.outbox
              where event_type = 'mart.inventory.v1.StockLevelChanged') as levels`
  return row
}

describe('npm run admin -- seed', () => {
  it('with --dry-run, says what it would add and adds nothing', async () => {
    const run = await admin(['seed', '--products', '12', '--categories', '5', '--dry-run'])
    expect(run.exitCode, run.stderr).toBe(0)
    expect(run.stdout).toContain('would add 5 categories')
    expect(run.stdout).toContain('grocery/rice')
    expect(run.stdout).toMatch(/SEED-000001 .+, PKR \d+\.\d\d, \d+ on hand/)
    expect(run.stdout).toContain('dry run: nothing changed')
    expect(await counts()).toEqual({
      categories: 0,
      products: 0,
      stocked: 0,
      created: 0,
      levels: 0,
    })
  })

  it('adds a searchable catalog with stock and its events, and nothing more when run again', async () => {
    const first = await admin(['seed', '--products', '40', '--categories', '6'])
    expect(first.exitCode, first.stderr).toBe(0)
    expect(first.stdout).toContain('seeded 6 new of 6 categories, 40 new of 40 products')
    const seeded = { categories: 6, products: 40, stocked: 40, created: 40, levels: 40 }
    expect(await counts()).toEqual(seeded)

    const again = await admin(['seed', '--products', '40', '--categories', '6'])
    expect(again.exitCode, again.stderr).toBe(0)
    expect(again.stdout).toContain('seeded 0 new of 6 categories, 0 new of 40 products')
    expect(await counts()).toEqual(seeded)

    const [rice] = await database().sql<{ count: number }[]>`
      select count(*)::int from catalog.products
      where search @@ websearch_to_tsquery('english', 'basmati rice')`
    expect(rice?.count).toBeGreaterThan(0)
    const [priced] = await database().sql<{ cheapest: string }[]>`
      select min(price_amount)::text as cheapest from catalog.products`
    expect(Number(priced?.cheapest) % 100).toBe(0)
  })

  it('refuses a product count that is no whole number', async () => {
    const run = await admin(['seed', '--products', 'many'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('--products')
  })
})
