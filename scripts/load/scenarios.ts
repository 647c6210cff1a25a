/**
 * What each scenario loads, and what it needs there first: a catalog seeded as `admin -- seed`
 * seeds it (into the mart's database), and customers registered and logged in through the API,
 * as clients are. Every endpoint cycles through many products, searches or customers, so no
 * single row is all that is measured.
 */
import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { martDatabaseUrl, progressBar, withSql } from '../admin-runtime.ts'
import { MAX_SEED_CATEGORIES, seedCatalog, seedPlan } from '../seed-catalog.ts'
import type { ScenarioName } from './options.ts'

/** One request autocannon sends. */
export interface LoadRequest {
  method: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  body?: string
}

export interface Endpoint {
  /** As the API names it, e.g. `GET /products/{id}`. */
  name: string
  /** Its share of the connections, against the other endpoints' weights. */
  weight: number
  /** The next request to send. */
  next(): LoadRequest
}

export interface Customer {
  email: string
  password: string
  accessToken: string
}

/** What the scenarios load: products' ids and logged-in customers. */
export interface Prepared {
  productIds: string[]
  customers: Customer[]
}

/** Words of the demo catalog, each matching one of its shelves. */
const SEARCHES = ['rice', 'tea', 'masala', 'dal', 'shampoo', 'cleaner']
/** The load customers' password; these accounts are made for load runs only. */
const CUSTOMER_PASSWORD = 'load scenario passphrase'

const json = { 'content-type': 'application/json' }

/** The list's items in turn, forever. */
function cycle<T>(items: T[]): () => T {
  let index = 0
  return () => {
    const item = items[index % items.length]
    index += 1
    if (item === undefined) throw new Error('nothing to cycle through')
    return item
  }
}

function browseEndpoints({ productIds }: Prepared): Endpoint[] {
  return [
    {
      name: 'GET /products/{id}',
      weight: 4,
      next: cycle(productIds.map((id) => ({ method: 'GET', path: `/products/${id}` }) as const)),
    },
    {
      name: 'GET /products?q={word}',
      weight: 2,
      next: cycle(
        SEARCHES.map((word) => ({ method: 'GET', path: `/products?q=${word}&limit=20` }) as const),
      ),
    },
    { name: 'GET /categories', weight: 1, next: () => ({ method: 'GET', path: '/categories' }) },
  ]
}

function accountEndpoints({ customers }: Prepared): Endpoint[] {
  const run = randomUUID().slice(0, 8)
  let registered = 0
  return [
    {
      name: 'POST /auth/register',
      weight: 1,
      next: () => {
        registered += 1
        const email = `load-${run}-${registered}@example.com`
        const body = JSON.stringify({ email, password: CUSTOMER_PASSWORD, name: 'Load Test' })
        return { method: 'POST', path: '/auth/register', headers: json, body }
      },
    },
    {
      name: 'POST /auth/login',
      weight: 1,
      next: cycle(
        customers.map(({ email, password }) => ({
          method: 'POST',
          path: '/auth/login',
          headers: json,
          body: JSON.stringify({ email, password }),
        })),
      ),
    },
    {
      name: 'GET /users/me',
      weight: 2,
      next: cycle(
        customers.map(({ accessToken }) => ({
          method: 'GET',
          path: '/users/me',
          headers: { authorization: `Bearer ${accessToken}` },
        })),
      ),
    },
  ]
}

interface Scenario {
  catalog: boolean
  customers: boolean
  endpoints(prepared: Prepared): Endpoint[]
}

export const SCENARIO: Record<ScenarioName, Scenario> = {
  browse: { catalog: true, customers: false, endpoints: browseEndpoints },
  accounts: { catalog: false, customers: true, endpoints: accountEndpoints },
  mixed: {
    catalog: true,
    customers: true,
    endpoints: (prepared) => [...browseEndpoints(prepared), ...accountEndpoints(prepared)],
  },
}

/**
 * `total` connections shared by weight, each endpoint at least one: whole shares first, the
 * rest by largest remainder. More than `total` only when there are more endpoints than it.
 */
export function shareConnections(total: number, weights: number[]): number[] {
  const sum = weights.reduce((all, weight) => all + weight, 0)
  const exact = weights.map((weight) => (total * weight) / sum)
  const shares = exact.map((share) => Math.max(1, Math.floor(share)))
  const given = () => shares.reduce((all, share) => all + share, 0)
  // Ones given to small weights come off the shares most over their exact part.
  while (given() > total && shares.some((share) => share > 1)) {
    const over = shares
      .map((share, index) => ({ index, over: share > 1 ? share - (exact[index] ?? 0) : -1 }))
      .reduce((most, candidate) => (candidate.over > most.over ? candidate : most))
    shares[over.index] = (shares[over.index] ?? 1) - 1
  }
  const byRemainder = exact
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder)
  for (const { index } of byRemainder) {
    if (given() >= total) break
    shares[index] = (shares[index] ?? 0) + 1
  }
  return shares
}

