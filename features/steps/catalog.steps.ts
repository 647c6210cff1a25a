/** The catalog and its stock: categories, products, searches, and availability over time. */
import assert from 'node:assert/strict'
import { type DataTable, Given, Then, When } from '@cucumber/cucumber'
import type { operations } from '@imtiaz-mart/client'
import { z } from 'zod'
import { eventually } from '#shared/testing'
import {
  AdjustmentPage,
  bodyOf,
  Category,
  CategoryTree,
  expectStatus,
  Product,
  ProductPage,
  StockLevel,
} from '../support/expectations.ts'
import type { MartWorld } from '../support/world.ts'

/** What a scenario has added, by slug and by product name, to find their ids again. */
const added = new WeakMap<
  MartWorld,
  { categories: Map<string, string>; products: Map<string, string> }
>()

function addedBy(world: MartWorld) {
  let known = added.get(world)
  if (!known) {
    known = { categories: new Map(), products: new Map() }
    added.set(world, known)
  }
  return known
}

function categoryId(world: MartWorld, slug: string): string {
  const id = addedBy(world).categories.get(slug)
  assert.ok(id, `no category ${slug} has been added`)
  return id
}

function productId(world: MartWorld, name: string): string {
  const id = addedBy(world).products.get(name)
  assert.ok(id, `no product ${name} has been added`)
  return id
}

/** A visitor asks for a product's page; `headers` as a browser adds them (If-None-Match). */
function productOf(world: MartWorld, name: string, headers: Record<string, string> = {}) {
  return world.visitor.GET('/products/{id}', {
    params: { path: { id: productId(world, name) } },
    headers,
  })
}

Given<MartWorld>(
  '{actor} has added these categories:',
  async function (admin: string, table: DataTable) {
    for (const { name, slug, parent } of table.hashes()) {
      assert.ok(name && slug, 'each category needs a name and a slug')
      const parentId = parent ? categoryId(this, parent) : null
      const answer = await this.send(
        this.as(admin).POST('/categories', { body: { name, slug, parentId } }),
      )
      expectStatus(answer, 201)
      addedBy(this).categories.set(slug, bodyOf(answer, Category).id)
    }
  },
)

async function addProduct(
  world: MartWorld,
  admin: string,
  product: { sku: string; name: string; description: string; amount: number; category: string },
) {
  const answer = await world.send(
    world.as(admin).POST('/products', {
      body: {
        sku: product.sku,
        name: product.name,
        description: product.description,
        price: { amount: product.amount, currency: 'PKR' },
        categoryId: categoryId(world, product.category),
      },
    }),
  )
  if (answer.status === 201) addedBy(world).products.set(product.name, bodyOf(answer, Product).id)
  return answer
}

Given<MartWorld>(
  '{actor} has added these products:',
  async function (admin: string, table: DataTable) {
    for (const { sku, name, description, price, category } of table.hashes()) {
      assert.ok(sku && name && description && price && category, 'a product needs every column')
      const answer = await addProduct(this, admin, {
        sku,
        name,
        description,
        amount: Number(price),
        category,
      })
      expectStatus(answer, 201)
    }
  },
)

When<MartWorld>(
  '{actor} adds the product {string} named {string} at {int} PKR in {string}',
  async function (admin: string, sku: string, name: string, amount: number, category: string) {
    await addProduct(this, admin, { sku, name, description: `${name}.`, amount, category })
  },
)

When<MartWorld>('a visitor looks at the category tree', async function () {
  await this.send(this.visitor.GET('/categories'))
})

Then<MartWorld>(
  'the tree shows {string} and {string} under {string}, and {string} on its own',
  function (first: string, second: string, parent: string, alone: string) {
    const tree = bodyOf(this.answer, CategoryTree).items
    assert.deepEqual(
      tree.map((root) => root.slug),
      [alone, parent],
    )
    const under = tree.find((root) => root.slug === parent)?.children.map((child) => child.slug)
    assert.deepEqual(under, [first, second])
  },
)

type ProductQuery = NonNullable<operations['catalogListProducts']['parameters']['query']>

/**
 * A feature names an order in the API's own words ("price", "-createdAt"), taken here on trust:
 * a word the API lacks goes out as written and comes back a 400, which fails the step.
 */
function orderOf(sort: string) {
  return sort as NonNullable<ProductQuery['sort']>
}

async function listProducts(world: MartWorld, query: ProductQuery) {
  return world.send(world.visitor.GET('/products', { params: { query } }))
}

When<MartWorld>('a visitor searches the catalog for {string}', async function (q: string) {
  await listProducts(this, { q })
})

When<MartWorld>(
  'a visitor browses the category {string} sorted by {string}',
  async function (category: string, sort: string) {
    await listProducts(this, { category, sort: orderOf(sort) })
  },
)

