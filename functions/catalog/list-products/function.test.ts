import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from '#shared/http'
import { readProblem, useFunctionTest } from '#shared/testing'
import { recordAvailability } from '../lib/availability.ts'
import { Product } from '../lib/schemas.ts'
import { createCategory, createProduct } from '../lib/testing.ts'
import listProducts from './function.ts'

const ProductPage = z.object({ items: z.array(Product), nextCursor: z.string().nullable() })
type ProductPage = z.infer<typeof ProductPage>

const t = useFunctionTest()
let food: string
let rice: string
let basmati: string
let books: string

beforeAll(async () => {
  food = (await createCategory(t.sql, { slug: 'food' })).id
  rice = (await createCategory(t.sql, { slug: 'rice', parentId: food })).id
  basmati = (await createCategory(t.sql, { slug: 'basmati', parentId: rice })).id
  books = (await createCategory(t.sql, { slug: 'books' })).id
})

function list(query: string, headers: Record<string, string> = {}) {
  return t.app(listProducts).request(`/products?${query}`, { headers })
}

async function page(query: string): Promise<ProductPage> {
  const res = await list(query)
  expect(res.status, await res.clone().text()).toBe(200)
  return ProductPage.parse(await res.json())
}

const names = (found: ProductPage) => found.items.map((item) => item.name)

/** Every page of a query, following nextCursor; `between` runs after each page. */
async function walk(query: string, between: () => Promise<void> = async () => {}) {
  const pages = [await page(query)]
  for (let last = pages[0]; last?.nextCursor; last = pages.at(-1)) {
    await between()
    pages.push(await page(`${query}&cursor=${encodeURIComponent(last.nextCursor)}`))
    if (pages.length > 50) throw new Error('the pages never end')
  }
  return pages.flatMap(names)
}

/** The availability read model as catalog-on-stock-level-changed would leave it. */
async function stock(productId: string, available: number) {
  await t.sql.begin((tx) => recordAvailability(tx, { productId, available, version: 1 }))
}

describe('GET /products search', () => {
  it('ranks a match in the name above a match in the description only', async () => {
    const tag = randomUUID().slice(0, 8)
    await createProduct(t.sql, {
      categoryId: food,
      name: `Kitchen towels ${tag}`,
      description: 'Soak up spilt saffron milk.',
    })
    await createProduct(t.sql, {
      categoryId: food,
      name: `Saffron threads ${tag}`,
      description: 'Hand-picked.',
    })
    expect(names(await page(`q=saffron ${tag}`))).toEqual([
      `Saffron threads ${tag}`,
      `Kitchen towels ${tag}`,
    ])
  })

  it('matches prefixes as one types, stems words, and takes web-search syntax', async () => {
    await createProduct(t.sql, { categoryId: food, name: 'Himalayan pink salt', description: '' })
    await createProduct(t.sql, { categoryId: food, name: 'Iodised table salt', description: '' })
    expect(names(await page('q=himala'))).toEqual(['Himalayan pink salt'])
    expect(names(await page('q=salts&sort=name'))).toEqual([
      'Himalayan pink salt',
      'Iodised table salt',
    ])
    expect(names(await page('q=salt -pink'))).toEqual(['Iodised table salt'])
    expect(names(await page(`q=${encodeURIComponent('"pink salt"')}`))).toEqual([
      'Himalayan pink salt',
    ])
    expect(names(await page('q=himalayan or iodised&sort=name'))).toHaveLength(2)
    expect(names(await page('q=the'))).toEqual([])
  })
})

describe('GET /products filters and sorts', () => {
  let tag: string
  beforeAll(async () => {
    tag = `z${randomUUID().slice(0, 8)}`
    const make = (name: string, amount: number, categoryId: string) =>
      createProduct(t.sql, {
        categoryId,
        name: `${name} ${tag}`,
        description: tag,
        price: { amount, currency: 'PKR' },
      })
    await stock((await make('Basmati', 30_000, basmati)).id, 7)
    await make('Sella', 20_000, rice)
    await stock((await make('Lentils', 10_000, food)).id, 0)
    await stock((await make('Novel', 50_000, books)).id, 2)
  })

  const named = (...words: string[]) => words.map((word) => `${word} ${tag}`)

  it('filters by category, sub-categories included', async () => {
    expect(names(await page(`q=${tag}&category=rice&sort=name`))).toEqual(named('Basmati', 'Sella'))
    expect(names(await page(`q=${tag}&category=food&sort=name`))).toEqual(
      named('Basmati', 'Lentils', 'Sella'),
    )
    expect(names(await page(`q=${tag}&category=nothing-here`))).toEqual([])
  })

  it('filters by price, in minor units, both ends inclusive', async () => {
    expect(names(await page(`q=${tag}&minPrice=20000&maxPrice=30000&sort=price`))).toEqual(
      named('Sella', 'Basmati'),
    )
  })

  it('filters to what is in stock, by the availability read model', async () => {
    const found = await page(`q=${tag}&inStock=true&sort=name`)
    expect(names(found)).toEqual(named('Basmati', 'Novel'))
    expect(found.items[0]?.availability).toEqual({ inStock: true, available: 7 })
  })

  it('sorts by price either way, by name, and newest first', async () => {
    expect(names(await page(`q=${tag}&sort=price`))).toEqual(
      named('Lentils', 'Sella', 'Basmati', 'Novel'),
    )
    expect(names(await page(`q=${tag}&sort=-price`))).toEqual(
      named('Novel', 'Basmati', 'Sella', 'Lentils'),
    )
    expect(names(await page(`q=${tag}&sort=name`))).toEqual(
      named('Basmati', 'Lentils', 'Novel', 'Sella'),
    )
    expect(names(await page(`q=${tag}&sort=-createdAt`))).toEqual(
      named('Novel', 'Lentils', 'Sella', 'Basmati'),
    )
  })

  it('sends an ETag and a short public max-age, and a 304 to a client that has it', async () => {
    const first = await list(`q=${tag}`)
    expect(first.headers.get('cache-control')).toBe('public, max-age=5')
    const again = await list(`q=${tag}`, { 'if-none-match': first.headers.get('etag') ?? '' })
    expect(again.status).toBe(304)
  })
})

