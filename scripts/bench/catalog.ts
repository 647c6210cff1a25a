/**
 * The catalog's public reads under load (issue 10), on a catalog seeded by `npm run admin --
 * seed` in a database of its own, its availability read model filled by the events the seed
 * recorded. Two endpoints:
 * - `GET /products/{id}`: one listed product with its availability;
 * - `GET /products?q=rice&limit=20`: a ranked search for a word about a sixth of the catalog has.
 * Each is served three ways in one run: bare node:http + postgres.js running the catalog's same
 * query (scripts/bench/query-only.ts), the baseline; the function alone, served by the local
 * host and called directly; and the same host's local gateway in front of it. Targets: the
 * function ≥ 0.85× the bare server, the gateway ≥ 0.85× the function.
 *
 *   npx tsx scripts/bench/catalog.ts
 *   CATALOG_BENCH_PRODUCTS=1000 CATALOG_BENCH_SECONDS=3 CATALOG_BENCH_ROUNDS=1 npx tsx scripts/bench/catalog.ts
 *
 * CATALOG_BENCH_PRODUCTS is the seed's size (10,000 unless set); CATALOG_BENCH_CONNECTIONS (50),
 * _SECONDS, _WARM_UP_SECONDS, _FIRST_WARM_UP_SECONDS and _ROUNDS set the load as THROUGHPUT_* do.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import type { Sql } from '#shared/db'
import { runAdmin } from '#shared/platform/testing'
import { productIdBySku } from '../../functions/catalog/lib/products.ts'
import { MAX_SEED_CATEGORIES, seedCategories, seedProduct } from '../seed-catalog.ts'
import {
  benchDatabase,
  buildReference,
  heading,
  isMain,
  type NodeProcess,
  startHost,
  stopNode,
  tempDir,
} from './lib.ts'
import {
  describeLoad,
  loadFromEnvironment,
  type Measured,
  measureAll,
  printComparison,
  startServer,
  type Target,
} from './throughput.ts'

export const CATALOG_FUNCTION_TARGET = 0.85
export const CATALOG_GATEWAY_TARGET = 0.85

const PRODUCTS = Number(process.env.CATALOG_BENCH_PRODUCTS ?? 10_000)
const LOAD = loadFromEnvironment('CATALOG_BENCH', 50)
/**
 * A common word: "rice" is in every name on the Rice shelf, one of the six the seed spreads
 * products over, so about a sixth of the catalog matches and each request ranks all of it.
 */
const SEARCH = '/products?q=rice&limit=20'
/** How long the in-process events may take to fill the availability of every product. */
const READ_MODEL_TIMEOUT_MS = 10 * 60_000

export interface CatalogEndpoint {
  /** As the API names it, e.g. `GET /products/{id}`. */
  endpoint: string
  bare: Measured
  fn: Measured
  gateway: Measured
}

/** The seed command itself, as an operator runs it, on the bench database. */
async function seedCatalog(databaseUrl: string): Promise<void> {
  const startedAt = performance.now()
  const run = await runAdmin(['seed', '--products', String(PRODUCTS)], {
    DATABASE_URL: databaseUrl,
  })
  if (run.exitCode !== 0) throw new Error(`the seed failed (${run.exitCode}): ${run.stderr}`)
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(0)
  console.log(`${run.stdout.trim().split('\n').at(-1)} in ${seconds} s`)
}

/**
 * Waits for the availability of every product, which the host's event functions write as its
 * relay delivers the seed's events, so that no measurement shares the machine with them.
 */
async function untilAvailabilityFilled(sql: Sql): Promise<void> {
  const startedAt = performance.now()
  for (;;) {
    const [row] = await sql<{ count: number }[]>`
      select count(*)::int as count from catalog.availability`
    if ((row?.count ?? 0) >= PRODUCTS) break
    if (performance.now() - startedAt > READ_MODEL_TIMEOUT_MS) {
      throw new Error(`availability of ${row?.count ?? 0} of ${PRODUCTS} products only`)
    }
    await sleep(500)
  }
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(0)
  console.log(`availability of all ${PRODUCTS} products filled by the events in ${seconds} s`)
}

/** The bodies every target answers must be the same: the comparison is of one answer. */
async function sameAnswers(targets: Target[]): Promise<number> {
  const answers = await Promise.all(
    targets.map(async ({ url }) => {
      const response = await fetch(url)
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
      return response.text()
    }),
  )
  if (new Set(answers).size !== 1) {
    throw new Error(`the servers answer differently: ${answers.join(' vs ')}`)
  }
  return answers[0]?.length ?? 0
}

/** The bare server, the function alone and the gateway, on one path; two comparisons. */
async function benchEndpoint(
  endpoint: string,
  path: string,
  servers: { bare: Target; fn: Target; gateway: Target },
): Promise<CatalogEndpoint> {
  heading(`catalog: ${endpoint}`)
  const targets = [servers.bare, servers.fn, servers.gateway].map((target) => ({
    ...target,
    url: `${target.url}${path}`,
  }))
  console.log(`all answer GET ${path} with the same ${await sameAnswers(targets)}-byte body`)
  const [bare, fn, gateway] = (await measureAll(targets, LOAD)) as [Measured, Measured, Measured]
  printComparison(bare, fn, CATALOG_FUNCTION_TARGET)
  printComparison(fn, gateway, CATALOG_GATEWAY_TARGET)
  return { endpoint, bare, fn, gateway }
}

export async function benchCatalog(): Promise<CatalogEndpoint[]> {
  heading(`catalog: ${PRODUCTS.toLocaleString('en')} products seeded by npm run admin -- seed`)
  console.log(describeLoad(LOAD))
  const out = await tempDir('catalog')
  const database = await benchDatabase()
  const running: NodeProcess[] = []
  let stopHost = async () => {}
  try {
    await seedCatalog(database.url)
    const host = await startHost(database.url, ['catalog-get-product', 'catalog-list-products'])
    stopHost = host.stop
    await untilAvailabilityFilled(database.sql)
    // As autovacuum would soon after a bulk load: the plans are those a live catalog gets.
    await database.sql`analyze`
    const reference = await startServer(
      await buildReference(out.path, 'query-only'),
      { PATH: process.env.PATH ?? '', DATABASE_URL: database.url },
      running,
    )
    const bare = {
      label: 'node:http + postgres.js, same query',
      url: `http://127.0.0.1:${reference.port}`,
      pid: reference.pid,
    }
    const gateway = {
      label: 'through the gateway',
      url: `http://127.0.0.1:${host.gatewayPort}`,
      pid: host.pid,
    }
    const alone = (name: string) => ({
      label: `${name} alone`,
      url: `http://127.0.0.1:${host.directPorts[name]}`,
      pid: host.pid,
    })
    // A product from the middle of the seed, so its row is neither the first nor the last.
    const { sku } = seedProduct(Math.floor(PRODUCTS / 2), seedCategories(MAX_SEED_CATEGORIES))
    const productId = await productIdBySku(database.sql, sku)
    if (!productId) throw new Error(`the seed made no ${sku}`)
    return [
      await benchEndpoint('GET /products/{id}', `/products/${productId}`, {
        bare,
        fn: alone('catalog-get-product'),
        gateway,
      }),
      await benchEndpoint(`GET ${SEARCH}`, SEARCH, {
        bare,
        fn: alone('catalog-list-products'),
        gateway,
      }),
    ]
  } finally {
    await stopHost()
    for (const process of running) await stopNode(process)
    await database.close()
    await out.remove()
  }
}

if (isMain(import.meta)) await benchCatalog()