const QuotedList = z.string().transform((text) => [...text.matchAll(/"([^"]*)"/g)].map((m) => m[1]))

Then<MartWorld>('the visitor finds, in this order: {}', function (list: string) {
  const page = bodyOf(this.answer, ProductPage)
  assert.deepEqual(
    page.items.map((item) => item.name),
    QuotedList.parse(list),
  )
})

When<MartWorld>(
  'a visitor browses every product sorted by {string}, {int} at a time',
  async function (sort: string, limit: number) {
    this.series = []
    let cursor: string | null = null
    do {
      const answer = await listProducts(this, {
        sort: orderOf(sort),
        limit,
        ...(cursor === null ? {} : { cursor }),
      })
      expectStatus(answer, 200)
      this.series.push(answer)
      cursor = bodyOf(answer, ProductPage).nextCursor
      assert.ok(this.series.length <= 20, 'the pages never end')
    } while (cursor !== null)
  },
)

Then<MartWorld>('the visitor sees {int} pages holding {}', function (count: number, list: string) {
  assert.equal(this.series.length, count)
  const names = this.series.flatMap((answer) =>
    bodyOf(answer, ProductPage).items.map((item) => item.name),
  )
  assert.deepEqual(names, QuotedList.parse(list))
})

When<MartWorld>('a visitor looks at the product {string}', async function (name: string) {
  await this.send(productOf(this, name))
})

When<MartWorld>(
  'the visitor asks for the product {string} again, saying which copy she has',
  async function (name: string) {
    const etag = this.answer.headers.get('etag')
    assert.ok(etag, 'the product came without an ETag')
    assert.match(this.answer.headers.get('cache-control') ?? '', /^public, max-age=\d+$/)
    await this.send(productOf(this, name, { 'if-none-match': etag }))
  },
)

Then<MartWorld>('the product is out of stock', function () {
  assert.deepEqual(bodyOf(this.answer, Product).availability, { inStock: false, available: 0 })
})

async function setStock(
  world: MartWorld,
  admin: string,
  name: string,
  onHand: number,
  low: number,
) {
  return world.send(
    world.as(admin).PUT('/inventory/{productId}', {
      params: { path: { productId: productId(world, name) } },
      body: { onHand, lowStockThreshold: low },
    }),
  )
}

When<MartWorld>(
  '{actor} sets the stock of {string} to {int}, low below {int}',
  async function (admin: string, name: string, onHand: number, low: number) {
    await setStock(this, admin, name, onHand, low)
  },
)

Given<MartWorld>(
  '{actor} has set the stock of {string} to {int}, low below {int}',
  async function (admin: string, name: string, onHand: number, low: number) {
    expectStatus(await setStock(this, admin, name, onHand, low), 200)
  },
)

Then<MartWorld>(
  '{actor} sees {int} on hand, {int} reserved, {int} available of {string}',
  async function (
    admin: string,
    onHand: number,
    reserved: number,
    available: number,
    name: string,
  ) {
    const answer = await this.check(
      this.as(admin).GET('/inventory/{productId}', {
        params: { path: { productId: productId(this, name) } },
      }),
    )
    expectStatus(answer, 200)
    const level = bodyOf(answer, StockLevel)
    assert.deepEqual(
      { onHand: level.onHand, reserved: level.reserved, available: level.available },
      { onHand, reserved, available },
    )
  },
)

/** A visitor asks again until the product shows what is expected: availability follows events. */
async function soonShows(world: MartWorld, name: string, availability: Product['availability']) {
  const shown = await eventually(
    async () => {
      const answer = await world.check(productOf(world, name))
      expectStatus(answer, 200)
      const { availability: now } = bodyOf(answer, Product)
      return now.available === availability.available ? now : undefined
    },
    { timeoutMs: 10_000, everyMs: 100, what: `${name} showing ${availability.available}` },
  )
  assert.deepEqual(shown, availability)
}

Then<MartWorld>(
  'a visitor soon sees {string} in stock, {int} available',
  async function (name: string, available: number) {
    await soonShows(this, name, { inStock: true, available })
  },
)

Then<MartWorld>('a visitor soon sees {string} out of stock', async function (name: string) {
  await soonShows(this, name, { inStock: false, available: 0 })
})

When<MartWorld>(
  '{actor} takes {int} of {string} off the shelf because {string}',
  async function (admin: string, count: number, name: string, reason: string) {
    await this.send(
      this.as(admin).POST('/inventory/{productId}/adjustments', {
        params: { path: { productId: productId(this, name) } },
        body: { delta: -count, reason },
      }),
    )
  },
)

Then<MartWorld>(
  'a visitor looking for what is in stock does not find {string}',
  async function (name: string) {
    const answer = await this.check(
      this.visitor.GET('/products', { params: { query: { inStock: 'true' } } }),
    )
    const names = bodyOf(answer, ProductPage).items.map((item) => item.name)
    assert.ok(!names.includes(name), `${name} is listed as in stock`)
  },
)

Then<MartWorld>(
  '{actor} finds in the audit trail of {string}, newest first: {}',
  async function (admin: string, name: string, list: string) {
    const answer = await this.check(
      this.as(admin).GET('/inventory/{productId}/adjustments', {
        params: { path: { productId: productId(this, name) } },
      }),
    )
    const reasons = bodyOf(answer, AdjustmentPage).items.map((item) => item.reason)
    assert.deepEqual(reasons, QuotedList.parse(list))
  },
)