describe('GET /products cursor pages', () => {
  it.each(['relevance', 'price', '-price', 'name', '-createdAt'])(
    'pages with sort=%s through every product once, in order, while more are added',
    async (sort) => {
      const tag = `p${randomUUID().slice(0, 8)}`
      const make = (n: number) =>
        createProduct(t.sql, {
          categoryId: food,
          // Ties on purpose: equal prices, names and ranks are ordered by id.
          name: `Item ${n % 3} ${tag}`,
          description: n % 2 === 0 ? `${tag} ${tag}` : 'plain',
          price: { amount: 1000 * (n % 4), currency: 'PKR' },
        })
      for (let n = 0; n < 9; n += 1) await make(n)
      const query = `q=${tag}&sort=${sort}&limit=2`
      const before = names(await page(`q=${tag}&sort=${sort}&limit=100`))
      const ids = async (q: string) => (await page(q)).items.map((item) => item.id)
      const expectedIds = await ids(`q=${tag}&sort=${sort}&limit=100`)

      let added = 0
      const seen: string[] = []
      const pages = [await page(query)]
      for (let last = pages[0]; last?.nextCursor; last = pages.at(-1)) {
        // A product added behind the cursor must not move what comes after it.
        await make(100 + added)
        added += 1
        pages.push(await page(`${query}&cursor=${encodeURIComponent(last.nextCursor)}`))
      }
      for (const one of pages) seen.push(...one.items.map((item) => item.id))
      expect(before).toHaveLength(9)
      const original = seen.filter((id) => expectedIds.includes(id))
      expect(original).toEqual(expectedIds)
      expect(new Set(seen).size).toBe(seen.length)
      expect(await walk(`q=${tag}&sort=${sort}&limit=4`)).toHaveLength(9 + added)
    },
  )

  it('answers 400 to a cursor of another sort', async () => {
    const tag = `c${randomUUID().slice(0, 8)}`
    for (let n = 0; n < 3; n += 1) {
      await createProduct(t.sql, { categoryId: food, name: `${tag} ${n}`, description: '' })
    }
    const first = await page(`q=${tag}&sort=price&limit=1`)
    const res = await list(`q=${tag}&sort=name&cursor=${first.nextCursor}`)
    expect(res.status).toBe(400)
    expect((await readProblem(res)).errors?.map((error) => error.path)).toEqual(['query.cursor'])
  })
})

describe('GET /products bad input', () => {
  const forged = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url')
  it.each([
    [`q=${'a'.repeat(10_000)}`, 'query.q'],
    ['q=', 'query.q'],
    ['minPrice=1.5', 'query.minPrice'],
    ['minPrice=-1', 'query.minPrice'],
    ['maxPrice=ten', 'query.maxPrice'],
    ['minPrice=500&maxPrice=100', 'query.maxPrice'],
    ['inStock=yes', 'query.inStock'],
    ['sort=cheapest', 'query.sort'],
    ['sort=relevance', 'query.sort'],
    ['category=Not%20A%20Slug', 'query.category'],
    ['limit=0', 'query.limit'],
    ['limit=101', 'query.limit'],
    ['cursor=not-a-cursor', 'query.cursor'],
    [`sort=price&cursor=${forged(['price', 'cheap', randomUUID()])}`, 'query.cursor'],
    [
      `cursor=${forged(['-createdAt', '2024-02-30T00:00:00.000000Z', randomUUID()])}`,
      'query.cursor',
    ],
    ['colour=red', 'query'],
  ])('answers 400 to ?%s', async (query, path) => {
    const res = await list(query)
    expect(res.status).toBe(400)
    const problem = await readProblem(res)
    expect(problem.type).toBe('urn:imtiaz-mart:problem:invalid-request')
    expect(problem.errors?.map((error) => error.path)).toContain(path)
  })
})