/**
 * A request to the mart during preparation. A 429 (the gateway's limit per client) is waited
 * out as its Retry-After asks, as a polite client does.
 */
async function call(baseUrl: string, request: LoadRequest): Promise<Response> {
  for (;;) {
    const response = await fetch(new URL(request.path, baseUrl), request).catch(
      (error: unknown) => {
        const reason = error instanceof Error && error.cause instanceof Error ? error.cause : error
        throw new Error(
          `cannot reach ${baseUrl} (${reason instanceof Error ? reason.message : String(reason)}): is \`npm start\` running?`,
        )
      },
    )
    if (response.status !== 429) return response
    const seconds = Number(response.headers.get('retry-after') ?? 1)
    console.log(`${request.method} ${request.path}: rate-limited, waiting ${seconds} s as asked`)
    await response.body?.cancel()
    await sleep(seconds * 1000)
  }
}

async function expectStatus(response: Response, expected: number[], what: string) {
  if (expected.includes(response.status)) return
  throw new Error(`${what}: ${response.status} ${await response.text()}`)
}

/**
 * The demo catalog of `products` products, seeded into the mart's database (DATABASE_URL,
 * else that of a running `npm start`) when there is one; then the listed products' ids, read
 * through the API.
 */
async function prepareCatalog(baseUrl: string, products: number, databaseUrl?: string) {
  const url = await martDatabaseUrl(databaseUrl)
  if (url) {
    const plan = seedPlan(products, MAX_SEED_CATEGORIES)
    const seeded = await withSql(url, async (sql) => {
      const bar = progressBar('seeding products', plan.products.length)
      const added = await seedCatalog(sql, plan, () => bar.increment())
      bar.stop()
      return added
    })
    console.log(`catalog: seeded ${seeded.newProducts} new of ${products} products`)
  } else {
    console.log('catalog: no database to seed (DATABASE_URL), loading the products already there')
  }
  const ids: string[] = []
  let cursor: string | null = null
  do {
    const query: string = `/products?limit=100${cursor ? `&cursor=${cursor}` : ''}`
    const response = await call(baseUrl, { method: 'GET', path: query })
    await expectStatus(response, [200], `GET ${query}`)
    const page = (await response.json()) as { items: { id: string }[]; nextCursor: string | null }
    ids.push(...page.items.map((item) => item.id))
    cursor = page.nextCursor
  } while (cursor && ids.length < products)
  if (ids.length === 0) throw new Error(`the catalog at ${baseUrl} has no products to browse`)
  return ids.slice(0, products)
}

/** `count` customers, registered through the API unless an earlier run did, and logged in. */
async function prepareCustomers(baseUrl: string, count: number): Promise<Customer[]> {
  const customers: Customer[] = []
  for (let n = 1; n <= count; n++) {
    const email = `load-customer-${n}@example.com`
    const credentials = JSON.stringify({ email, password: CUSTOMER_PASSWORD })
    const register = JSON.stringify({ email, password: CUSTOMER_PASSWORD, name: `Customer ${n}` })
    const post = (path: string, body: string) =>
      call(baseUrl, { method: 'POST', path, headers: json, body })
    await expectStatus(await post('/auth/register', register), [201, 409], `register ${email}`)
    const login = await post('/auth/login', credentials)
    await expectStatus(login, [200], `log in ${email}`)
    const { accessToken } = (await login.json()) as { accessToken: string }
    customers.push({ email, password: CUSTOMER_PASSWORD, accessToken })
  }
  console.log(`customers: ${count} registered and logged in`)
  return customers
}

export async function prepare(
  scenario: Scenario,
  options: { url: string; products: number; users: number; databaseUrl: string | undefined },
): Promise<Prepared> {
  const ready = await call(options.url, { method: 'GET', path: '/readyz' })
  await expectStatus(ready, [200], `${options.url} is not ready`)
  return {
    productIds: scenario.catalog
      ? await prepareCatalog(options.url, options.products, options.databaseUrl)
      : [],
    customers: scenario.customers ? await prepareCustomers(options.url, options.users) : [],
  }
}
